package mapped

import (
	"context"
)

var _ interface {
	Incr(ctx context.Context, consumerID, period string, windowStart int64) (int, error)
} = (*Store)(nil)

// Incr counts one call in one statement: an upsert that returns the new count, atomic on
// both engines, so parallel calls on any number of processes are all counted.
func (s *Store) Incr(ctx context.Context, consumerID, period string, windowStart int64) (int, error) {
	var calls int
	err := scanRaw(s.db.WithContext(ctx), &calls, `INSERT INTO rate_limit_counters (consumer_id, period, window_start, calls)
		VALUES (?, ?, ?, 1)
		ON CONFLICT (consumer_id, period, window_start) DO UPDATE SET calls = rate_limit_counters.calls + 1
		RETURNING calls`, consumerID, period, windowStart)
	return calls, err
}
