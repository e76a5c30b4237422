// Package accounts is the area of the HTTP face for accounts and views: opening and
// reading accounts, their balances, attributes and transactions, each as the caller's
// view shows it (the moderation shapes), and the custom views and grants over them.
package accounts

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// Accounts is what the area needs of the account service.
type Accounts interface {
	Create(ctx context.Context, callerID, bankID string, n account.New) (account.Account, error)
	Get(ctx context.Context, ref account.Ref) (account.Account, error)
	Held(ctx context.Context, bankID, userID string) ([]account.Account, error)
	UpdateLabel(ctx context.Context, ref account.Ref, label string) error
	SetAttribute(ctx context.Context, ref account.Ref, a account.Attribute) (account.Attribute, error)
	fundsQuery
}

// Views is what the area needs of the view service.
type Views interface {
	Read(ctx context.Context, userID string, ref account.Ref) (view.Reading, error)
	Accessible(ctx context.Context, userID, bankID string) ([]view.Viewed, error)
	ForAccount(ctx context.Context, ref account.Ref) ([]view.View, error)
	CreateCustom(ctx context.Context, ref account.Ref, as view.Acting, in view.CustomView) (view.View, error)
	UpdateCustom(ctx context.Context, ref account.Ref, as view.Acting, viewID string, in view.CustomView) (view.View, error)
	DeleteCustom(ctx context.Context, ref account.Ref, viewID string) error
	Grant(ctx context.Context, ref account.Ref, as view.Acting, targetUserID, targetViewID string) (view.View, error)
	Revoke(ctx context.Context, ref account.Ref, as view.Acting, targetUserID, targetViewID string) error
	Permissions(ctx context.Context, ref account.Ref) ([]view.Grantee, error)
	accessGrants
	accountReads
	systemViewAdmin
}

// Transactions is what the area needs of the transaction service.
type Transactions interface {
	List(ctx context.Context, ref account.Ref, q transaction.Query) (transaction.Statement, error)
	Get(ctx context.Context, ref account.Ref, id string) (transaction.Statement, error)
	RecordHistorical(ctx context.Context, h transaction.Historical) (transaction.Posted, error)
	otherAccountsReader
}

// Deps is what the area needs: the account, view and transaction services.
type Deps struct {
	Accounts     Accounts
	Views        Views
	Transactions Transactions
}

type area struct {
	accounts     Accounts
	views        Views
	transactions Transactions
}

// Docs declares the area's endpoints over accounts, their attributes, views and transactions.
func Docs(d Deps) []handlers.ResourceDoc {
	a := &area{accounts: d.Accounts, views: d.Views, transactions: d.Transactions}
	var docs []handlers.ResourceDoc
	for _, group := range [][]handlers.ResourceDoc{a.accountDocs(), a.viewDocs(), a.transactionDocs(), a.accountAttributeDocs(), a.accountAndViewAdminDocs()} {
		docs = append(docs, group...)
	}
	docs = append(docs, a.v600Docs()...)
	return docs
}
