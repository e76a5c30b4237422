// Package entitlement grants roles to users, at one bank or system-wide, and keeps the
// requests users make for them. Rows in the database are the source of truth; the
// authorization cache follows every grant and revoke through PolicySync.
package entitlement

import (
	"context"
	"time"
)

// Entitlement is one role held by one user; BankID is "" for a system role.
type Entitlement struct {
	ID        string
	UserID    string
	BankID    string
	RoleName  string
	CreatedAt time.Time
}

// Request is a user's request to be granted a role.
type Request struct {
	ID        string
	UserID    string
	BankID    string
	RoleName  string
	CreatedAt time.Time
}

// Store keeps entitlements and requests.
type Store interface {
	CreateEntitlement(ctx context.Context, e Entitlement) error // obperr.EntitlementAlreadyExists
	GetEntitlement(ctx context.Context, id string) (Entitlement, error)
	DeleteEntitlement(ctx context.Context, id string) error
	ListEntitlementsForUser(ctx context.Context, userID string) ([]Entitlement, error)
	// ListEntitlementsForUsers loads many users' entitlements in one query.
	ListEntitlementsForUsers(ctx context.Context, userIDs []string) ([]Entitlement, error)
	ListEntitlements(ctx context.Context, roleName string, limit, offset int) ([]Entitlement, error) // roleName "" = every role

	CreateRequest(ctx context.Context, r Request) error // obperr.EntitlementRequestAlreadyExists
	GetRequest(ctx context.Context, id string) (Request, error)
	DeleteRequest(ctx context.Context, id string) error
	ListRequests(ctx context.Context, userID string, limit, offset int) ([]Request, error) // userID "" = all
}

// Checker answers role questions from the authorization cache.
type Checker interface {
	HasRole(userID, bankID, roleName string) bool
}

// PolicySync tells the authorization cache, on this process and on every other one, that
// a user's entitlements changed.
type PolicySync interface {
	EntitlementsChanged(ctx context.Context, userID string) error
}
