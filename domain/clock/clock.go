// Package clock is the one source of business time. The composition root (app) builds
// one Clock and hands it to every service and store; tests hand in one they move.
package clock

import "time"

// Clock tells the time. The zero value is the system clock.
type Clock func() time.Time

// Now is the current time in UTC.
func (c Clock) Now() time.Time {
	if c == nil {
		return time.Now().UTC()
	}
	return c().UTC()
}

// System is the system clock.
var System Clock
