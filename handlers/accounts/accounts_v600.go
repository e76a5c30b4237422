package accounts

import (
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

// v600Docs are the account and transaction reads v6.0.0 declares again: the same guards
// and service calls, rendered in v6.0.0's shapes and moderated by their v6.0.0 rules.
func (a *area) v600Docs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv6.0.0-getPrivateAccountByIdFull",
			Verb:        "GET",
			Path:        "/obp/v6.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/account",
			Summary:     "Get Account by Id (Full)",
			Description: "The account as VIEW_ID shows it: each field appears only when the view grants its " +
				"can_see_* permission (no balance without can_see_bank_account_balance, and so on). The available " +
				"views are listed with their view_id, view_name and allowed_actions.",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{},
			ExampleResponse:  exampleAccountV600,
			Errors:           accountReadErrors,
			ConnectorMethods: []string{"getBankAccount"},
			Handle:           a.getPrivateAccountByIDFullV600,
		},
		{
			OperationID:      "OBPv6.0.0-getCoreAccountByIdV600",
			Verb:             "GET",
			Path:             "/obp/v6.0.0/my/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/account",
			Summary:          "Get Account by Id (Core)",
			Description:      "The account through the caller's most permissive view on it.",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{AnyView: true},
			ExampleResponse:  toCoreAccountJSON600(exampleReading),
			Errors:           accountReadErrors,
			ConnectorMethods: []string{"getBankAccount"},
			Handle:           a.getCoreAccountByIDV600,
		},
		{
			OperationID:      "OBPv6.0.0-getAccountsAtBank",
			Verb:             "GET",
			Path:             "/obp/v6.0.0/banks/{BANK_ID}/accounts",
			Summary:          "Get Accounts at Bank",
			Description:      "The accounts at the bank the caller has a view on, with those views.",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			ExampleResponse:  basicAccountsJSON600{Accounts: []basicAccountJSON600{toBasicAccountJSON600(exampleReading.Viewed)}},
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound),
			ConnectorMethods: []string{"getBankAccounts"},
			Handle:           a.getAccountsAtBankV600,
		},
		{
			OperationID: "OBPv6.0.0-getTransactionsForBankAccount",
			Verb:        "GET",
			Path:        "/obp/v6.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transactions",
			Summary:     "Get Transactions for Account (Full)",
			Description: "The account's transactions as VIEW_ID shows them. Query parameters: `limit` (1-1000, default 50), " +
				"`offset`, `sort_direction` (ASC or DESC, by posted date; default DESC), `from_date` and `to_date` " +
				"(yyyy-MM-ddTHH:mm:ss.SSSZ or RFC 3339).",
			Tags:             []string{"Transaction", "Account Information Service (AIS)"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{},
			ExampleResponse:  transactionsJSON{Transactions: []map[string]any{exampleTransactionV600}},
			Errors:           transactionListErrors,
			ConnectorMethods: []string{"getTransactions"},
			Handle:           a.getTransactionsV600,
		},
	}
}

func (a *area) getPrivateAccountByIDFullV600(c *handlers.Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	r, err := a.views.Read(c.Ctx, c.Principal.UserID, c.AccountRef())
	if err != nil {
		return err
	}
	out, err := handlers.Shown(toModeratedAccountJSON600(r), accountShape, through)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

func (a *area) getCoreAccountByIDV600(c *handlers.Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	r, err := a.views.Read(c.Ctx, c.Principal.UserID, c.AccountRef())
	if err != nil {
		return err
	}
	out, err := handlers.Shown(toCoreAccountJSON600(r), coreAccountShapeV600, through)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

// getAccountsAtBankV600 lists the accounts at BANK_ID the caller has a view on, each as the
// caller's most permissive view on it shows it.
func (a *area) getAccountsAtBankV600(c *handlers.Call) error {
	viewed, err := a.views.Accessible(c.Ctx, c.Principal.UserID, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	out, err := moderateEach(viewed, anyView, basicAccountShapeV600, toBasicAccountJSON600)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

func (a *area) getTransactionsV600(c *handlers.Call) error {
	q, err := transactionQuery(c)
	if err != nil {
		return err
	}
	through, err := c.View()
	if err != nil {
		return err
	}
	st, err := a.transactions.List(c.Ctx, c.AccountRef(), q)
	if err != nil {
		return err
	}
	out := make([]map[string]any, len(st.Transactions))
	for i, t := range st.Transactions {
		if out[i], err = handlers.Moderate(toTransactionJSON600(t, st.Account, st.Holders), transactionShapeV600, through); err != nil {
			return err
		}
	}
	return c.JSON(transactionsJSON{Transactions: out})
}

// exampleReading is the example account read by its holder through the owner view.
var exampleReading = func() view.Reading {
	a := wire.ExampleAccount
	a.HolderIDs = []string{wire.ExampleUser.ID}
	return view.Reading{Viewed: view.Viewed{Account: a, Views: []view.View{exampleOwnerView}},
		Holders: map[string]user.User{wire.ExampleUser.ID: wire.ExampleUser}}
}()

var exampleAccountV600 = func() map[string]any {
	m, _ := handlers.Moderate(toModeratedAccountJSON600(exampleReading), accountShape, exampleOwnerView)
	return m
}()

// exampleTransactionV600 is a transaction in v6.0.0's shape as the owner view shows it.
var exampleTransactionV600 = func() map[string]any {
	t := transaction.Transaction{ID: "5995d6a2-01b3-423c-a173-5481df49bdaf", BankID: "gh.29.uk", AccountID: wire.ExampleAccount.ID,
		Other: account.Ref{BankID: "gh.29.uk", AccountID: "7d3c0b4e-2f61-4a4d-a2f5-0e1c8b5a9f21"}, OtherHolder: "susan",
		Type: "SANDBOX_TAN", Description: "Rent", Amount: money.Money{Currency: "EUR", Minor: -50000},
		NewBalance: money.Money{Currency: "EUR", Minor: 125000},
		Posted:     time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC), Completed: time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)}
	m, _ := handlers.Moderate(toTransactionJSON600(t, exampleReading.Account, exampleReading.Holders), transactionShapeV600, exampleOwnerView)
	return m
}()
