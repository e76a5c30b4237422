package mapped

import (
	"context"
	"time"
)

// Sweep deletes what has outlived its use: rate-limit windows older than two hours,
// idempotency keys older than their 24 hours, tokens and OAuth2 grants expired for a
// day, the OAuth2 pages' expired sessions and pending requests, and background jobs
// finished (done or failed) 90 days ago, with their delivery attempts. It returns how
// many rows went.
func (s *Store) Sweep(ctx context.Context, now time.Time) (int64, error) {
	var total int64
	for _, q := range []struct {
		sql string
		arg any
	}{
		{"DELETE FROM rate_limit_counters WHERE window_start < ?", now.Add(-2 * time.Hour).Unix()},
		{"DELETE FROM idempotency_keys WHERE created_at < ?", now.Add(-24 * time.Hour)},
		{"DELETE FROM tokens WHERE expires_at < ?", now.Add(-24 * time.Hour)},
		{"DELETE FROM oauth2_records WHERE expires_at < ?", now.Add(-24 * time.Hour)},
		{"DELETE FROM oauth2_interactions WHERE expires_at < ?", now},
		{"DELETE FROM oauth2_login_sessions WHERE expires_at < ?", now},
		{"DELETE FROM delivery_attempts WHERE delivery_id IN (SELECT id FROM jobs WHERE status IN ('DONE', 'FAILED') AND updated_at < ?)", now.Add(-jobRetention)},
		{"DELETE FROM jobs WHERE status IN ('DONE', 'FAILED') AND updated_at < ?", now.Add(-jobRetention)},
	} {
		res := s.db.WithContext(ctx).Exec(q.sql, q.arg)
		if res.Error != nil {
			return total, res.Error
		}
		total += res.RowsAffected
	}
	return total, nil
}

// jobRetention is how long finished jobs (and the callback attempts partners read) stay.
const jobRetention = 90 * 24 * time.Hour
