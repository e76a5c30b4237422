package mapped

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

type userRow struct {
	ID            string `gorm:"primaryKey"`
	Provider      string
	Username      string
	Email         string
	FirstName     string
	LastName      string
	PasswordHash  string
	FailedLogins  int
	LastFailureAt *time.Time
	LockedAt      *time.Time
	CreatedAt     time.Time
}

func (userRow) TableName() string { return "users" }

func (r userRow) toDomain() user.User { return user.User(r) }

var _ user.Store = (*Store)(nil)

// CreateUser leaves uniqueness to the index on the folded username (migration 0009), so
// that of two concurrent sign-ups differing only by case exactly one succeeds.
func (s *Store) CreateUser(ctx context.Context, u user.User) error {
	err := s.db.WithContext(ctx).Create(ptr(userRow(u))).Error
	if isUniqueViolation(err) {
		return obperr.DuplicateUsername
	}
	return err
}

func (s *Store) GetUser(ctx context.Context, id string) (user.User, error) {
	var r userRow
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if notFound(err) {
		return user.User{}, obperr.UserNotFoundByID
	}
	return r.toDomain(), err
}

func (s *Store) GetUsers(ctx context.Context, ids []string) ([]user.User, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var rows []userRow
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]user.User, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

// GetUserByUsername finds a user whatever the case of username; the stored name keeps its own.
func (s *Store) GetUserByUsername(ctx context.Context, provider, username string) (user.User, error) {
	var r userRow
	err := s.db.WithContext(ctx).Where("provider = ? AND "+usernameKeySQL(s.engine)+" = ?", provider, foldUsername(username)).
		Take(&r).Error
	if notFound(err) {
		return user.User{}, obperr.UserNotFoundByProviderAndUsername
	}
	return r.toDomain(), err
}

func (s *Store) ListUsers(ctx context.Context, limit, offset int) ([]user.User, error) {
	var rows []userRow
	if err := page(s.db.WithContext(ctx).Order("created_at, id"), limit, offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]user.User, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

// RecordFailedLogin counts and locks in one statement, so parallel failures are all
// counted and the lock lands exactly when the count reaches max.
func (s *Store) RecordFailedLogin(ctx context.Context, id string, max int, at time.Time) (user.User, error) {
	var u user.User
	err := s.authStateWrite(ctx, func(tx *gorm.DB) (bool, error) {
		err := tx.Exec(`UPDATE users SET failed_logins = failed_logins + 1, last_failure_at = ?,
			locked_at = CASE WHEN failed_logins + 1 >= ? AND locked_at IS NULL THEN ? ELSE locked_at END
			WHERE id = ?`, at, max, at, id).Error
		if err != nil {
			return false, err
		}
		var row userRow
		if err := tx.Where("id = ?", id).Take(&row).Error; notFound(err) {
			return false, obperr.UserNotFoundByID
		} else if err != nil {
			return false, err
		}
		u = row.toDomain()
		return u.FailedLogins == max, nil // the failure that locked the user
	})
	return u, err
}

func (s *Store) ResetFailedLogins(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Exec("UPDATE users SET failed_logins = 0 WHERE id = ?", id).Error
}

func (s *Store) Lock(ctx context.Context, id string, at time.Time) error {
	return s.authStateWrite(ctx, func(tx *gorm.DB) (bool, error) {
		res := tx.Exec("UPDATE users SET locked_at = ? WHERE id = ? AND locked_at IS NULL", at, id)
		return res.RowsAffected > 0, res.Error
	})
}

func (s *Store) Unlock(ctx context.Context, id string) error {
	return s.authStateWrite(ctx, func(tx *gorm.DB) (bool, error) {
		res := tx.Exec("UPDATE users SET locked_at = NULL, failed_logins = 0 WHERE id = ?", id)
		return res.RowsAffected > 0, res.Error
	})
}

// usernameKeySQL is the expression the unique index users_provider_username_fold is built
// on (migration 0009); a query must repeat it exactly for the index to serve it.
func usernameKeySQL(e Engine) string {
	if e == Postgres {
		return `lower(username COLLATE "C")`
	}
	return "lower(username)"
}

// foldUsername folds as usernameKeySQL does on both engines: A-Z to a-z, nothing else.
func foldUsername(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func ptr[T any](v T) *T { return &v }
