package mapped

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/obperr"
)

type consumerRow struct {
	ID                string `gorm:"primaryKey"`
	Key               string `gorm:"column:consumer_key"`
	SecretHash        string
	AppName           string
	AppType           string
	Description       string
	DeveloperEmail    string
	RedirectURL       string `gorm:"column:redirect_url"`
	ClientCertificate string
	CreatedByUserID   string `gorm:"column:created_by_user_id"`
	Enabled           bool
	PerMinuteLimit    int
	PerHourLimit      int
	CreatedAt         time.Time
}

func (consumerRow) TableName() string { return "consumers" }

var _ consumer.Store = (*Store)(nil)

func (s *Store) CreateConsumer(ctx context.Context, c consumer.Consumer) error {
	return s.db.WithContext(ctx).Create(ptr(consumerRow(c))).Error
}

func (s *Store) GetConsumer(ctx context.Context, id string) (consumer.Consumer, error) {
	return s.takeConsumer(ctx, "id = ?", id)
}

func (s *Store) GetConsumerByKey(ctx context.Context, key string) (consumer.Consumer, error) {
	return s.takeConsumer(ctx, "consumer_key = ?", key)
}

func (s *Store) takeConsumer(ctx context.Context, where string, arg string) (consumer.Consumer, error) {
	var r consumerRow
	err := s.db.WithContext(ctx).Where(where, arg).Take(&r).Error
	if notFound(err) {
		return consumer.Consumer{}, obperr.ConsumerNotFoundByID
	}
	return consumer.Consumer(r), err
}

func (s *Store) ListConsumers(ctx context.Context, limit, offset int) ([]consumer.Consumer, error) {
	return s.listConsumers(ctx, "", limit, offset)
}

func (s *Store) ListConsumersCreatedBy(ctx context.Context, userID string, limit, offset int) ([]consumer.Consumer, error) {
	return s.listConsumers(ctx, userID, limit, offset)
}

func (s *Store) listConsumers(ctx context.Context, createdBy string, limit, offset int) ([]consumer.Consumer, error) {
	q := s.db.WithContext(ctx).Order("created_at, id")
	if createdBy != "" {
		q = q.Where("created_by_user_id = ?", createdBy)
	}
	var rows []consumerRow
	if err := page(q, limit, offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]consumer.Consumer, len(rows))
	for i, r := range rows {
		out[i] = consumer.Consumer(r)
	}
	return out, nil
}

// UpdateConsumer saves the mutable fields: enabled, redirect URL and call limits.
func (s *Store) UpdateConsumer(ctx context.Context, c consumer.Consumer) error {
	return s.authStateWrite(ctx, func(tx *gorm.DB) (bool, error) {
		res := tx.Model(&consumerRow{}).Where("id = ?", c.ID).Updates(map[string]any{
			"enabled": c.Enabled, "redirect_url": c.RedirectURL,
			"per_minute_limit": c.PerMinuteLimit, "per_hour_limit": c.PerHourLimit,
		})
		if res.Error == nil && res.RowsAffected == 0 {
			return false, obperr.ConsumerNotFoundByID
		}
		return res.Error == nil, res.Error
	})
}
