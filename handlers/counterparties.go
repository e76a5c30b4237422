package handlers

import (
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
)

var exampleCounterparty = counterparty.Counterparty{ID: "9fg8a7e4-6d02-40e3-a129-0b2bf89de8uh", Name: "CounterpartyName",
	Description: "My landlord", Currency: "EUR", CreatedByUserID: wire.ExampleUser.ID, ThisBankID: wire.ExampleAccount.BankID,
	ThisAccountID: wire.ExampleAccount.ID, ThisViewID: view.Owner,
	OtherAccountRoutingScheme: "OBP", OtherAccountRoutingAddress: "36f8a9e6-c2b1-407a-8bd0-421b7119307e",
	OtherAccountSecondaryRoutingScheme: "IBAN", OtherAccountSecondaryRoutingAddress: "DE89370400440532013000",
	OtherBankRoutingScheme: "OBP", OtherBankRoutingAddress: "gh.29.uk",
	OtherBranchRoutingScheme: "OBP", OtherBranchRoutingAddress: "12f8a9e6-c2b1-407a-8bd0-421b7119307e",
	IsBeneficiary: true, Bespoke: []counterparty.Bespoke{{Key: "englishName", Value: "english Name"}}}

var exampleCounterpartyPost = func() counterpartyPostJSON {
	c := toCounterpartyJSON400(exampleCounterparty)
	return counterpartyPostJSON{Name: c.Name, Description: c.Description, Currency: c.Currency,
		OtherAccountRoutingScheme: c.OtherAccountRoutingScheme, OtherAccountRoutingAddress: c.OtherAccountRoutingAddress,
		OtherAccountSecondaryRoutingScheme:  c.OtherAccountSecondaryRoutingScheme,
		OtherAccountSecondaryRoutingAddress: c.OtherAccountSecondaryRoutingAddress,
		OtherBankRoutingScheme:              c.OtherBankRoutingScheme, OtherBankRoutingAddress: c.OtherBankRoutingAddress,
		OtherBranchRoutingScheme: c.OtherBranchRoutingScheme, OtherBranchRoutingAddress: c.OtherBranchRoutingAddress,
		IsBeneficiary: c.IsBeneficiary, Bespoke: c.Bespoke}
}()

// exampleCounterpartyWithMetadata shows the metadata's shape; this server answers it empty.
var exampleCounterpartyWithMetadata = func() counterpartyWithMetadataJSON400 {
	out := toCounterpartyWithMetadataJSON(exampleCounterparty)
	where := &locationJSON{Latitude: 11.45, Longitude: 11.45, Date: "2017-09-19T00:00:00Z",
		User: locationUserJSON{ID: wire.ExampleUser.ID, Provider: wire.ExampleUser.Provider, Username: "felixsmith"}}
	out.Metadata.CorporateLocation, out.Metadata.PhysicalLocation = where, where
	return out
}()

const counterpartyCreateDescription = "Saves a payee (an explicit counterparty) on the account under VIEW_ID: how the users of " +
	"the view refer to the other side of their payments. `name` is unique on the account and view (OBP-30014); " +
	"`currency` is an ISO 4217 code; the routings say where money goes (scheme `OBP` with a bank id and account id of " +
	"this server, or `IBAN`, ...); only a counterparty with `is_beneficiary` true can be paid (COUNTERPARTY transaction " +
	"requests). `bespoke` is a free list of key/value pairs and may be left out. The answer's `metadata` has OBP's " +
	"fields, empty: this server keeps no counterparty metadata."

