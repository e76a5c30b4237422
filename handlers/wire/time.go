package wire

import "time"

// Time is OBP's date-time format (RFC 3339, UTC).
func Time(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// TimePtr renders an optional time; nil stays null.
func TimePtr(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := Time(*t)
	return &s
}
