package user

import (
	"context"
	"strings"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
)

// Service holds the user use cases; it is the only way to users.
type Service struct {
	store    Store
	provider string // provider of local users: this server's hostname
	clock    clock.Clock
}

// NewService returns the user use cases over store, for local users of provider.
func NewService(store Store, provider string, clk clock.Clock) *Service {
	return &Service{store: store, provider: provider, clock: clk}
}

// Provider is the provider of local users (this server's hostname).
func (s *Service) Provider() string { return s.provider }

// Get returns one user (obperr.UserNotFoundByID).
func (s *Service) Get(ctx context.Context, id string) (User, error) { return s.store.GetUser(ctx, id) }

// GetMany returns the users of ids that exist, in one read.
func (s *Service) GetMany(ctx context.Context, ids []string) ([]User, error) {
	return s.store.GetUsers(ctx, ids)
}

// ByUsername finds a user by provider and username.
func (s *Service) ByUsername(ctx context.Context, provider, username string) (User, error) {
	return s.store.GetUserByUsername(ctx, provider, username)
}

// List returns a page of users.
func (s *Service) List(ctx context.Context, limit, offset int) ([]User, error) {
	return s.store.ListUsers(ctx, limit, offset)
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
		ID: ids.New(), Provider: s.provider, Username: username, Email: strings.TrimSpace(n.Email),
		FirstName: n.FirstName, LastName: n.LastName, PasswordHash: hash, CreatedAt: s.clock.Now(),
	}
	if err := s.store.CreateUser(ctx, u); err != nil {
		return User{}, err
	}
	return u, nil
}

// Lock locks a user by provider and username; they cannot log in and their tokens are
// refused until unlocked.
func (s *Service) Lock(ctx context.Context, provider, username string) (User, error) {
	u, err := s.store.GetUserByUsername(ctx, provider, username)
	if err != nil {
		return User{}, err
	}
	if err := s.store.Lock(ctx, u.ID, s.clock.Now()); err != nil {
		return User{}, err
	}
	return s.store.GetUser(ctx, u.ID)
}

// Unlock lifts a lock and resets the failed-login count.
func (s *Service) Unlock(ctx context.Context, provider, username string) (User, error) {
	u, err := s.store.GetUserByUsername(ctx, provider, username)
	if err != nil {
		return User{}, err
	}
	if err := s.store.Unlock(ctx, u.ID); err != nil {
		return User{}, err
	}
	return s.store.GetUser(ctx, u.ID)
}
