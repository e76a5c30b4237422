// Package user holds users, their passwords and the login lockout rule.
package user

import (
	"context"
	"time"
	"unicode"

	"github.com/obp-go/obp/domain/obperr"
)

// MaxFailedLogins is how many wrong passwords in a row lock a user (OBP-20013).
const MaxFailedLogins = 5

// User is a person (or service account) that logs in.
type User struct {
	ID            string
	Provider      string // the identity provider; this server's hostname for local users
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

// Locked reports whether the user may not log in.
func (u User) Locked() bool { return u.LockedAt != nil }

// Store keeps users. Implementations return obperr codes for not-found cases.
type Store interface {
	CreateUser(ctx context.Context, u User) error // obperr.DuplicateUsername when taken
	GetUser(ctx context.Context, id string) (User, error)
	GetUsers(ctx context.Context, ids []string) ([]User, error) // those that exist, in one query
	GetUserByUsername(ctx context.Context, provider, username string) (User, error)
	ListUsers(ctx context.Context, limit, offset int) ([]User, error)
	ListUsersByEmail(ctx context.Context, email string, limit, offset int) ([]User, error) // the address exactly as stored
	// RecordFailedLogin adds one failure and locks the user when the count reaches max,
	// atomically, so that parallel attempts cannot exceed the limit. It returns the user
	// after the update.
	RecordFailedLogin(ctx context.Context, id string, max int, at time.Time) (User, error)
	ResetFailedLogins(ctx context.Context, id string) error
	Lock(ctx context.Context, id string, at time.Time) error
	Unlock(ctx context.Context, id string) error
}

// ValidatePassword applies OBP's strong-password rule: 10 to 16 characters with a lower
// and an upper case letter, a digit and a special character; or 17 to 512 of anything.
func ValidatePassword(p string) error {
	n := len([]rune(p))
	if n >= 17 && n <= 512 {
		return nil
	}
	if n < 10 || n > 16 {
		return obperr.InvalidStrongPasswordFormat
	}
	var lower, upper, digit, special bool
	for _, r := range p {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsDigit(r):
			digit = true
		case !unicode.IsSpace(r):
			special = true
		}
	}
	if lower && upper && digit && special {
		return nil
	}
	return obperr.InvalidStrongPasswordFormat
}
