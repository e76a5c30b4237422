package accounts

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

// publicAccountDocs declares the accounts anyone may read: those with a public view.
func (a *area) publicAccountDocs() []handlers.ResourceDoc {
	list := basicAccountsJSON{Accounts: []basicAccountJSON{{ID: wire.ExampleAccount.ID, Label: "My Account", BankID: "gh.29.uk",
		ViewsAvailable: []viewAvailableJSON{{ID: "_public", ShortName: "_public", IsPublic: true}}}}}
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv2.0.0-publicAccountsAtOneBank",
			Verb:        "GET",
			Path:        "/obp/v2.0.0/banks/{BANK_ID}/accounts/public",
			Summary:     "Get Public Accounts at Bank",
			Description: "The accounts at BANK_ID with at least one public view (is_public), each with its public views " +
				"and as they show it. No login needed.",
			Tags:             []string{"Account-Public", "Account", "PublicData"},
			Auth:             handlers.Anonymous,
			ExampleResponse:  list,
			Errors:           handlers.ErrorsOf(obperr.BankNotFound),
			ConnectorMethods: []string{"getBankAccounts"},
			Handle:           a.publicAccounts,
		},
		{
			OperationID:      "OBPv2.0.0-publicAccountsAllBanks",
			Verb:             "GET",
			Path:             "/obp/v2.0.0/accounts/public",
			Summary:          "Get Public Accounts at all Banks",
			Description:      "The accounts at every bank with at least one public view, each with its public views. No login needed.",
			Tags:             []string{"Account-Public", "Account", "PublicData"},
			Auth:             handlers.Anonymous,
			ExampleResponse:  list,
			ConnectorMethods: []string{"getBankAccounts"},
			Handle:           a.publicAccounts,
		},
	}
}

// publicAccounts lists the accounts with public views, each as its public views show it.
func (a *area) publicAccounts(c *handlers.Call) error {
	viewed, err := a.views.Public(c.Ctx, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	out, err := moderateEach(viewed, anyView, basicAccountShape, toBasicAccountJSON)
	if err != nil {
		return err
	}
	return c.JSON(out)
}
