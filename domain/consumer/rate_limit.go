package consumer

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

// Counter counts calls per consumer and fixed window where every server process sees
// the same counts (the database).
type Counter interface {
	// Incr adds one call to the window and returns the calls counted in it so far.
	Incr(ctx context.Context, consumerID, period string, windowStart int64) (int, error)
}

// Limiter applies a consumer's per-minute and per-hour call limits.
type Limiter struct {
	Counter Counter
	Now     func() time.Time
}

type window struct {
	period string
	length time.Duration
	limit  func(Consumer) int
}

var windows = []window{
	{"minute", time.Minute, func(c Consumer) int { return c.PerMinuteLimit }},
	{"hour", time.Hour, func(c Consumer) int { return c.PerHourLimit }},
}

// Allow counts this call and refuses it with OBP-10018 when a limit is exceeded; the
// returned duration is how long until the exceeded window resets (for Retry-After).
// A consumer with no limits costs no database write.
func (l Limiter) Allow(ctx context.Context, c Consumer) (retryAfter time.Duration, err error) {
	now := time.Now()
	if l.Now != nil {
		now = l.Now()
	}
	for _, w := range windows {
		limit := w.limit(c)
		if limit < 0 {
			continue
		}
		start := now.Truncate(w.length)
		n, err := l.Counter.Incr(ctx, c.ID, w.period, start.Unix())
		if err != nil {
			return 0, err
		}
		if n > limit {
			return start.Add(w.length).Sub(now), obperr.TooManyRequests.With("Calls per %s are limited to %d for this consumer.", w.period, limit)
		}
	}
	return 0, nil
}
