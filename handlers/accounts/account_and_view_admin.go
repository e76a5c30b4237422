package accounts

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// accessGrants is what the v4.0.0 account-access pair needs of the view service.
type accessGrants interface {
	GrantOnAccount(ctx context.Context, ref account.Ref, callerID, targetUserID string, t view.Target) (view.View, error)
	RevokeOnAccount(ctx context.Context, ref account.Ref, callerID, targetUserID string, t view.Target) error
}

// accountReads is what the private and public account lists, the routing query and the
// custom view read need.
type accountReads interface {
	PrivateAccessible(ctx context.Context, userID, bankID string) ([]view.Viewed, error)
	Public(ctx context.Context, bankID string) ([]view.Viewed, error)
	ReadByRouting(ctx context.Context, userID, bankID string, r routing.Routing) (view.Reading, view.View, error)
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

// fundsQuery is what the confirmation of funds needs of the account service.
type fundsQuery interface {
	FundsAvailable(ctx context.Context, ref account.Ref, amount, currency string) (account.FundsCheck, error)
}

// otherAccountsReader is what the other-accounts list needs of the transaction service.
type otherAccountsReader interface {
	OtherAccounts(ctx context.Context, ref account.Ref) ([]transaction.OtherAccount, error)
}

// accountAndViewAdminDocs declares the account-access pair by body, the account lists
// (private, public, by routing), an account through a view, custom views for a target view,
// system-view administration, other accounts and the confirmation of funds.
func (a *area) accountAndViewAdminDocs() []handlers.ResourceDoc {
	var docs []handlers.ResourceDoc
	for _, group := range [][]handlers.ResourceDoc{a.accountAccessDocs(), a.privateAccountDocs(), a.publicAccountDocs(),
		a.targetViewDocs(), a.systemViewDocs(), a.otherAccountDocs(), a.routingQueryDocs(), a.fundsDocs()} {
		docs = append(docs, group...)
	}
	return docs
}
