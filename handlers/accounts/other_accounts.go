package accounts

import (
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// otherAccountShape moderates OtherAccountJsonV300 as the transaction shape moderates its
// other_account: the holder and metadata with can_see_other_account_metadata, the
// routings with both halves of their pair.
var otherAccountShape = handlers.Shape{Name: "other account", Always: []string{"id"}, Rules: []handlers.FieldRule{
	handlers.ShownWith("holder", view.CanSeeOtherAccountMetadata),
	handlers.ShownWith("bank_routing", otherBankRoutingPair...),
	handlers.ShownWith("account_routings", otherAccountRoutingPair...),
	handlers.ShownWith("metadata", view.CanSeeOtherAccountMetadata),
}}

// otherAccountDocs declares the other accounts of an account, as VIEW_ID shows them.
func (a *area) otherAccountDocs() []handlers.ResourceDoc {
	example, _ := handlers.Moderate(toOtherAccountJSON(transaction.OtherAccount{
		Ref: account.Ref{BankID: "gh.29.uk", AccountID: "7d3c0b4e-2f61-4a4d-a2f5-0e1c8b5a9f21"}, Holder: "susan"}), otherAccountShape, exampleOwnerView)
	return []handlers.ResourceDoc{{
		OperationID: "OBPv3.0.0-getOtherAccountsForBankAccount",
		Verb:        "GET",
		Path:        "/obp/v3.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/other_accounts",
		Summary:     "Get Other Accounts of one Account",
		Description: "The accounts that have shared at least one transaction with the account, once each, as VIEW_ID " +
			"shows them; VIEW_ID must grant can_see_transaction_other_bank_account.",
		Tags:             []string{"Counterparty", "Account"},
		Auth:             handlers.LoggedIn,
		View:             &handlers.ViewGuard{Permission: view.CanSeeTransactionOtherAccount},
		ExampleResponse:  otherAccountsJSON300{OtherAccounts: []map[string]any{example}},
		Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.BankAccountNotFound),
		ConnectorMethods: []string{"getCounterpartiesFromTransaction"},
		Handle:           a.getOtherAccountsForBankAccount,
	}}
}

func (a *area) getOtherAccountsForBankAccount(c *handlers.Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	others, err := a.transactions.OtherAccounts(c.Ctx, c.AccountRef())
	if err != nil {
		return err
	}
	out := otherAccountsJSON300{OtherAccounts: make([]map[string]any, 0, len(others))}
	for _, o := range others {
		m, err := handlers.Moderate(toOtherAccountJSON(o), otherAccountShape, through)
		if err != nil {
			return err
		}
		out.OtherAccounts = append(out.OtherAccounts, m)
	}
	return c.JSON(out)
}
