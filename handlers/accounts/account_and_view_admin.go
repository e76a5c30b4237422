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

// accountAndViewAdminDocs declares the account-access pair by body, the private account
// lists, an account through a view and custom views for a target view.
func (a *area) accountAndViewAdminDocs() []handlers.ResourceDoc {
	var docs []handlers.ResourceDoc
	for _, group := range [][]handlers.ResourceDoc{a.accountAccessDocs(), a.privateAccountDocs(), a.targetViewDocs()} {
		docs = append(docs, group...)
	}
	return docs
}
