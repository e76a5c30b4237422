package accounts

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

var accountReadErrors = handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound)

func (a *area) accountDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		a.createAccountDoc("OBPv5.0.0-createAccount", "PUT", "/obp/v5.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}"),
		a.createAccountDoc("OBPv4.0.0-addAccount", "POST", "/obp/v4.0.0/banks/{BANK_ID}/accounts"),
		{
			OperationID: "OBPv4.0.0-getPrivateAccountByIDFull",
			Verb:        "GET",
			Path:        "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/account",
			Summary:     "Get Account by Id (Full)",
			Description: "The account as VIEW_ID shows it: each field appears only when the view grants its " +
				"can_see_* permission (no balance without can_see_bank_account_balance, and so on).",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{},
			ExampleResponse:  moderatedAccountJSON{accountHead: accountHead{ID: wire.ExampleAccount.ID, BankID: wire.ExampleAccount.BankID, Label: "My Account", Number: wire.ExampleAccount.Number, Owners: []wire.Owner{{ID: wire.ExampleUser.ID, Provider: wire.ExampleUser.Provider, DisplayName: "felixsmith"}}, ProductCode: "CURRENT", Balance: balanceOf(wire.ExampleAccount)}, ViewsAvailable: availableViews{}, accountTail: accountTail{AccountRoutings: wire.FromRoutings(wire.ExampleAccount.Routings), AccountAttributes: []accountAttributeJSON{}, Tags: []string{}}},
			Errors:           accountReadErrors,
			ConnectorMethods: []string{"getBankAccount"},
			Handle:           a.getPrivateAccountByIDFull,
		},
		{
			OperationID:      "OBPv4.0.0-getCoreAccountByID",
			Verb:             "GET",
			Path:             "/obp/v4.0.0/my/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/account",
			Summary:          "Get Account by Id (Core)",
			Description:      "The account through the caller's most permissive view on it.",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{AnyView: true},
			ExampleResponse:  coreAccountJSON{ID: wire.ExampleAccount.ID, BankID: wire.ExampleAccount.BankID, Label: "My Account", Number: wire.ExampleAccount.Number, ProductCode: "CURRENT", Balance: balanceOf(wire.ExampleAccount), AccountRoutings: wire.FromRoutings(wire.ExampleAccount.Routings), ViewsBasic: []string{"owner"}},
			Errors:           accountReadErrors,
			ConnectorMethods: []string{"getBankAccount"},
			Handle:           a.getCoreAccountByID,
		},
		{
			OperationID:      "OBPv3.0.0-corePrivateAccountsAllBanks",
			ConsentUse:       true, // lists only what the consent's own user holds
			Verb:             "GET",
			Path:             "/obp/v3.0.0/my/accounts",
			Summary:          "Get Accounts at all Banks (private)",
			Description:      "Every account the caller has a view on, with those views.",
			Tags:             []string{"Account", "PSD2"},
			Auth:             handlers.LoggedIn,
			ExampleResponse:  myAccountsJSON{Accounts: []myAccountJSON{{ID: wire.ExampleAccount.ID, Label: "My Account", BankID: "gh.29.uk", AccountType: "CURRENT", AccountRoutings: wire.FromRoutings(wire.ExampleAccount.Routings), Views: []viewBasicJSON{{ID: "owner", ShortName: "Owner"}}}}},
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn),
			ConnectorMethods: []string{"getBankAccounts"},
			Handle:           a.corePrivateAccountsAllBanks,
		},
		{
			OperationID:      "OBPv4.0.0-getPrivateAccountsAtOneBank",
			ConsentUse:       true, // lists only what the consent's own user holds
			Verb:             "GET",
			Path:             "/obp/v4.0.0/banks/{BANK_ID}/accounts",
			Summary:          "Get Accounts at Bank",
			Description:      "The accounts at the bank the caller has a view on, with those views.",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			ExampleResponse:  basicAccountsJSON{Accounts: []basicAccountJSON{{ID: wire.ExampleAccount.ID, Label: "My Account", BankID: "gh.29.uk", ViewsAvailable: []viewAvailableJSON{{ID: "owner", ShortName: "Owner"}}}}},
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound),
			ConnectorMethods: []string{"getBankAccounts"},
			Handle:           a.getPrivateAccountsAtOneBank,
		},
		{
			OperationID:      "OBPv3.0.0-getAccountsHeld",
			Verb:             "GET",
			Path:             "/obp/v3.0.0/banks/{BANK_ID}/accounts-held",
			Summary:          "Get Accounts Held",
			Description:      "The accounts at the bank the caller holds (whatever views they have).",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			ExampleResponse:  heldAccountsJSON{Accounts: []heldAccountJSON{{ID: wire.ExampleAccount.ID, Label: "My Account", BankID: "gh.29.uk", Number: wire.ExampleAccount.Number, AccountRoutings: wire.FromRoutings(wire.ExampleAccount.Routings)}}},
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound),
			ConnectorMethods: []string{"getAccountsHeld"},
			Handle:           a.getAccountsHeld,
		},
		{
			OperationID:     "OBPv4.0.0-updateAccountLabel",
			Verb:            "POST",
			Path:            "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}",
			Summary:         "Update Account Label",
			Description:     "Renames the account. Needs a view on it with can_update_bank_account_label.",
			Tags:            []string{"Account"},
			Auth:            handlers.LoggedIn,
			View:            &handlers.ViewGuard{AnyView: true, Permission: view.CanUpdateBankAccountLabel},
			RequestSchema:   "account_label_post",
			ExampleRequest:  labelJSON{Label: "Holiday savings"},
			ExampleResponse: successJSON{Success: "Success"},
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound),
			Handle:          a.updateAccountLabel,
		},
		{
			OperationID:      "OBPv4.0.0-getBankAccountBalances",
			Verb:             "GET",
			Path:             "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/balances",
			Summary:          "Get Account Balances",
			Description:      "Needs a view on the account that grants can_see_bank_account_balance.",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{AnyView: true, Permission: view.CanSeeBalance},
			ExampleResponse:  toBalancesJSON(wire.ExampleAccount),
			Errors:           accountReadErrors,
			ConnectorMethods: []string{"getBankAccountBalances"},
			Handle:           a.getBalances,
		},
		{
			OperationID:      "OBPv5.1.0-getBankAccountBalances",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views/{VIEW_ID}/balances",
			Summary:          "Get Account Balances by View",
			Description:      "Needs VIEW_ID to grant can_see_bank_account_balance.",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{Permission: view.CanSeeBalance},
			ExampleResponse:  toBalancesJSON(wire.ExampleAccount),
			Errors:           append(accountReadErrors, obperr.NoViewPermission),
			ConnectorMethods: []string{"getBankAccountBalances"},
			Handle:           a.getBalances,
		},
		{
			OperationID:      "OBPv5.1.0-getBankAccountsBalances",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/banks/{BANK_ID}/balances",
			Summary:          "Get Accounts Balances",
			Description:      "The balances of the caller's accounts at the bank whose views let them see balances.",
			Tags:             []string{"Account"},
			Auth:             handlers.LoggedIn,
			ExampleResponse:  accountsBalancesJSON{Accounts: []accountBalancesJSON{toBalancesJSON(wire.ExampleAccount)}},
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound),
			ConnectorMethods: []string{"getBankAccountsBalances"},
			Handle:           a.getBankBalances,
		},
	}
}

