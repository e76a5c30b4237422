// Package counterparties is the area of the HTTP face for explicit counterparties: the
// payees an account keeps under a view, reached through the view or, for managers, by role.
package counterparties

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// Counterparties is what the area needs of the counterparty service.
type Counterparties interface {
	Create(ctx context.Context, userID string, ref account.Ref, viewID string, n counterparty.New) (counterparty.Counterparty, error)
	List(ctx context.Context, ref account.Ref, viewID string, limit, offset int) ([]counterparty.Counterparty, error)
	Get(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (counterparty.Counterparty, error)
	GetByName(ctx context.Context, ref account.Ref, viewID, name string) (counterparty.Counterparty, error)
	Delete(ctx context.Context, ref account.Ref, viewID, counterpartyID string) error
}

type area struct{ counterparties Counterparties }

// Docs declares the area's endpoints over counterparties.
func Docs(counterparties Counterparties) []handlers.ResourceDoc {
	return (&area{counterparties: counterparties}).docs()
}

const counterpartyCreateDescription = "Saves a payee (an explicit counterparty) on the account under VIEW_ID: how the users of " +
	"the view refer to the other side of their payments. `name` is unique on the account and view (OBP-30014); " +
	"`currency` is an ISO 4217 code; the routings say where money goes (scheme `OBP` with a bank id and account id of " +
	"this server, or `IBAN`, ...); only a counterparty with `is_beneficiary` true can be paid (COUNTERPARTY transaction " +
	"requests). `bespoke` is a free list of key/value pairs and may be left out. The answer's `metadata` has OBP's " +
	"fields, empty: this server keeps no counterparty metadata."

// docs are the explicit counterparty endpoints: through a view of the account,
// and the management variants decided by roles.
func (a *area) docs() []handlers.ResourceDoc {
	viewErrors := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission,
		obperr.BankNotFound, obperr.BankAccountNotFound)
	roleErrors := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
		obperr.BankAccountNotFound, obperr.ViewNotFound)
	createErrors := handlers.ErrorsOf(obperr.InvalidISOCurrencyCode, obperr.CounterpartyAlreadyExists)
	notFound := handlers.ErrorsOf(obperr.CounterpartyNotFoundByCounterpartyID)
	return []handlers.ResourceDoc{
		{
			OperationID:      "OBPv4.0.0-createCounterparty",
			Verb:             "POST",
			Path:             "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties",
			Summary:          "Create Counterparty (Explicit)",
			Description:      counterpartyCreateDescription + " VIEW_ID must grant can_add_counterparty.",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{Permission: view.CanAddCounterparty},
			RequestSchema:    "counterparty_post",
			ExampleRequest:   exampleCounterpartyPost,
			ExampleResponse:  exampleCounterpartyWithMetadata,
			SuccessStatus:    201,
			Errors:           append(viewErrors, createErrors...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "checkCounterpartyExists", "createCounterparty"},
			Handle:           a.createCounterparty,
		},
		{
			OperationID:      "OBPv4.0.0-getExplictCounterpartiesForAccount",
			Verb:             "GET",
			Path:             "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties",
			Summary:          "Get Counterparties (Explicit)",
			Description:      "The account's counterparties under VIEW_ID, oldest first (at most 1000; `limit` and `offset` page them). VIEW_ID must grant can_get_counterparty.",
			Tags:             []string{"Counterparty", "Payment Initiation Service (PIS)", "PSD2", "Account"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{Permission: view.CanGetCounterparty},
			ExampleResponse:  toCounterpartiesJSON400([]counterparty.Counterparty{exampleCounterparty}),
			Errors:           append(viewErrors, obperr.FilterLimitError, obperr.FilterOffsetError),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterparties"},
			Handle:           a.getCounterparties,
		},
		{
			OperationID:      "OBPv4.0.0-getExplictCounterpartyById",
			Verb:             "GET",
			Path:             "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties/{COUNTERPARTY_ID}",
			Summary:          "Get Counterparty by Id (Explicit)",
			Description:      "One counterparty of the account under VIEW_ID; one of another account or view is not found (OBP-30017). VIEW_ID must grant can_get_counterparty.",
			Tags:             []string{"Counterparty", "Payment Initiation Service (PIS)", "PSD2", "Counterparty-Metadata"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{Permission: view.CanGetCounterparty},
			ExampleResponse:  exampleCounterpartyWithMetadata,
			Errors:           append(viewErrors, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId"},
			Handle:           a.getCounterparty,
		},
		{
			OperationID: "OBPv4.0.0-deleteExplicitCounterparty",
			Verb:        "DELETE",
			Path:        "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties/{COUNTERPARTY_ID}",
			Summary:     "Delete Counterparty (Explicit)",
			Description: "Deletes a counterparty of the account under VIEW_ID; VIEW_ID must grant can_delete_counterparty. " +
				"Answers 204 with no body (OBP's own code answers 200; its published specification lists this " +
				"endpoint as a POST, a slip: its code and tests use DELETE).",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{Permission: view.CanDeleteCounterparty},
			SuccessStatus:    204,
			Errors:           append(viewErrors, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId", "deleteCounterpartyByCounterpartyId"},
			Handle:           a.deleteCounterparty,
		},
		{
			OperationID:      "OBPv4.0.0-createCounterpartyForAnyAccount",
			Verb:             "POST",
			Path:             "/obp/v4.0.0/management/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties",
			Summary:          "Create Counterparty for any account (Explicit)",
			Description:      counterpartyCreateDescription + " Needs CanCreateCounterparty at the bank or CanCreateCounterpartyAtAnyBank; VIEW_ID must be a view of the account (OBP-30005).",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanCreateCounterparty, role.CanCreateCounterpartyAtAnyBank},
			RequestSchema:    "counterparty_post",
			ExampleRequest:   exampleCounterpartyPost,
			ExampleResponse:  exampleCounterpartyWithMetadata,
			SuccessStatus:    201,
			Errors:           append(roleErrors, createErrors...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "checkCounterpartyExists", "createCounterparty"},
			Handle:           a.createCounterparty,
		},
		{
			OperationID:      "OBPv4.0.0-getCounterpartiesForAnyAccount",
			Verb:             "GET",
			Path:             "/obp/v4.0.0/management/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties",
			Summary:          "Get Counterparties for any account (Explicit)",
			Description:      "The account's counterparties under VIEW_ID, oldest first (at most 1000; `limit` and `offset` page them). Needs CanGetCounterparties at the bank or CanGetCounterpartiesAtAnyBank.",
			Tags:             []string{"Counterparty", "Payment Initiation Service (PIS)", "PSD2", "Account"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanGetCounterparties, role.CanGetCounterpartiesAtAnyBank},
			ExampleResponse:  toCounterpartiesJSON400([]counterparty.Counterparty{exampleCounterparty}),
			Errors:           append(roleErrors, obperr.FilterLimitError, obperr.FilterOffsetError),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterparties"},
			Handle:           a.getCounterparties,
		},
		{
			OperationID:      "OBPv4.0.0-getCounterpartyByIdForAnyAccount",
			Verb:             "GET",
			Path:             "/obp/v4.0.0/management/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties/{COUNTERPARTY_ID}",
			Summary:          "Get Counterparty by Id for any account (Explicit)",
			Description:      "One counterparty of the account under VIEW_ID (OBP-30017 otherwise). Needs CanGetCounterparty at the bank or CanGetCounterpartyAtAnyBank.",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanGetCounterparty, role.CanGetCounterpartyAtAnyBank},
			ExampleResponse:  exampleCounterpartyWithMetadata,
			Errors:           append(roleErrors, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId"},
			Handle:           a.getCounterparty,
		},
		{
			OperationID:      "OBPv4.0.0-getCounterpartyByNameForAnyAccount",
			Verb:             "GET",
			Path:             "/obp/v4.0.0/management/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparty-names/{COUNTERPARTY_NAME}",
			Summary:          "Get Counterparty by name for any account (Explicit)",
			Description:      "The account's counterparty of that name under VIEW_ID (OBP-30004 otherwise). Needs CanGetCounterparty at the bank or CanGetCounterpartyAtAnyBank.",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanGetCounterparty, role.CanGetCounterpartyAtAnyBank},
			ExampleResponse:  exampleCounterpartyWithMetadata,
			Errors:           append(roleErrors, obperr.CounterpartyNotFound),
			ConnectorMethods: []string{"getBank", "getBankAccount", "checkCounterpartyExists"},
			Handle:           a.getCounterpartyByNameForAnyAccount,
		},
		{
			OperationID: "OBPv4.0.0-deleteCounterpartyForAnyAccount",
			Verb:        "DELETE",
			Path:        "/obp/v4.0.0/management/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/counterparties/{COUNTERPARTY_ID}",
			Summary:     "Delete Counterparty for any account (Explicit)",
			Description: "Deletes a counterparty of the account under VIEW_ID. Needs CanDeleteCounterparty at the bank or " +
				"CanDeleteCounterpartyAtAnyBank. Answers 204 with no body.",
			Tags:             []string{"Counterparty", "Account"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanDeleteCounterparty, role.CanDeleteCounterpartyAtAnyBank},
			SuccessStatus:    204,
			Errors:           append(roleErrors, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId", "deleteCounterpartyByCounterpartyId"},
			Handle:           a.deleteCounterparty,
		},
	}
}
