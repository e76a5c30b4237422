package mapped

import (
	"context"
	"strings"
	"time"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/webhook"
)

type deliveryAttemptRow struct {
	DeliveryID string `gorm:"primaryKey"`
	Attempt    int    `gorm:"primaryKey"`
	At         time.Time
	HTTPStatus int `gorm:"column:http_status"`
	Error      string
	DurationMS int64 `gorm:"column:duration_ms"`
}

func (deliveryAttemptRow) TableName() string { return "delivery_attempts" }

// DeliveryLog keeps every callback delivery attempt.
type DeliveryLog struct{ s *Store }

// NewDeliveryLog returns the delivery attempt log on db.
func NewDeliveryLog(db *DB, clk clock.Clock) *DeliveryLog { return &DeliveryLog{s: NewStore(db, clk)} }

var _ webhook.AttemptLog = (*DeliveryLog)(nil)

// RecordAttempt implements webhook.AttemptLog. An attempt is recorded once: its number is
// the job claim's, which no other run shares.
func (l *DeliveryLog) RecordAttempt(ctx context.Context, a webhook.Attempt) error {
	msg := a.Error
	if len(msg) > 2000 {
		msg = strings.ToValidUTF8(msg[:2000], "")
	}
	return l.s.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&deliveryAttemptRow{DeliveryID: a.DeliveryID,
		Attempt: a.Number, At: a.At.UTC(), HTTPStatus: a.HTTPStatus, Error: msg, DurationMS: a.Duration.Milliseconds()}).Error
}

// ListAttempts implements webhook.AttemptLog.
func (l *DeliveryLog) ListAttempts(ctx context.Context, deliveryID string) ([]webhook.Attempt, error) {
	var rows []deliveryAttemptRow
	if err := l.s.db.WithContext(ctx).Where("delivery_id = ?", deliveryID).Order("attempt").Limit(1000).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]webhook.Attempt, len(rows))
	for i, r := range rows {
		out[i] = webhook.Attempt{DeliveryID: r.DeliveryID, Number: r.Attempt, At: r.At.UTC(), HTTPStatus: r.HTTPStatus, Error: r.Error,
			Duration: time.Duration(r.DurationMS) * time.Millisecond}
	}
	return out, nil
}
