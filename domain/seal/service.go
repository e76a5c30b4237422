// Package seal is transaction sealing (a sealed OTP, as inWebo's): a user's app holds a
// sealing key and computes an OCRA code (RFC 6287) over the data it shows; the server
// verifies the code for exactly those data, once. It is the SEALED_OTP SCA method and
// the verification behind the inWebo-compatible GET /FS.
package seal

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/user"
)

// Store keeps sealing keys and the codes they sealed.
type Store interface {
	CreateSealingKey(ctx context.Context, k Key) error
	// GetSealingKey is obperr.SealingKeyNotFound when the bank has no key of that id.
	GetSealingKey(ctx context.Context, bankID, id string) (Key, error)
	// SealingKeys are the user's keys at the bank ("": at every bank), revoked ones included, oldest first.
	SealingKeys(ctx context.Context, bankID, userID string) ([]Key, error)
	// RevokeSealingKey marks the user's key revoked at at; false when it has none such not revoked.
	RevokeSealingKey(ctx context.Context, bankID, userID, id string, at time.Time) (bool, error)
	// UseSealingCode records that key sealed code at step; false when it was recorded
	// before (a replay). The record is unique on (user, key, step, code).
	UseSealingCode(ctx context.Context, userID, keyID string, step uint64, code string, at time.Time) (bool, error)
}

// Banks finds banks (obperr.BankNotFound).
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// Users finds users (obperr.UserNotFoundByID, obperr.UserNotFoundByProviderAndUsername).
type Users interface {
	GetUser(ctx context.Context, id string) (user.User, error)
	GetUserByUsername(ctx context.Context, provider, username string) (user.User, error)
}

// Roles answers whether a user holds a role at a bank.
type Roles interface {
	HasRole(userID, bankID, roleName string) bool
}

// Deps are the service's ports and settings.
type Deps struct {
	Store  Store
	Banks  Banks
	Users  Users
	Roles  Roles
	Sealer *keyring.Sealer // nil keeps keys in plain, marked so (sandboxes), as consent keys
	// Provider is the server's user provider: inWebo's login is a username of it.
	Provider string
	Clock    clock.Clock
}

// Service holds the sealing use cases.
type Service struct{ d Deps }

// NewService returns the sealing use cases over d.
func NewService(d Deps) *Service { return &Service{d: d} }

func (s *Service) now() time.Time { return s.d.Clock.Now() }
