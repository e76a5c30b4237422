package mapped

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/obperr"
)

type consentRequestRow struct {
	ID         string `gorm:"primaryKey"`
	ConsumerID string
	Kind       string
	Payload    string // the JSON the app posted
	CreatedAt  time.Time
}

func (consentRequestRow) TableName() string { return "consent_requests" }

func (s *Store) CreateConsentRequest(ctx context.Context, r consent.Request) error {
	return s.db.WithContext(ctx).Create(&consentRequestRow{ID: r.ID, ConsumerID: r.ConsumerID, Kind: r.Kind,
		Payload: string(r.Payload), CreatedAt: r.CreatedAt}).Error
}

func (s *Store) GetConsentRequest(ctx context.Context, id string) (consent.Request, error) {
	var r consentRequestRow
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if notFound(err) {
		return consent.Request{}, obperr.ConsentRequestNotFound
	}
	return consent.Request{ID: r.ID, ConsumerID: r.ConsumerID, Kind: r.Kind, Payload: []byte(r.Payload),
		CreatedAt: r.CreatedAt.UTC()}, err
}
