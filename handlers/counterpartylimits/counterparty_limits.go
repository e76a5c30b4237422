// Package counterpartylimits is the area of the HTTP face for counterparty limits (OBP
// v5.1.0): caps on paying one counterparty through one view of an account, which
// COUNTERPARTY transaction requests through that view may never pass.
package counterpartylimits

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/counterpartylimit"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// Limits is what the area needs of the counterparty-limit service.
type Limits interface {
	Create(ctx context.Context, ref account.Ref, viewID, counterpartyID string, n counterpartylimit.New) (counterpartylimit.Limit, error)
	Get(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (counterpartylimit.Limit, error)
	Update(ctx context.Context, ref account.Ref, viewID, counterpartyID string, n counterpartylimit.New) (counterpartylimit.Limit, error)
	Delete(ctx context.Context, ref account.Ref, viewID, counterpartyID string) error
	Status(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (counterpartylimit.Status, error)
}

type area struct{ limits Limits }

// Docs declares the area's endpoints over limits.
func Docs(limits Limits) []handlers.ResourceDoc {
	return (&area{limits: limits}).docs()
}

const limitsPath = "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views/{VIEW_ID}/counterparties/{COUNTERPARTY_ID}/limits"

const enforcement = "COUNTERPARTY transaction requests through VIEW_ID to the counterparty are held to the limit: " +
	"max_single_amount per payment, max_monthly_amount and max_number_of_monthly_transactions per calendar month " +
	"(UTC), the yearly ones per calendar year (UTC), max_total_amount and max_number_of_transactions ever, in the " +
	"limit's currency only; a payment that would pass one is refused with OBP-30268 and writes nothing. Requests " +
	"that FAILED, were REJECTED or CANCELLED do not count; every other one does, a request awaiting its challenge " +
	"answers included. A view that has limits on the account and does not grant " +
	"can_add_transaction_request_to_any_account pays only counterparties with a limit under it."

func (a *area) docs() []handlers.ResourceDoc {
	base := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission,
		obperr.BankNotFound, obperr.BankAccountNotFound, obperr.ViewNotFound, obperr.CounterpartyNotFoundByCounterpartyID)
	body := handlers.ErrorsOf(obperr.InvalidISOCurrencyCode, obperr.InvalidAmount, obperr.InvalidNumber)
	notFound := handlers.ErrorsOf(obperr.GetCounterpartyLimitError)
	tags := []string{"Counterparty-Limits"}
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.1.0-createCounterpartyLimit",
			Verb:        "POST",
			Path:        limitsPath,
			Summary:     "Create Counterparty Limit",
			Description: "Sets the limits of paying COUNTERPARTY_ID (a counterparty of the account under VIEW_ID) through " +
				"VIEW_ID; one limit per account, view and counterparty (OBP-30264). VIEW_ID must grant " +
				"can_create_counterparty_limit. " + enforcement,
			Tags:             tags,
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{Permission: view.CanCreateCounterpartyLimit},
			RequestSchema:    "counterparty_limit_post",
			ExampleRequest:   exampleLimitPost,
			ExampleResponse:  toLimitJSON(exampleLimit),
			SuccessStatus:    201,
			Errors:           append(append(base, body...), obperr.CounterpartyLimitAlreadyExists),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId", "createOrUpdateCounterpartyLimit"},
			Handle:           a.createLimit,
		},
		{
			OperationID:      "OBPv5.1.0-getCounterpartyLimit",
			Verb:             "GET",
			Path:             limitsPath,
			Summary:          "Get Counterparty Limit",
			Description:      "The limits of paying COUNTERPARTY_ID through VIEW_ID (OBP-30263 when none). VIEW_ID must grant can_get_counterparty_limit.",
			Tags:             tags,
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{Permission: view.CanGetCounterpartyLimit},
			ExampleResponse:  toLimitJSON(exampleLimit),
			Errors:           append(base, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId", "getCounterpartyLimit"},
			Handle:           a.getLimit,
		},
		{
			OperationID: "OBPv5.1.0-updateCounterpartyLimit",
			Verb:        "PUT",
			Path:        limitsPath,
			Summary:     "Update Counterparty Limit",
			Description: "Replaces the limits of paying COUNTERPARTY_ID through VIEW_ID; what was paid under them stays " +
				"counted, so a limit already used keeps its currency (OBP-30262). VIEW_ID must grant " +
				"can_update_counterparty_limit.",
			Tags:             tags,
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{Permission: view.CanUpdateCounterpartyLimit},
			RequestSchema:    "counterparty_limit_post",
			ExampleRequest:   exampleLimitPost,
			ExampleResponse:  toLimitJSON(exampleLimit),
			Errors:           append(append(append(base, body...), notFound...), obperr.UpdateCounterpartyLimitError),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId", "createOrUpdateCounterpartyLimit"},
			Handle:           a.updateLimit,
		},
		{
			OperationID: "OBPv5.1.0-deleteCounterpartyLimit",
			Verb:        "DELETE",
			Path:        limitsPath,
			Summary:     "Delete Counterparty Limit",
			Description: "Removes the limits of paying COUNTERPARTY_ID through VIEW_ID, and what was counted under them. " +
				"VIEW_ID must grant can_delete_counterparty_limit. Answers 204 with no body.",
			Tags:             tags,
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{Permission: view.CanDeleteCounterpartyLimit},
			SuccessStatus:    204,
			Errors:           append(base, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId", "deleteCounterpartyLimit"},
			Handle:           a.deleteLimit,
		},
		{
			OperationID: "OBPv5.1.0-getCounterpartyLimitStatus",
			Verb:        "GET",
			Path:        "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views/{VIEW_ID}/counterparties/{COUNTERPARTY_ID}/limit-status",
			Summary:     "Get Counterparty Limit Status",
			Description: "The limits of paying COUNTERPARTY_ID through VIEW_ID, and in `status` what is used of each now: " +
				"the amounts and counts of the current calendar month and year (UTC) and of all time, counted as " +
				"payments are. VIEW_ID must grant can_get_counterparty_limit.",
			Tags:             tags,
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{Permission: view.CanGetCounterpartyLimit},
			ExampleResponse:  toLimitStatusJSON(counterpartylimit.Status{Limit: exampleLimit}),
			Errors:           append(base, notFound...),
			ConnectorMethods: []string{"getBank", "getBankAccount", "getCounterpartyByCounterpartyId", "getCounterpartyLimit"},
			Handle:           a.getLimitStatus,
		},
	}
}
