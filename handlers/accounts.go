package handlers

import (
	"sort"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/view"
)

const accountPath = apiPrefix + "/banks/{BANK_ID}/accounts/{ACCOUNT_ID}"

type labelJSON struct {
	Label string `json:"label"`
}

type successJSON struct {
	Success string `json:"success"`
}

var accountReadErrors = errorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound)

func (s *Server) accountDocs() []ResourceDoc {
	create := func(id, verb, path string) ResourceDoc {
		return ResourceDoc{
			OperationID: id,
			Verb:        verb,
			Path:        path,
			Summary:     "Create Account",
			Description: "Opens an account at the bank for user_id (the caller when empty). Opening one for " +
				"someone else needs CanCreateAccount at the bank. The initial balance must be 0; fund accounts " +
				"with historical transactions or payments. The holder gets the owner view.",
			Tags:                  []string{"Account"},
			Auth:                  LoggedIn,
			Roles:                 []role.Role{role.CanCreateAccount},
			RolesCheckedInService: true,
			RequestSchema:         "account_post",
			ExampleRequest: accountPostJSON{UserID: exampleUser.ID, Label: "My Account", ProductCode: "CURRENT",
				Balance: amountJSON{Currency: "EUR", Amount: "0"}, BranchID: "DERBY6", AccountRoutings: []routingJSON{{Scheme: "IBAN", Address: "GB33BUKB20201555555555"}}},
			ExampleResponse: accountCreatedJSON{AccountID: exampleAccount.ID, UserID: exampleUser.ID, Label: "My Account", ProductCode: "CURRENT",
				Balance: amountJSON{Currency: "EUR", Amount: "0.00"}, BranchID: "DERBY6", AccountRoutings: toRoutingsJSON(exampleAccount.Routings), AccountAttributes: []accountAttributeJSON{}},
			SuccessStatus: 201,
			Errors: errorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound, obperr.InvalidAccountIDFormat,
				obperr.AccountIDAlreadyExists, obperr.InitialBalanceMustBeZero, obperr.InvalidISOCurrencyCode,
				obperr.InvalidAccountBalanceAmount, obperr.AccountRoutingAlreadyExist, obperr.UserNotFoundByID),
			ConnectorMethods: []string{"createBankAccount", "getBankAccount"},
			Handle:           s.createAccount,
		}
	}
	return []ResourceDoc{
		create("OBPv5.0.0-createAccount", "PUT", accountPath),
		create("OBPv4.0.0-addAccount", "POST", apiPrefix+"/banks/{BANK_ID}/accounts"),
		{
			OperationID: "OBPv4.0.0-getPrivateAccountByIdFull",
			Verb:        "GET",
			Path:        accountPath + "/{VIEW_ID}/account",
			Summary:     "Get Account by Id (Full)",
			Description: "The account as VIEW_ID shows it: each field appears only when the view grants its " +
				"can_see_* permission (no balance without can_see_bank_account_balance, and so on).",
			Tags:             []string{"Account"},
			Auth:             LoggedIn,
			View:             &ViewGuard{},
			ExampleResponse:  moderatedAccountJSON{ID: exampleAccount.ID, BankID: exampleAccount.BankID, Label: "My Account", Number: exampleAccount.Number, Owners: []ownerJSON{{ID: exampleUser.ID, Provider: exampleUser.Provider, DisplayName: "felixsmith"}}, ProductCode: "CURRENT", Balance: balanceOf(exampleAccount), ViewsAvailable: []map[string]any{}, AccountRoutings: toRoutingsJSON(exampleAccount.Routings), AccountAttributes: []accountAttributeJSON{}, Tags: []string{}},
			Errors:           accountReadErrors,
			ConnectorMethods: []string{"getBankAccount"},
			Handle:           s.getAccountThroughView,
		},
		{
			OperationID:      "OBPv4.0.0-getCoreAccountById",
			Verb:             "GET",
			Path:             apiPrefix + "/my/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/account",
			Summary:          "Get Account by Id (Core)",
			Description:      "The account through the caller's most permissive view on it.",
			Tags:             []string{"Account"},
			Auth:             LoggedIn,
			View:             &ViewGuard{AnyView: true},
			ExampleResponse:  coreAccountJSON{ID: exampleAccount.ID, BankID: exampleAccount.BankID, Label: "My Account", Number: exampleAccount.Number, ProductCode: "CURRENT", Balance: balanceOf(exampleAccount), AccountRoutings: toRoutingsJSON(exampleAccount.Routings), ViewsBasic: []string{"owner"}},
			Errors:           accountReadErrors,
			ConnectorMethods: []string{"getBankAccount"},
			Handle:           s.getCoreAccount,
		},
		{
			OperationID:      "OBPv3.0.0-corePrivateAccountsAllBanks",
			Verb:             "GET",
			Path:             apiPrefix + "/my/accounts",
			Summary:          "Get Accounts at all Banks (private)",
			Description:      "Every account the caller has a view on, with those views.",
			Tags:             []string{"Account", "PSD2"},
			Auth:             LoggedIn,
			ExampleResponse:  myAccountsJSON{Accounts: []myAccountJSON{{ID: exampleAccount.ID, Label: "My Account", BankID: "gh.29.uk", AccountType: "CURRENT", AccountRoutings: toRoutingsJSON(exampleAccount.Routings), Views: []viewBasicJSON{{ID: "owner", ShortName: "Owner"}}}}},
			Errors:           errorsOf(obperr.UserNotLoggedIn),
			ConnectorMethods: []string{"getBankAccounts"},
			Handle:           func(c *Call) error { return s.myAccounts(c, "") },
		},
		{
			OperationID:      "OBPv4.0.0-getPrivateAccountsAtOneBank",
			Verb:             "GET",
			Path:             apiPrefix + "/banks/{BANK_ID}/accounts",
			Summary:          "Get Accounts at Bank",
			Description:      "The accounts at the bank the caller has a view on, with those views.",
			Tags:             []string{"Account"},
			Auth:             LoggedIn,
			ExampleResponse:  basicAccountsJSON{Accounts: []basicAccountJSON{{ID: exampleAccount.ID, Label: "My Account", BankID: "gh.29.uk", ViewsAvailable: []viewAvailableJSON{{ID: "owner", ShortName: "Owner"}}}}},
			Errors:           errorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound),
			ConnectorMethods: []string{"getBankAccounts"},
			Handle:           func(c *Call) error { return s.myAccounts(c, c.Param("BANK_ID")) },
		},
		{
			OperationID:      "OBPv3.0.0-getAccountsHeld",
			Verb:             "GET",
			Path:             apiPrefix + "/banks/{BANK_ID}/accounts-held",
			Summary:          "Get Accounts Held",
			Description:      "The accounts at the bank the caller holds (whatever views they have).",
			Tags:             []string{"Account"},
			Auth:             LoggedIn,
			ExampleResponse:  heldAccountsJSON{Accounts: []heldAccountJSON{{ID: exampleAccount.ID, Label: "My Account", BankID: "gh.29.uk", Number: exampleAccount.Number, AccountRoutings: toRoutingsJSON(exampleAccount.Routings)}}},
			Errors:           errorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound),
			ConnectorMethods: []string{"getAccountsHeld"},
			Handle:           s.accountsHeld,
		},
		{
			OperationID:     "OBPv4.0.0-updateAccountLabel",
			Verb:            "POST",
			Path:            accountPath,
			Summary:         "Update Account Label",
			Description:     "Renames the account. Needs a view on it with can_update_bank_account_label.",
			Tags:            []string{"Account"},
			Auth:            LoggedIn,
			View:            &ViewGuard{AnyView: true, Permission: view.CanUpdateBankAccountLabel},
			RequestSchema:   "account_label_post",
			ExampleRequest:  labelJSON{Label: "Holiday savings"},
			ExampleResponse: successJSON{Success: "Success"},
			Errors:          errorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound),
			Handle: func(c *Call) error {
				var in labelJSON
				if err := c.Bind(&in); err != nil {
					return err
				}
				if err := s.deps.Accounts.UpdateLabel(c.Ctx, c.AccountRef(), in.Label); err != nil {
					return err
				}
				return c.JSON(successJSON{Success: "Success"})
			},
		},
		{
			OperationID:      "OBPv4.0.0-getBankAccountBalances",
			Verb:             "GET",
			Path:             accountPath + "/balances",
			Summary:          "Get Account Balances",
			Description:      "Needs a view on the account that grants can_see_bank_account_balance.",
			Tags:             []string{"Account"},
			Auth:             LoggedIn,
			View:             &ViewGuard{AnyView: true, Permission: view.CanSeeBalance},
			ExampleResponse:  toBalancesJSON(exampleAccount),
			Errors:           accountReadErrors,
			ConnectorMethods: []string{"getBankAccountBalances"},
			Handle:           s.getBalances,
		},
		{
			OperationID:      "OBPv5.1.0-getBankAccountBalances",
			Verb:             "GET",
			Path:             accountPath + "/views/{VIEW_ID}/balances",
			Summary:          "Get Account Balances by View",
			Description:      "Needs VIEW_ID to grant can_see_bank_account_balance.",
			Tags:             []string{"Account"},
			Auth:             LoggedIn,
			View:             &ViewGuard{Permission: view.CanSeeBalance},
			ExampleResponse:  toBalancesJSON(exampleAccount),
			Errors:           append(accountReadErrors, obperr.NoViewPermission),
			ConnectorMethods: []string{"getBankAccountBalances"},
			Handle:           s.getBalances,
		},
		{
			OperationID:      "OBPv5.1.0-getBankAccountsBalances",
			Verb:             "GET",
			Path:             apiPrefix + "/banks/{BANK_ID}/balances",
			Summary:          "Get Accounts Balances",
			Description:      "The balances of the caller's accounts at the bank whose views let them see balances.",
			Tags:             []string{"Account"},
			Auth:             LoggedIn,
			ExampleResponse:  accountsBalancesJSON{Accounts: []accountBalancesJSON{toBalancesJSON(exampleAccount)}},
			Errors:           errorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound),
			ConnectorMethods: []string{"getBankAccountsBalances"},
			Handle:           s.getBankBalances,
		},
	}
}