// counterpartyDocs are the explicit counterparty endpoints: through a view of the account,
// and the management variants decided by roles.
func (s *Server) counterpartyDocs() []ResourceDoc {
	viewErrors := ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission,
		obperr.BankNotFound, obperr.BankAccountNotFound)
	roleErrors := ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
		obperr.BankAccountNotFound, obperr.ViewNotFound)
	createErrors := ErrorsOf(obperr.InvalidISOCurrencyCode, obperr.CounterpartyAlreadyExists)
	notFound := ErrorsOf(obperr.CounterpartyNotFoundByCounterpartyID)
	return []ResourceDoc{
		{
			OperationID:      "OBPv4.0.0-createCounterparty",
			Verb:             "POST",
			Path:             "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties",
			Summary:          "Create Counterparty (Explicit)",
			Description:      counterpartyCreateDescription + " VIEW_ID must grant can_add_counterparty.",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             LoggedIn,
			View:             &ViewGuard{Permission: view.CanAddCounterparty},
			RequestSchema:    "counterparty_post",
			ExampleRequest:   exampleCounterpartyPost,
			ExampleResponse:  exampleCounterpartyWithMetadata,
			SuccessStatus:    201,
			Errors:           append(viewErrors, createErrors...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "checkCounterpartyExists", "createCounterparty"},
			Handle:           s.createCounterparty,
		},
		{
			OperationID:      "OBPv4.0.0-getExplictCounterpartiesForAccount",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties",
			Summary:          "Get Counterparties (Explicit)",
			Description:      "The account's counterparties under VIEW_ID, oldest first (at most 1000; `limit` and `offset` page them). VIEW_ID must grant can_get_counterparty.",
			Tags:             []string{"Counterparty", "Payment Initiation Service (PIS)", "PSD2", "Account"},
			Auth:             LoggedIn,
			View:             &ViewGuard{Permission: view.CanGetCounterparty},
			ExampleResponse:  toCounterpartiesJSON400([]counterparty.Counterparty{exampleCounterparty}),
			Errors:           append(viewErrors, obperr.FilterLimitError, obperr.FilterOffsetError),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterparties"},
			Handle:           s.getCounterparties,
		},
		{
			OperationID:      "OBPv4.0.0-getExplictCounterpartyById",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties/{COUNTERPARTY_ID}",
			Summary:          "Get Counterparty by Id (Explicit)",
			Description:      "One counterparty of the account under VIEW_ID; one of another account or view is not found (OBP-30017). VIEW_ID must grant can_get_counterparty.",
			Tags:             []string{"Counterparty", "Payment Initiation Service (PIS)", "PSD2", "Counterparty-Metadata"},
			Auth:             LoggedIn,
			View:             &ViewGuard{Permission: view.CanGetCounterparty},
			ExampleResponse:  exampleCounterpartyWithMetadata,
			Errors:           append(viewErrors, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId"},
			Handle:           s.getCounterparty,
		},
		{
			OperationID: "OBPv4.0.0-deleteExplicitCounterparty",
			Verb:        "DELETE",
			Path:        "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties/{COUNTERPARTY_ID}",
			Summary:     "Delete Counterparty (Explicit)",
			Description: "Deletes a counterparty of the account under VIEW_ID; VIEW_ID must grant can_delete_counterparty. " +
				"Answers 204 with no body (OBP's own code answers 200; its published specification lists this " +
				"endpoint as a POST, a slip: its code and tests use DELETE).",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             LoggedIn,
			View:             &ViewGuard{Permission: view.CanDeleteCounterparty},
			SuccessStatus:    204,
			Errors:           append(viewErrors, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId", "deleteCounterpartyByCounterpartyId"},
			Handle:           s.deleteCounterparty,
		},
		{
			OperationID:      "OBPv4.0.0-createCounterpartyForAnyAccount",
			Verb:             "POST",
			Path:             "/obp/v5.1.0/management/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties",
			Summary:          "Create Counterparty for any account (Explicit)",
			Description:      counterpartyCreateDescription + " Needs CanCreateCounterparty at the bank or CanCreateCounterpartyAtAnyBank; VIEW_ID must be a view of the account (OBP-30005).",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             LoggedIn,
			Roles:            []role.Role{role.CanCreateCounterparty, role.CanCreateCounterpartyAtAnyBank},
			RequestSchema:    "counterparty_post",
			ExampleRequest:   exampleCounterpartyPost,
			ExampleResponse:  exampleCounterpartyWithMetadata,
			SuccessStatus:    201,
			Errors:           append(roleErrors, createErrors...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "checkCounterpartyExists", "createCounterparty"},
			Handle:           s.createCounterparty,
		},
		{
			OperationID:      "OBPv4.0.0-getCounterpartiesForAnyAccount",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/management/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties",
			Summary:          "Get Counterparties for any account (Explicit)",
			Description:      "The account's counterparties under VIEW_ID, oldest first (at most 1000; `limit` and `offset` page them). Needs CanGetCounterparties at the bank or CanGetCounterpartiesAtAnyBank.",
			Tags:             []string{"Counterparty", "Payment Initiation Service (PIS)", "PSD2", "Account"},
			Auth:             LoggedIn,
			Roles:            []role.Role{role.CanGetCounterparties, role.CanGetCounterpartiesAtAnyBank},
			ExampleResponse:  toCounterpartiesJSON400([]counterparty.Counterparty{exampleCounterparty}),
			Errors:           append(roleErrors, obperr.FilterLimitError, obperr.FilterOffsetError),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterparties"},
			Handle:           s.getCounterparties,
		},
		{
			OperationID:      "OBPv4.0.0-getCounterpartyByIdForAnyAccount",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/management/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties/{COUNTERPARTY_ID}",
			Summary:          "Get Counterparty by Id for any account (Explicit)",
			Description:      "One counterparty of the account under VIEW_ID (OBP-30017 otherwise). Needs CanGetCounterparty at the bank or CanGetCounterpartyAtAnyBank.",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             LoggedIn,
			Roles:            []role.Role{role.CanGetCounterparty, role.CanGetCounterpartyAtAnyBank},
			ExampleResponse:  exampleCounterpartyWithMetadata,
			Errors:           append(roleErrors, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId"},
			Handle:           s.getCounterparty,
		},
		{
			OperationID:      "OBPv4.0.0-getCounterpartyByNameForAnyAccount",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/management/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparty-names/{COUNTERPARTY_NAME}",
			Summary:          "Get Counterparty by name for any account (Explicit)",
			Description:      "The account's counterparty of that name under VIEW_ID (OBP-30004 otherwise). Needs CanGetCounterparty at the bank or CanGetCounterpartyAtAnyBank.",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             LoggedIn,
			Roles:            []role.Role{role.CanGetCounterparty, role.CanGetCounterpartyAtAnyBank},
			ExampleResponse:  exampleCounterpartyWithMetadata,
			Errors:           append(roleErrors, obperr.CounterpartyNotFound),
			ConnectorMethods: []string{"getBank", "getBankAccount", "checkCounterpartyExists"},
			Handle: func(c *Call) error {
				cp, err := s.deps.Counterparties.GetByName(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_NAME"))
				if err != nil {
					return err
				}
				return c.JSON(toCounterpartyWithMetadataJSON(cp))
			},
		},
		{
			OperationID: "OBPv4.0.0-deleteCounterpartyForAnyAccount",
			Verb:        "DELETE",
			Path:        "/obp/v5.1.0/management/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties/{COUNTERPARTY_ID}",
			Summary:     "Delete Counterparty for any account (Explicit)",
			Description: "Deletes a counterparty of the account under VIEW_ID. Needs CanDeleteCounterparty at the bank or " +
				"CanDeleteCounterpartyAtAnyBank. Answers 204 with no body.",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             LoggedIn,
			Roles:            []role.Role{role.CanDeleteCounterparty, role.CanDeleteCounterpartyAtAnyBank},
			SuccessStatus:    204,
			Errors:           append(roleErrors, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId", "deleteCounterpartyByCounterpartyId"},
			Handle:           s.deleteCounterparty,
		},
	}
}

func (s *Server) createCounterparty(c *Call) error {
	var in counterpartyPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	cp, err := s.deps.Counterparties.Create(c.Ctx, c.Principal.UserID, c.AccountRef(), c.Param("VIEW_ID"), in.toNew())
	if err != nil {
		return err
	}
	return c.JSON(toCounterpartyWithMetadataJSON(cp))
}

func (s *Server) getCounterparties(c *Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	if c.Query("limit") == "" {
		limit = counterparty.MaxPage // OBP answers every counterparty: page only when asked to
	}
	cs, err := s.deps.Counterparties.List(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), limit, offset)
	if err != nil {
		return err
	}
	return c.JSON(toCounterpartiesJSON400(cs))
}

func (s *Server) getCounterparty(c *Call) error {
	cp, err := s.deps.Counterparties.Get(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toCounterpartyWithMetadataJSON(cp))
}

func (s *Server) deleteCounterparty(c *Call) error {
	if err := s.deps.Counterparties.Delete(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_ID")); err != nil {
		return err
	}
	return c.NoContent()
}
