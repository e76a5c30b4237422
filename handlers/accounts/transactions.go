package accounts

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

var transactionListErrors = handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound,
	obperr.FilterLimitError, obperr.FilterOffsetError, obperr.FilterSortDirection, obperr.FilterDateFormatError)

func (a *area) transactionDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv3.0.0-getTransactionsForBankAccount",
			Verb:        "GET",
			Path:        "/obp/v3.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transactions",
			Summary:     "Get Transactions for Account (Full)",
			Description: "The account's transactions as VIEW_ID shows them. Query parameters: `limit` (1-1000, default 50), " +
				"`offset`, `sort_direction` (ASC or DESC, by posted date; default DESC), `from_date` and `to_date` " +
				"(yyyy-MM-ddTHH:mm:ss.SSSZ or RFC 3339).",
			Tags:             []string{"Transaction", "Account Information Service (AIS)"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{},
			ExampleResponse:  transactionsJSON{Transactions: []map[string]any{exampleTransaction}},
			Errors:           transactionListErrors,
			ConnectorMethods: []string{"getTransactions"},
			Handle:           a.getTransactions,
		},
		{
			OperationID:      "OBPv3.1.0-getTransactionByIDForBankAccount",
			Verb:             "GET",
			Path:             "/obp/v3.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transactions/{TRANSACTION_ID}/transaction",
			Summary:          "Get Transaction by Id",
			Description:      "One transaction as VIEW_ID shows it.",
			Tags:             []string{"Transaction"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{},
			ExampleResponse:  exampleTransaction,
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound, obperr.TransactionNotFound),
			ConnectorMethods: []string{"getTransaction"},
			Handle:           a.getTransactionByIDForBankAccount,
		},
		{
			OperationID:      "OBPv3.0.0-getCoreTransactionsForBankAccount",
			Verb:             "GET",
			Path:             "/obp/v3.0.0/my/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/transactions",
			Summary:          "Get Transactions for Account (Core)",
			Description:      "The account's transactions through the caller's most permissive view on it; the same query parameters as the full variant.",
			Tags:             []string{"Transaction"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{AnyView: true},
			ExampleResponse:  transactionsJSON{Transactions: []map[string]any{exampleTransaction}},
			Errors:           transactionListErrors,
			ConnectorMethods: []string{"getTransactions"},
			Handle:           a.getTransactions,
		},
		{
			OperationID: "OBPv3.1.0-saveHistoricalTransaction",
			Verb:        "POST",
			Path:        "/obp/v3.1.0/management/historical/transactions",
			Summary:     "Save Historical Transactions",
			Description: "Records a past movement between two accounts of this server as two transactions, a debit and " +
				"a credit summing to zero, with both balance updates in one database transaction: either both legs " +
				"are written or neither. The source may go below zero. posted and completed are RFC 3339 times.",
			Tags:          []string{"Transaction"},
			Auth:          handlers.LoggedIn,
			Roles:         []role.Role{role.CanCreateHistoricalTransaction},
			RequestSchema: "historical_transaction_post",
			ExampleRequest: historicalPostJSON{From: accountRefJSON{BankID: "gh.29.uk", AccountID: "funding"},
				To: accountRefJSON{BankID: "gh.29.uk", AccountID: wire.ExampleAccount.ID}, Value: wire.Amount{Currency: "EUR", Amount: "100.00"},
				Description: "Opening deposit", Posted: "2024-01-01T09:00:00Z", Completed: "2024-01-01T09:00:00Z", Type: "SANDBOX_TAN", ChargePolicy: "SHARED"},
			ExampleResponse: historicalJSON{TransactionID: "5995d6a2-01b3-423c-a173-5481df49bdaf", From: accountRefJSON{BankID: "gh.29.uk", AccountID: "funding"},
				To: accountRefJSON{BankID: "gh.29.uk", AccountID: wire.ExampleAccount.ID}, Value: wire.Amount{Currency: "EUR", Amount: "100.00"},
				Description: "Opening deposit", Posted: "2024-01-01T09:00:00Z", Completed: "2024-01-01T09:00:00Z", TransactionRequestType: "SANDBOX_TAN", ChargePolicy: "SHARED"},
			SuccessStatus: 201,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankAccountNotFound, obperr.InvalidISOCurrencyCode,
				obperr.InvalidAmount, obperr.NotPositiveAmount, obperr.InvalidTransactionRequestCurrency, obperr.SameAccount, obperr.InvalidDateFormat),
			ConnectorMethods: []string{"makePayment"},
			Handle:           a.saveHistoricalTransaction,
		},
	}
}