func (s *Server) createAccount(c *Call) error {
	var in accountPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	routings := make([]account.Routing, len(in.AccountRoutings))
	for i, r := range in.AccountRoutings {
		routings[i] = account.Routing{Scheme: r.Scheme, Address: r.Address}
	}
	a, err := s.deps.Accounts.Create(c.Ctx, c.Principal.UserID, c.Param("BANK_ID"), account.New{
		ID: c.Param("ACCOUNT_ID"), UserID: in.UserID, Label: in.Label, ProductCode: in.ProductCode, BranchID: in.BranchID,
		Currency: in.Balance.Currency, Amount: in.Balance.Amount, Routings: routings})
	if err != nil {
		return err
	}
	return c.JSON(accountCreatedJSON{AccountID: a.ID, UserID: a.HolderIDs[0], Label: a.Label, ProductCode: a.ProductCode,
		Balance: balanceOf(a), BranchID: a.BranchID, AccountRoutings: toRoutingsJSON(a.Routings), AccountAttributes: []accountAttributeJSON{}})
}

func (c *Call) accountRef() account.Ref { return c.AccountRef() }

func (s *Server) getAccountThroughView(c *Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	r, err := s.deps.Views.Read(c.Ctx, c.Principal.UserID, c.AccountRef())
	if err != nil {
		return err
	}
	a := r.Account
	available := make([]map[string]any, len(r.Views))
	for i, v := range r.Views {
		available[i] = viewJSON(v)
	}
	out, err := moderate(moderatedAccountJSON{ID: a.ID, BankID: a.BankID, Label: a.Label, Number: a.Number,
		Owners: toOwners(a.HolderIDs, r.Holders), ProductCode: a.ProductCode, Balance: balanceOf(a), ViewsAvailable: available,
		AccountRoutings: toRoutingsJSON(a.Routings), AccountAttributes: []accountAttributeJSON{}, Tags: []string{}}, accountShape, through)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

func (s *Server) getCoreAccount(c *Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	r, err := s.deps.Views.Read(c.Ctx, c.Principal.UserID, c.AccountRef())
	if err != nil {
		return err
	}
	a := r.Account
	ids := make([]string, len(r.Views))
	for i, v := range r.Views {
		ids[i] = v.ID
	}
	sort.Strings(ids)
	out, err := moderate(coreAccountJSON{ID: a.ID, BankID: a.BankID, Label: a.Label, Number: a.Number, ProductCode: a.ProductCode,
		Balance: balanceOf(a), AccountRoutings: toRoutingsJSON(a.Routings), ViewsBasic: ids}, coreAccountShape, through)
	if err != nil {
		return err
	}
	return c.JSON(out)
}
