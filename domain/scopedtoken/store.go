package scopedtoken

import (
	"context"
	"errors"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/user"
)

// ErrNotFound is a store's answer for a token it does not hold.
var ErrNotFound = errors.New("scoped access token not found")

// Store keeps tokens. Every change is one conditional statement, so that racing calls
// (a refresh and a revocation, two refreshes) never undo one another.
type Store interface {
	// CreateScopedToken stores t under the hash of its value.
	CreateScopedToken(ctx context.Context, t Token, hash string) error
	// ScopedTokenByHash finds a token by the hash of its value (ErrNotFound), with its
	// user's lock and its consumer's state, in one read.
	ScopedTokenByHash(ctx context.Context, hash string) (Held, error)
	// ScopedToken finds a token by id (ErrNotFound).
	ScopedToken(ctx context.Context, id string) (Token, error)
	// ListScopedTokens lists the tokens creatorID created at bankID, newest first.
	ListScopedTokens(ctx context.Context, creatorID, bankID string) ([]Token, error)
	// RevokeScopedToken revokes the token if creatorID created it at bankID and it is
	// not revoked yet; found is false when creatorID created no such token there.
	RevokeScopedToken(ctx context.Context, id, creatorID, bankID string, at time.Time) (found bool, err error)
	// ExtendScopedToken moves refresh_before to until if the token is still good at now
	// (not revoked, before its refresh_before and its expiry); false when it was not.
	ExtendScopedToken(ctx context.Context, id string, now, until time.Time) (bool, error)
	// LapseScopedToken marks a token that was not refreshed revoked at its refresh_before.
	LapseScopedToken(ctx context.Context, id string) error
}

// Users finds the user a token is made for.
type Users interface {
	GetUser(ctx context.Context, id string) (user.User, error)
}

// AccountAccess says which views a user has on an account (the authorization cache).
type AccountAccess interface {
	ViewsOnAccount(userID string, ref account.Ref) []string
}
