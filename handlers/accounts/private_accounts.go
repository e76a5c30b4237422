package accounts

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

// privateAccountDocs declares the caller's accounts with their private views (at a bank,
// and OBP's retired all-banks form through the same handler) and one account through a view.
func (a *area) privateAccountDocs() []handlers.ResourceDoc {
	list := myAccountsJSON{Accounts: []myAccountJSON{{ID: wire.ExampleAccount.ID, Label: "My Account", BankID: "gh.29.uk", AccountType: "CURRENT",
		AccountRoutings: wire.FromRoutings(wire.ExampleAccount.Routings), Views: []viewBasicJSON{toViewBasic(exampleOwnerView)}}}}
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv3.0.0-privateAccountsAtOneBank",
			ConsentUse:  true, // lists only what the consent's own user holds
			Verb:        "GET",
			Path:        "/obp/v3.0.0/banks/{BANK_ID}/accounts/private",
			Summary:     "Get Accounts at Bank (Minimal)",
			Description: "The accounts at BANK_ID the caller has a private (not public) view on, each with those views, " +
				"and each as the caller's most permissive of them shows it.",
			Tags:             []string{"Account", "Account Information Service (AIS)", "PSD2"},
			Auth:             handlers.LoggedIn,
			ExampleResponse:  list,
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound),
			ConnectorMethods: []string{"getBankAccounts"},
			Handle:           a.privateAccounts,
		},
		{
			OperationID: "OBPv1.2.1-privateAccountsAllBanks",
			ConsentUse:  true, // lists only what the consent's own user holds
			Verb:        "GET",
			Path:        "/obp/v1.2.1/accounts/private",
			Summary:     "Get private accounts at all banks (Authenticated access)",
			Description: "Retired by OBP in favour of GET /my/accounts and served for old clients: the accounts at every bank " +
				"the caller has a private view on, in the shape of GET /banks/BANK_ID/accounts/private.",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			ExampleResponse:  list,
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn),
			ConnectorMethods: []string{"getBankAccounts"},
			Handle:           a.privateAccounts,
		},
		{
			OperationID:      "OBPv5.1.0-getCoreAccountByIdThroughView",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views/{VIEW_ID}",
			Summary:          "Get Account by Id (Core) through the VIEW_ID",
			Description:      "The account as VIEW_ID shows it, which the caller must have on it.",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{},
			ExampleResponse:  coreAccountJSON{ID: wire.ExampleAccount.ID, BankID: wire.ExampleAccount.BankID, Label: "My Account", Number: wire.ExampleAccount.Number, ProductCode: "CURRENT", Balance: balanceOf(wire.ExampleAccount), AccountRoutings: wire.FromRoutings(wire.ExampleAccount.Routings), ViewsBasic: []string{"owner"}},
			Errors:           accountReadErrors,
			ConnectorMethods: []string{"getBankAccount"},
			Handle:           a.getCoreAccountByID,
		},
	}
}

// privateAccounts lists the caller's accounts with private views, at BANK_ID or, on the
// all-banks path that has none, everywhere.
func (a *area) privateAccounts(c *handlers.Call) error {
	viewed, err := a.views.PrivateAccessible(c.Ctx, c.Principal.UserID, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	out, err := moderateEach(viewed, anyView, accountListShape, toMyAccountJSON)
	if err != nil {
		return err
	}
	return c.JSON(out)
}
