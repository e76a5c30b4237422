package accounts

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

// routingQueryDocs declares the look-up of an account by one of its routings.
func (a *area) routingQueryDocs() []handlers.ResourceDoc {
	full, _ := handlers.Moderate(moderatedAccountJSON{accountHead: accountHead{ID: wire.ExampleAccount.ID, BankID: wire.ExampleAccount.BankID, Label: "My Account",
		Number: wire.ExampleAccount.Number, Owners: []wire.Owner{{ID: wire.ExampleUser.ID, Provider: wire.ExampleUser.Provider, DisplayName: "felixsmith"}},
		ProductCode: "CURRENT", Balance: balanceOf(wire.ExampleAccount)}, ViewsAvailable: availableViews{exampleOwnerView},
		accountTail: accountTail{AccountRoutings: wire.FromRoutings(wire.ExampleAccount.Routings), AccountAttributes: []accountAttributeJSON{}, Tags: []string{}}}, accountShape, exampleOwnerView)
	return []handlers.ResourceDoc{{
		OperationID: "OBPv4.0.0-getAccountByAccountRouting",
		Verb:        "POST",
		Path:        "/obp/v4.0.0/management/accounts/account-routing-query",
		Summary:     "Get Account by Account Routing",
		Description: "The account the routing (scheme and address, e.g. an IBAN) identifies, at bank_id when given, as the " +
			"owner view shows it. As in OBP no role is needed, but the caller must hold the owner view on the account: an " +
			"account they may not see is answered as one that does not exist (OBP-30073).",
		Tags:             []string{"Account"},
		Auth:             handlers.LoggedIn,
		RequestSchema:    "account_routing_query_post",
		ExampleRequest:   routingQueryJSON{BankID: "gh.29.uk", AccountRouting: wire.Routing{Scheme: "IBAN", Address: "GB33BUKB20201555555555"}},
		ExampleResponse:  full,
		Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.BankAccountNotFoundByAccountRouting),
		ConnectorMethods: []string{"getBankAccountByRouting"},
		Handle:           a.getAccountByAccountRouting,
	}}
}

func (a *area) getAccountByAccountRouting(c *handlers.Call) error {
	var in routingQueryJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	r, owner, err := a.views.ReadByRouting(c.Ctx, c.Principal.UserID, in.BankID, in.routing())
	if err != nil {
		return err
	}
	out, err := handlers.Moderate(toModeratedAccountJSON(r), accountShape, owner)
	if err != nil {
		return err
	}
	return c.JSON(out)
}
