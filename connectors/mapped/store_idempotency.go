package mapped

import (
	"context"
	"time"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/idempotency"
)

type idempotencyRow struct {
	UserID       string `gorm:"primaryKey"`
	IdemKey      string `gorm:"primaryKey"`
	RequestHash  string
	StatusCode   int
	ResponseBody string
	CreatedAt    time.Time
}

func (idempotencyRow) TableName() string { return "idempotency_keys" }

var _ idempotency.Store = (*Store)(nil)

// ClaimIdempotencyKey records the key for a request unless a live record exists, which
// it returns instead (claimed false). Records older than ttl are replaced.
func (s *Store) ClaimIdempotencyKey(ctx context.Context, userID, key, requestHash string, ttl time.Duration) (idempotency.Record, bool, error) {
	now := time.Now().UTC()
	if err := s.db.WithContext(ctx).Exec("DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ? AND created_at < ?",
		userID, key, now.Add(-ttl)).Error; err != nil {
		return idempotency.Record{}, false, err
	}
	res := s.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&idempotencyRow{UserID: userID, IdemKey: key,
		RequestHash: requestHash, CreatedAt: now})
	if res.Error != nil {
		return idempotency.Record{}, false, res.Error
	}
	if res.RowsAffected == 1 {
		return idempotency.Record{RequestHash: requestHash}, true, nil
	}
	var r idempotencyRow
	err := s.db.WithContext(ctx).Where("user_id = ? AND idem_key = ?", userID, key).Take(&r).Error
	return idempotency.Record{RequestHash: r.RequestHash, StatusCode: r.StatusCode, ResponseBody: []byte(r.ResponseBody)}, false, err
}

// CompleteIdempotencyKey stores the answer to replay.
func (s *Store) CompleteIdempotencyKey(ctx context.Context, userID, key string, status int, body []byte) error {
	return s.db.WithContext(ctx).Model(&idempotencyRow{}).Where("user_id = ? AND idem_key = ?", userID, key).
		Updates(map[string]any{"status_code": status, "response_body": string(body)}).Error
}

// ReleaseIdempotencyKey forgets a key whose request failed, so that a retry runs again.
func (s *Store) ReleaseIdempotencyKey(ctx context.Context, userID, key string) error {
	return s.db.WithContext(ctx).Where("user_id = ? AND idem_key = ? AND status_code = 0", userID, key).Delete(&idempotencyRow{}).Error
}
