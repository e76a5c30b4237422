package mapped

import (
	"context"
	"time"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/ids"
)

type idempotencyRow struct {
	UserID       string `gorm:"primaryKey"`
	IdemKey      string `gorm:"primaryKey"`
	RequestHash  string
	ResourceID   string
	StatusCode   int
	ResponseBody string
	LeaseUntil   *time.Time
	CreatedAt    time.Time
}

func (idempotencyRow) TableName() string { return "idempotency_keys" }

func (r idempotencyRow) record() idempotency.Record {
	rec := idempotency.Record{RequestHash: r.RequestHash, ResourceID: r.ResourceID, StatusCode: r.StatusCode, ResponseBody: []byte(r.ResponseBody)}
	if r.LeaseUntil != nil {
		rec.LeaseUntil = r.LeaseUntil.UTC()
	}
	return rec
}

var _ idempotency.Store = (*Store)(nil)

// ClaimIdempotencyKey implements idempotency.Store. Each step is one atomic statement: an
// insert that only the first caller wins, then a conditional update that only one caller
// can win for a dead claim. A record released between our steps is claimed again.
func (s *Store) ClaimIdempotencyKey(ctx context.Context, userID, key, requestHash string, now time.Time, lease, ttl time.Duration) (idempotency.Record, bool, error) {
	db := s.db.WithContext(ctx)
	now = now.UTC()
	until := now.Add(lease)
	if err := db.Exec("DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ? AND created_at < ?",
		userID, key, now.Add(-ttl)).Error; err != nil {
		return idempotency.Record{}, false, err
	}
	for attempt := 0; attempt < 3; attempt++ {
		fresh := idempotencyRow{UserID: userID, IdemKey: key, RequestHash: requestHash, ResourceID: ids.New(), LeaseUntil: &until, CreatedAt: now}
		res := db.Clauses(clause.OnConflict{DoNothing: true}).Create(&fresh)
		if res.Error != nil {
			return idempotency.Record{}, false, res.Error
		}
		if res.RowsAffected == 1 {
			return fresh.record(), true, nil
		}
		res = db.Model(&idempotencyRow{}).
			Where("user_id = ? AND idem_key = ? AND request_hash = ? AND status_code = 0 AND (lease_until IS NULL OR lease_until < ?)",
				userID, key, requestHash, now).
			Update("lease_until", until)
		if res.Error != nil {
			return idempotency.Record{}, false, res.Error
		}
		var r idempotencyRow
		err := db.Where("user_id = ? AND idem_key = ?", userID, key).Take(&r).Error
		if notFound(err) {
			continue // released between our statements: try to take it afresh
		}
		if err != nil {
			return idempotency.Record{}, false, err
		}
		return r.record(), res.RowsAffected == 1, nil
	}
	return idempotency.Record{}, false, errClaimContended
}

type storeError string

func (e storeError) Error() string { return string(e) }

// errClaimContended: the key was taken and released three times while we looked.
const errClaimContended = storeError("idempotency key claim contended")

// CompleteIdempotencyKey stores the answer to replay.
func (s *Store) CompleteIdempotencyKey(ctx context.Context, userID, key string, status int, body []byte) error {
	return s.db.WithContext(ctx).Model(&idempotencyRow{}).Where("user_id = ? AND idem_key = ?", userID, key).
		Updates(map[string]any{"status_code": status, "response_body": string(body)}).Error
}

// ReleaseIdempotencyKey forgets a key whose request failed, so that a retry runs again.
func (s *Store) ReleaseIdempotencyKey(ctx context.Context, userID, key string) error {
	return s.db.WithContext(ctx).Where("user_id = ? AND idem_key = ? AND status_code = 0", userID, key).Delete(&idempotencyRow{}).Error
}
