package mapped

import (
	"context"
	"time"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// externalUserRow is a users row with the external subject (migration 0025); local users
// leave subject NULL, so no (provider, subject) lookup can reach them.
type externalUserRow struct {
	ID           string `gorm:"primaryKey"`
	Provider     string
	Username     string
	Email        string
	PasswordHash string // empty: no password logs an external user in
	Subject      string
	CreatedAt    time.Time
}

func (externalUserRow) TableName() string { return "users" }

// ExternalUser inserts u for (u.Provider, subject) unless any unique key is taken, then
// reads the user of (provider, subject): of parallel first calls exactly one inserts and
// all read that one user. When nothing was inserted and no user has the subject, the
// username belonged to another user of the provider: obperr.DuplicateUsername.
// The first read serves the returning user without a write; correctness rests on the
// insert's conflict handling, not on it.
func (s *Store) ExternalUser(ctx context.Context, u user.User, subject string) (user.User, error) {
	found, err := s.userBySubject(ctx, u.Provider, subject)
	if err == nil || !notFound(err) {
		return found, err
	}
	row := externalUserRow{ID: u.ID, Provider: u.Provider, Username: u.Username, Email: u.Email, Subject: subject, CreatedAt: u.CreatedAt}
	if err := s.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&row).Error; err != nil {
		return user.User{}, err
	}
	found, err = s.userBySubject(ctx, u.Provider, subject)
	if notFound(err) {
		return user.User{}, obperr.DuplicateUsername
	}
	return found, err
}

func (s *Store) userBySubject(ctx context.Context, provider, subject string) (user.User, error) {
	var r userRow
	err := s.db.WithContext(ctx).Where("provider = ? AND subject = ?", provider, subject).Take(&r).Error
	return r.toDomain(), err
}
