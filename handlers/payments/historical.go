package payments

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

func (a *bankArea) historicalDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv4.0.0-createHistoricalTransactionAtBank",
			Verb:        "POST",
			Path:        "/obp/v4.0.0/banks/{BANK_ID}/management/historical/transactions",
			Summary:     "Create Historical Transactions ",
			Description: "Records a past movement between two accounts of BANK_ID (from_account_id and to_account_id are " +
				"accounts of that bank) as a debit and a credit summing to zero, with both balance updates in one database " +
				"transaction: either both legs are written or neither. The source may go below zero. posted and completed " +
				"are RFC 3339 times (completed defaults to posted). Needs CanCreateHistoricalTransactionAtBank at the bank.",
			Tags:          []string{"Transaction Request"},
			Auth:          handlers.LoggedIn,
			Roles:         []role.Role{role.CanCreateHistoricalTransactionAtBank},
			RequestSchema: "historical_transaction_at_bank_post",
			ExampleRequest: historicalAtBankPostJSON{FromAccountID: "funding", ToAccountID: wire.ExampleAccount.ID,
				Value: wire.Amount{Currency: "EUR", Amount: "100.00"}, Description: "Opening deposit", Posted: "2024-01-01T09:00:00Z",
				Completed: "2024-01-01T09:00:00Z", Type: "SANDBOX_TAN", ChargePolicy: "SHARED"},
			ExampleResponse: historicalAtBankJSON{TransactionID: "5995d6a2-01b3-423c-a173-5481df49bdaf",
				From: historicalAccountJSON{BankID: "gh.29.uk", AccountID: "funding"}, To: historicalAccountJSON{BankID: "gh.29.uk", AccountID: wire.ExampleAccount.ID},
				Value: wire.Amount{Currency: "EUR", Amount: "100.00"}, Description: "Opening deposit", Posted: "2024-01-01T09:00:00Z",
				Completed: "2024-01-01T09:00:00Z", TransactionRequestType: "SANDBOX_TAN", ChargePolicy: "SHARED"},
			SuccessStatus: 201,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankAccountNotFound, obperr.InvalidISOCurrencyCode,
				obperr.InvalidAmount, obperr.NotPositiveAmount, obperr.SameAccount, obperr.InvalidDateFormat),
			ConnectorMethods: []string{"makePayment"},
			Handle:           a.createHistoricalTransactionAtBank,
		},
	}
}

// createHistoricalTransactionAtBank makes the unscoped historical transaction's service
// call with both accounts taken at the path's bank, where the caller holds the role.
func (a *bankArea) createHistoricalTransactionAtBank(c *handlers.Call) error {
	var in historicalAtBankPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	h, err := in.toHistorical(c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	p, err := a.deps.Historical.RecordHistorical(c.Ctx, h)
	if err != nil {
		return err
	}
	return c.JSON(toHistoricalAtBankJSON(in, h, p))
}
