// Package identity is the area of the HTTP face for who calls and what they hold:
// DirectLogin login and logout, users and their locks, consumers (apps) and their call
// limits, roles, entitlements and entitlement requests.
package identity

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/directory"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/handlers"
)

// Auth is what the area needs of the auth service: DirectLogin sessions.
type Auth interface {
	Login(ctx context.Context, p auth.DirectLoginParams) (token, consumerID string, err error)
	Logout(ctx context.Context, p auth.Principal) error
}

// Users is what the area needs of the user service: sign-up and locks.
type Users interface {
	Create(ctx context.Context, n user.NewUser) (user.User, error)
	ByUsername(ctx context.Context, provider, username string) (user.User, error)
	Lock(ctx context.Context, provider, username string) (user.User, error)
	Unlock(ctx context.Context, provider, username string) (user.User, error)
}

// Directory is what the area needs of the directory: users and requests with what they hold.
type Directory interface {
	Profile(ctx context.Context, userID string) (directory.Profile, error)
	Profiles(ctx context.Context, limit, offset int) ([]directory.Profile, error)
	ProfileByUsername(ctx context.Context, provider, username string) (directory.Profile, error)
	ProfilesByEmail(ctx context.Context, email string, limit, offset int) ([]directory.Profile, error)
	Entitlements(ctx context.Context, roleName string, limit, offset int) ([]directory.Held, error)
	Requests(ctx context.Context, userID string, limit, offset int) ([]directory.Requested, error)
	RequestRole(ctx context.Context, userID, bankID, roleName string) (directory.Requested, error)
}

// Consumers is what the area needs of the consumer service.
type Consumers interface {
	Create(ctx context.Context, n consumer.NewConsumer) (c consumer.Consumer, secret string, err error)
	Get(ctx context.Context, id string) (consumer.Consumer, error)
	List(ctx context.Context, limit, offset int) ([]consumer.Consumer, error)
	CreatedBy(ctx context.Context, userID string, limit, offset int) ([]consumer.Consumer, error)
	SetEnabled(ctx context.Context, callerID, id string, enabled bool) (consumer.Consumer, error)
	SetRedirectURL(ctx context.Context, id, url string) (consumer.Consumer, error)
	SetCallLimits(ctx context.Context, id string, perMinute, perHour int) (consumer.Consumer, error)
}

// Entitlements is what the area needs of the entitlement service.
type Entitlements interface {
	Grant(ctx context.Context, grantorID, userID, bankID, roleName string) (entitlement.Entitlement, error)
	ForUser(ctx context.Context, userID string) ([]entitlement.Entitlement, error)
	AtBank(ctx context.Context, bankID, userID string) ([]entitlement.Entitlement, error)
	Revoke(ctx context.Context, userID, entitlementID string) error
	DeleteRequest(ctx context.Context, id string) error
}

// Deps is what the identity area needs.
type Deps struct {
	Auth         Auth
	Users        Users
	Directory    Directory
	Consumers    Consumers
	Entitlements Entitlements
	// SessionTimeout is the idle time suggested to user interfaces; 0 is DefaultSessionTimeout.
	SessionTimeout time.Duration
}

type area struct{ deps Deps }

// Docs declares the area's endpoints.
func Docs(d Deps) []handlers.ResourceDoc {
	a := &area{deps: d}
	var docs []handlers.ResourceDoc
	for _, group := range [][]handlers.ResourceDoc{a.directLoginDocs(), a.userDocs(), a.consumerDocs(), a.entitlementDocs(), a.moreEntitlementDocs(), a.userLookupDocs(), a.sessionDocs()} {
		docs = append(docs, group...)
	}
	docs = append(docs, a.directLoginV600Doc()...)
	return docs
}
