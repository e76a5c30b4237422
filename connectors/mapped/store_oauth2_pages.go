package mapped

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/oauth2"
)

type oauth2InteractionRow struct {
	IDHash    string `gorm:"primaryKey"`
	Form      string
	CreatedAt time.Time
	ExpiresAt time.Time
}

func (oauth2InteractionRow) TableName() string { return "oauth2_interactions" }

type oauth2LoginSessionRow struct {
	IDHash          string `gorm:"primaryKey"`
	UserID          string
	AuthenticatedAt time.Time
	ExpiresAt       time.Time
}

func (oauth2LoginSessionRow) TableName() string { return "oauth2_login_sessions" }

type oauth2ConsentGrantRow struct {
	ID         string `gorm:"primaryKey"`
	UserID     string
	ConsumerID string
	Scopes     string
	GrantedAt  time.Time
}

func (oauth2ConsentGrantRow) TableName() string { return "oauth2_consent_grants" }

func (s *Store) CreateInteraction(ctx context.Context, i oauth2.Interaction) error {
	return s.db.WithContext(ctx).Create(&oauth2InteractionRow{IDHash: i.IDHash, Form: i.Form, CreatedAt: i.CreatedAt.UTC(),
		ExpiresAt: i.ExpiresAt.UTC()}).Error
}

func (s *Store) GetInteraction(ctx context.Context, idHash string, now time.Time) (oauth2.Interaction, error) {
	var row oauth2InteractionRow
	err := s.db.WithContext(ctx).Where("id_hash = ? AND expires_at > ?", idHash, now.UTC()).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return oauth2.Interaction{}, oauth2.ErrNotFound
	}
	return oauth2.Interaction{IDHash: row.IDHash, Form: row.Form, CreatedAt: row.CreatedAt.UTC(), ExpiresAt: row.ExpiresAt.UTC()}, err
}

// TakeInteraction reads and deletes in one transaction, and only the request whose
// DELETE removed the row gets it: a decision is taken once.
func (s *Store) TakeInteraction(ctx context.Context, idHash string, now time.Time) (oauth2.Interaction, error) {
	var out oauth2.Interaction
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var row oauth2InteractionRow
		err := tx.Where("id_hash = ? AND expires_at > ?", idHash, now.UTC()).Take(&row).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return oauth2.ErrNotFound
		}
		if err != nil {
			return err
		}
		res := tx.Exec("DELETE FROM oauth2_interactions WHERE id_hash = ?", idHash)
		if res.Error == nil && res.RowsAffected == 0 {
			return oauth2.ErrNotFound
		}
		out = oauth2.Interaction{IDHash: row.IDHash, Form: row.Form, CreatedAt: row.CreatedAt.UTC(), ExpiresAt: row.ExpiresAt.UTC()}
		return res.Error
	})
	return out, err
}

func (s *Store) CreateLoginSession(ctx context.Context, l oauth2.LoginSession) error {
	return s.db.WithContext(ctx).Create(&oauth2LoginSessionRow{IDHash: l.IDHash, UserID: l.UserID,
		AuthenticatedAt: l.AuthenticatedAt.UTC(), ExpiresAt: l.ExpiresAt.UTC()}).Error
}

func (s *Store) GetLoginSession(ctx context.Context, idHash string, now time.Time) (oauth2.LoginSession, error) {
	var row oauth2LoginSessionRow
	err := s.db.WithContext(ctx).Where("id_hash = ? AND expires_at > ?", idHash, now.UTC()).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return oauth2.LoginSession{}, oauth2.ErrNotFound
	}
	return oauth2.LoginSession{IDHash: row.IDHash, UserID: row.UserID, AuthenticatedAt: row.AuthenticatedAt.UTC(),
		ExpiresAt: row.ExpiresAt.UTC()}, err
}

func (s *Store) CreateConsentGrant(ctx context.Context, g oauth2.ConsentGrant) error {
	return s.db.WithContext(ctx).Create(&oauth2ConsentGrantRow{ID: g.ID, UserID: g.UserID, ConsumerID: g.ConsumerID,
		Scopes: jsonList(g.Scopes), GrantedAt: g.GrantedAt.UTC()}).Error
}

type oauth2SigningKeyRow struct {
	Purpose    string `gorm:"primaryKey"`
	ID         string
	Algorithm  string
	PrivateKey string
	CreatedAt  time.Time
}

func (oauth2SigningKeyRow) TableName() string { return "oauth2_signing_keys" }

func (s *Store) GetOAuth2SigningKey(ctx context.Context, purpose string) (oauth2.SigningKey, error) {
	var row oauth2SigningKeyRow
	err := s.db.WithContext(ctx).Where("purpose = ?", purpose).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return oauth2.SigningKey{}, oauth2.ErrNotFound
	}
	return oauth2.SigningKey{Purpose: row.Purpose, ID: row.ID, Algorithm: row.Algorithm, Private: row.PrivateKey,
		CreatedAt: row.CreatedAt.UTC()}, err
}

// AddOAuth2SigningKey leaves "one key per purpose" to the primary key: of processes making the
// first key together, one stores it and the others read it.
func (s *Store) AddOAuth2SigningKey(ctx context.Context, k oauth2.SigningKey) error {
	return s.db.WithContext(ctx).Exec(`INSERT INTO oauth2_signing_keys (purpose, id, algorithm, private_key, created_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (purpose) DO NOTHING`, k.Purpose, k.ID, k.Algorithm, k.Private, k.CreatedAt.UTC()).Error
}
