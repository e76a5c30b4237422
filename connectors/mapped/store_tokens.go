package mapped

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/obperr"
)

type tokenRow struct {
	ID         string `gorm:"primaryKey"`
	UserID     string
	ConsumerID string
	CreatedAt  time.Time
	ExpiresAt  time.Time
	RevokedAt  *time.Time
}

func (tokenRow) TableName() string { return "tokens" }

var _ auth.TokenStore = (*Store)(nil)

func (s *Store) CreateToken(ctx context.Context, t auth.Token) error {
	return s.db.WithContext(ctx).Create(&tokenRow{ID: t.ID, UserID: t.UserID, ConsumerID: t.ConsumerID,
		CreatedAt: t.CreatedAt, ExpiresAt: t.ExpiresAt}).Error
}

// TokenState reads the token, its user's lock and its consumer's state in one query.
func (s *Store) TokenState(ctx context.Context, id string) (auth.TokenState, error) {
	var row struct {
		ID, UserID, ConsumerID, Username string
		CreatedAt, ExpiresAt             time.Time
		RevokedAt, LockedAt              *time.Time
		Enabled                          bool
		PerMinuteLimit, PerHourLimit     int
	}
	err := scanRaw(s.db.WithContext(ctx), &row, `SELECT t.id, t.user_id, t.consumer_id, t.created_at, t.expires_at, t.revoked_at,
		u.username, u.locked_at, c.enabled, c.per_minute_limit, c.per_hour_limit
		FROM tokens t JOIN users u ON u.id = t.user_id JOIN consumers c ON c.id = t.consumer_id
		WHERE t.id = ?`, id)
	if err != nil {
		return auth.TokenState{}, err
	}
	if row.ID == "" {
		return auth.TokenState{}, obperr.DirectLoginInvalidToken
	}
	return auth.TokenState{
		Token:    auth.Token{ID: row.ID, UserID: row.UserID, ConsumerID: row.ConsumerID, CreatedAt: row.CreatedAt, ExpiresAt: row.ExpiresAt},
		Username: row.Username, RevokedAt: row.RevokedAt, UserLocked: row.LockedAt != nil, ConsumerEnabled: row.Enabled,
		PerMinuteLimit: row.PerMinuteLimit, PerHourLimit: row.PerHourLimit,
	}, nil
}

func (s *Store) RevokeToken(ctx context.Context, id string, at time.Time) error {
	return s.authStateWrite(ctx, func(tx *gorm.DB) (bool, error) {
		res := tx.Exec("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at, id)
		return res.RowsAffected > 0, res.Error
	})
}

// ServerSecret returns the named secret, creating it with generate on first use. Every
// server process sharing the database reads the same value.
func (s *Store) ServerSecret(ctx context.Context, name string, generate func() string) (string, error) {
	var value string
	err := scanRaw(s.db.WithContext(ctx), &value, "SELECT value FROM server_secrets WHERE name = ?", name)
	if err != nil || value != "" {
		return value, err
	}
	err = s.db.WithContext(ctx).Exec("INSERT INTO server_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
		name, generate(), s.clock.Now()).Error
	if err != nil {
		return "", err
	}
	err = scanRaw(s.db.WithContext(ctx), &value, "SELECT value FROM server_secrets WHERE name = ?", name)
	return value, err
}
