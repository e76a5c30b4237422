package accounts

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

// fundsDocs declares OBP's confirmation of funds (PIIS).
func (a *area) fundsDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{{
		OperationID: "OBPv3.1.0-checkFundsAvailable",
		Verb:        "GET",
		Path:        "/obp/v3.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/funds-available",
		Summary:     "Check Available Funds",
		Description: "Whether the account's balance covers an amount: `answer` is yes or no (no, too, for another currency " +
			"than the account's). Mandatory query parameters: `amount` (a decimal) and `currency` (ISO 4217). VIEW_ID must " +
			"grant can_query_available_funds. available_funds_request_id is the request's correlation id.",
		Tags:            []string{"Account", "Confirmation of Funds Service (PIIS)", "PSD2"},
		Auth:            handlers.LoggedIn,
		View:            &handlers.ViewGuard{Permission: view.CanQueryAvailableFunds},
		ExampleResponse: checkFundsJSON{Answer: "yes", Date: "2024-02-05T14:15:53Z", AvailableFundsRequestID: "c4ykz59svsr9b7fmdxk8ezs7"},
		Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.BankAccountNotFound,
			obperr.MissingQueryParams, obperr.InvalidAmount, obperr.InvalidISOCurrencyCode),
		ConnectorMethods: []string{"getBankAccount"},
		Handle:           a.checkFundsAvailable,
	}}
}

func (a *area) checkFundsAvailable(c *handlers.Call) error {
	check, err := a.accounts.FundsAvailable(c.Ctx, c.AccountRef(), c.Query("amount"), c.Query("currency"))
	if err != nil {
		return err
	}
	return c.JSON(checkFundsJSON{Answer: yesNo(check.Available), Date: wire.Time(check.At), AvailableFundsRequestID: c.Caller().CorrelationID})
}