// createAccountDoc declares account creation, which OBP serves under two verbs and paths.
func (a *area) createAccountDoc(id, verb, path string) handlers.ResourceDoc {
	return handlers.ResourceDoc{
		OperationID: id,
		Verb:        verb,
		Path:        path,
		Summary:     "Create Account",
		Description: "Opens an account at the bank for user_id (the caller when empty). Opening one for " +
			"someone else needs CanCreateAccount at the bank. The initial balance must be 0; fund accounts " +
			"with historical transactions or payments. The holder gets the owner view.",
		Tags: []string{"Account"},
		Auth: handlers.LoggedIn,
		// Needed only to open an account for someone else, or to choose its routings.
		DecidedInService: &handlers.AnyOf{Roles: []role.Role{role.CanCreateAccount}},
		RequestSchema:    "account_post",
		ExampleRequest: accountPostJSON{UserID: wire.ExampleUser.ID, Label: "My Account", ProductCode: "CURRENT",
			Balance: wire.Amount{Currency: "EUR", Amount: "0"}, BranchID: "DERBY6", AccountRoutings: []wire.Routing{{Scheme: "IBAN", Address: "GB33BUKB20201555555555"}}},
		ExampleResponse: accountCreatedJSON{AccountID: wire.ExampleAccount.ID, UserID: wire.ExampleUser.ID, Label: "My Account", ProductCode: "CURRENT",
			Balance: wire.Amount{Currency: "EUR", Amount: "0.00"}, BranchID: "DERBY6", AccountRoutings: wire.FromRoutings(wire.ExampleAccount.Routings), AccountAttributes: []accountAttributeJSON{}},
		SuccessStatus: 201,
		Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound, obperr.InvalidAccountIDFormat,
			obperr.AccountIDAlreadyExists, obperr.InitialBalanceMustBeZero, obperr.InvalidISOCurrencyCode,
			obperr.InvalidAccountBalanceAmount, obperr.AccountRoutingAlreadyExist, obperr.UserNotFoundByID),
		ConnectorMethods: []string{"createBankAccount", "getBankAccount"},
		Handle:           a.createAccount,
	}
}
