package user

import (
	"context"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/ids"
)

// Service holds the user use cases.
type Service struct {
	Store    Store
	Provider string // provider of local users: this server's hostname
}

// NewUser is what a sign-up supplies.
type NewUser struct {
	Email, Username, Password, FirstName, LastName string
}

// Create registers a local user with a hashed password.
func (s *Service) Create(ctx context.Context, n NewUser) (User, error) {
	username := strings.TrimSpace(n.Username)
	if err := ValidateUsername(username); err != nil {
		return User{}, err
	}
	if err := ValidatePassword(n.Password); err != nil {
		return User{}, err
	}
	if err := ValidatePasswordSendable(n.Password); err != nil {
		return User{}, err
	}
	hash, err := HashPassword(n.Password)
	if err != nil {
		return User{}, err
	}
	u := User{
		ID: ids.New(), Provider: s.Provider, Username: username, Email: strings.TrimSpace(n.Email),
		FirstName: n.FirstName, LastName: n.LastName, PasswordHash: hash, CreatedAt: time.Now().UTC(),
	}
	if err := s.Store.CreateUser(ctx, u); err != nil {
		return User{}, err
	}
	return u, nil
}

// Lock locks a user by provider and username; they cannot log in and their tokens are
// refused until unlocked.
func (s *Service) Lock(ctx context.Context, provider, username string) (User, error) {
	u, err := s.Store.GetUserByUsername(ctx, provider, username)
	if err != nil {
		return User{}, err
	}
	if err := s.Store.Lock(ctx, u.ID, time.Now().UTC()); err != nil {
		return User{}, err
	}
	return s.Store.GetUser(ctx, u.ID)
}

// Unlock lifts a lock and resets the failed-login count.
func (s *Service) Unlock(ctx context.Context, provider, username string) (User, error) {
	u, err := s.Store.GetUserByUsername(ctx, provider, username)
	if err != nil {
		return User{}, err
	}
	if err := s.Store.Unlock(ctx, u.ID); err != nil {
		return User{}, err
	}
	return s.Store.GetUser(ctx, u.ID)
}
