package accounts

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// accessGrants is what the v4.0.0 account-access pair needs of the view service.
type accessGrants interface {
	GrantOnAccount(ctx context.Context, ref account.Ref, callerID, targetUserID string, t view.Target) (view.View, error)
	RevokeOnAccount(ctx context.Context, ref account.Ref, callerID, targetUserID string, t view.Target) error
}

// accountReads is what the private account lists and the custom view read need.
type accountReads interface {
	PrivateAccessible(ctx context.Context, userID, bankID string) ([]view.Viewed, error)
	GetCustom(ctx context.Context, ref account.Ref, viewID string) (view.View, error)
}

// systemViewAdmin is what the system-view endpoints need of the view service.
type systemViewAdmin interface {
	GetSystem(ctx context.Context, id string) (view.View, error)
	SystemViewIDs(ctx context.Context) ([]string, error)
	CreateSystem(ctx context.Context, in view.SystemView) (view.View, error)
	UpdateSystem(ctx context.Context, id string, in view.SystemView) (view.View, error)
	DeleteSystem(ctx context.Context, id string) error
}

// accountAndViewAdminDocs declares the account-access pair by body, the private account
// lists, an account through a view, custom views for a target view and system-view
// administration.
func (a *area) accountAndViewAdminDocs() []handlers.ResourceDoc {
	var docs []handlers.ResourceDoc
	for _, group := range [][]handlers.ResourceDoc{a.accountAccessDocs(), a.privateAccountDocs(), a.targetViewDocs(), a.systemViewDocs()} {
		docs = append(docs, group...)
	}
	return docs
}
