// Package view holds views — what a user may see and do on an account — and account
// access, the grants of views to users. System views are shared by every account: OBP's
// built-in ones are code, others an administrator creates; custom views (ids starting
// "_") belong to one account.
package view

import (
	"context"
	"strings"

	"github.com/obp-go/obp/domain/account"
)

// View is a named set of permissions on an account.
type View struct {
	ID                      string
	BankID, AccountID       string // "" for a system view
	ShortName               string
	Description             string
	MetadataView            string
	IsPublic                bool
	IsSystem                bool
	IsFirehose              bool
	Alias                   string // which_alias_to_use
	HideMetadataIfAliasUsed bool
	Allowed                 map[Permission]bool // the permissions the view grants
	CanGrantAccessToViews   []string
	CanRevokeAccessToViews  []string
}

// Can reports whether the view grants permission.
func (v View) Can(p Permission) bool { return v.Allowed[p] }

// Key names the view in the authorization cache: a system view by its id, a custom view
// by its account and id.
func (v View) Key() string {
	if v.IsSystem {
		return v.ID
	}
	return Key(account.Ref{BankID: v.BankID, AccountID: v.AccountID}, v.ID)
}

// Key is the cache key of view id on ref.
func Key(ref account.Ref, viewID string) string {
	if !IsCustomID(viewID) {
		return viewID
	}
	return ref.BankID + "/" + ref.AccountID + "/" + viewID
}

// AccountKey names an account in the authorization cache.
func AccountKey(ref account.Ref) string { return ref.BankID + "/" + ref.AccountID }

// IsCustomID reports whether id names a custom view (OBP: it starts with "_").
func IsCustomID(id string) bool { return strings.HasPrefix(id, "_") }

// Access is one grant of a view on an account to a user.
type Access struct {
	UserID    string
	BankID    string
	AccountID string
	ViewID    string
}

// Ref is the account the access is to.
func (a Access) Ref() account.Ref { return account.Ref{BankID: a.BankID, AccountID: a.AccountID} }

// Store keeps custom views and account access (platform records).
type Store interface {
	CreateCustomView(ctx context.Context, v View) error
	UpdateCustomView(ctx context.Context, v View) error
	DeleteCustomView(ctx context.Context, ref account.Ref, viewID string) error // also its grants
	GetCustomView(ctx context.Context, ref account.Ref, viewID string) (View, error)
	ListCustomViews(ctx context.Context, ref account.Ref) ([]View, error)
	// ListCustomViewsFor loads the custom views of several accounts in one query.
	ListCustomViewsFor(ctx context.Context, refs []account.Ref) ([]View, error)

	GrantAccess(ctx context.Context, a Access) error // granting twice is not an error
	RevokeAccess(ctx context.Context, a Access) error
	ListAccessForUser(ctx context.Context, userID string) ([]Access, error)
	// ListAccessForUsers loads many users' access in one query.
	ListAccessForUsers(ctx context.Context, userIDs []string) ([]Access, error)
	ListAccessForAccount(ctx context.Context, ref account.Ref) ([]Access, error)
	SystemStore
	PublicViewStore
}

// Checker answers view questions from the authorization cache.
type Checker interface {
	// CanOnView: does userID have viewID on ref, and does the view grant permission
	// ("" asks about access alone)?
	CanOnView(userID string, ref account.Ref, viewID string, permission Permission) bool
	// ViewsOnAccount lists the ids of the views userID has on ref.
	ViewsOnAccount(userID string, ref account.Ref) []string
}

// PolicySync tells the authorization cache, here and on every other process, that a
// user's account access or a custom or system view's permissions changed.
type PolicySync interface {
	AccessChanged(ctx context.Context, userID string) error
	CustomViewChanged(ctx context.Context, ref account.Ref, viewID string) error
	SystemViewChanged(ctx context.Context, viewID string) error
}
