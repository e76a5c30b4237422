package handlers

import (
	"strings"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
)

var exampleTransaction = func() map[string]any {
	m, _ := Moderate(toTransactionJSON(transaction.Transaction{ID: "5995d6a2-01b3-423c-a173-5481df49bdaf", BankID: "gh.29.uk",
		AccountID: wire.ExampleAccount.ID, Other: account.Ref{BankID: "gh.29.uk", AccountID: "7d3c0b4e-2f61-4a4d-a2f5-0e1c8b5a9f21"},
		OtherHolder: "susan", Type: "SANDBOX_TAN", Description: "Rent", Amount: money.Money{Currency: "EUR", Minor: -50000}, NewBalance: money.Money{Currency: "EUR", Minor: 125000},
		Posted: time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC), Completed: time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)},
		wire.ExampleAccount, nil), transactionShape, exampleOwnerView)
	return m
}()

var transactionListErrors = ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound,
	obperr.FilterLimitError, obperr.FilterOffsetError, obperr.FilterSortDirection, obperr.FilterDateFormatError)

func (s *Server) transactionDocs() []ResourceDoc {
	return []ResourceDoc{
		{
			OperationID: "OBPv3.0.0-getTransactionsForBankAccount",
			Verb:        "GET",
			Path:        "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transactions",
			Summary:     "Get Transactions for Account (Full)",
			Description: "The account's transactions as VIEW_ID shows them. Query parameters: `limit` (1-1000, default 50), " +
				"`offset`, `sort_direction` (ASC or DESC, by posted date; default DESC), `from_date` and `to_date` " +
				"(yyyy-MM-ddTHH:mm:ss.SSSZ or RFC 3339).",
			Tags:             []string{"Transaction", "Account Information Service (AIS)"},
			Auth:             LoggedIn,
			View:             &ViewGuard{},
			ExampleResponse:  transactionsJSON{Transactions: []map[string]any{exampleTransaction}},
			Errors:           transactionListErrors,
			ConnectorMethods: []string{"getTransactions"},
			Handle:           s.getTransactions,
		},
		{
			OperationID:      "OBPv3.1.0-getTransactionByIdForBankAccount",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transactions/{TRANSACTION_ID}/transaction",
			Summary:          "Get Transaction by Id",
			Description:      "One transaction as VIEW_ID shows it.",
			Tags:             []string{"Transaction"},
			Auth:             LoggedIn,
			View:             &ViewGuard{},
			ExampleResponse:  exampleTransaction,
			Errors:           ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound, obperr.TransactionNotFound),
			ConnectorMethods: []string{"getTransaction"},
			Handle:           s.getTransaction,
		},
		{
			OperationID:      "OBPv3.0.0-getCoreTransactionsForBankAccount",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/my/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/transactions",
			Summary:          "Get Transactions for Account (Core)",
			Description:      "The account's transactions through the caller's most permissive view on it; the same query parameters as the full variant.",
			Tags:             []string{"Transaction"},
			Auth:             LoggedIn,
			View:             &ViewGuard{AnyView: true},
			ExampleResponse:  transactionsJSON{Transactions: []map[string]any{exampleTransaction}},
			Errors:           transactionListErrors,
			ConnectorMethods: []string{"getTransactions"},
			Handle:           s.getTransactions,
		},
		{
			OperationID: "OBPv3.1.0-saveHistoricalTransaction",
			Verb:        "POST",
			Path:        "/obp/v5.1.0/management/historical/transactions",
			Summary:     "Save Historical Transactions",
			Description: "Records a past movement between two accounts of this server as two transactions, a debit and " +
				"a credit summing to zero, with both balance updates in one database transaction: either both legs " +
				"are written or neither. The source may go below zero. posted and completed are RFC 3339 times.",
			Tags:          []string{"Transaction"},
			Auth:          LoggedIn,
			Roles:         []role.Role{role.CanCreateHistoricalTransaction},
			RequestSchema: "historical_transaction_post",
			ExampleRequest: historicalPostJSON{From: accountRefJSON{BankID: "gh.29.uk", AccountID: "funding"},
				To: accountRefJSON{BankID: "gh.29.uk", AccountID: wire.ExampleAccount.ID}, Value: wire.Amount{Currency: "EUR", Amount: "100.00"},
				Description: "Opening deposit", Posted: "2024-01-01T09:00:00Z", Completed: "2024-01-01T09:00:00Z", Type: "SANDBOX_TAN", ChargePolicy: "SHARED"},
			ExampleResponse: historicalJSON{TransactionID: "5995d6a2-01b3-423c-a173-5481df49bdaf", From: accountRefJSON{BankID: "gh.29.uk", AccountID: "funding"},
				To: accountRefJSON{BankID: "gh.29.uk", AccountID: wire.ExampleAccount.ID}, Value: wire.Amount{Currency: "EUR", Amount: "100.00"},
				Description: "Opening deposit", Posted: "2024-01-01T09:00:00Z", Completed: "2024-01-01T09:00:00Z", TransactionRequestType: "SANDBOX_TAN", ChargePolicy: "SHARED"},
			SuccessStatus: 201,
			Errors: ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankAccountNotFound, obperr.InvalidISOCurrencyCode,
				obperr.InvalidAmount, obperr.NotPositiveAmount, obperr.InvalidTransactionRequestCurrency, obperr.SameAccount, obperr.InvalidDateFormat),
			ConnectorMethods: []string{"makePayment"},
			Handle:           s.saveHistoricalTransaction,
		},
	}
}

func (s *Server) getTransactions(c *Call) error {
	q, err := transactionQuery(c)
	if err != nil {
		return err
	}
	through, err := c.View()
	if err != nil {
		return err
	}
	st, err := s.deps.Transactions.List(c.Ctx, c.AccountRef(), q)
	if err != nil {
		return err
	}
	out, err := moderatedTransactions(st, through)
	if err != nil {
		return err
	}
	return c.JSON(transactionsJSON{Transactions: out})
}

func (s *Server) getTransaction(c *Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	st, err := s.deps.Transactions.Get(c.Ctx, c.AccountRef(), c.Param("TRANSACTION_ID"))
	if err != nil {
		return err
	}
	out, err := moderatedTransactions(st, through)
	if err != nil {
		return err
	}
	return c.JSON(out[0])
}

// moderatedTransactions renders a statement's transactions as the view shows them.
func moderatedTransactions(st transaction.Statement, through view.View) ([]map[string]any, error) {
	out := make([]map[string]any, len(st.Transactions))
	for i, t := range st.Transactions {
		var err error
		if out[i], err = Moderate(toTransactionJSON(t, st.Account, st.Holders), transactionShape, through); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// transactionQuery reads OBP's paging and filter parameters, with OBP's errors.
func transactionQuery(c *Call) (transaction.Query, error) {
	limit, offset, err := c.Page()
	if err != nil {
		return transaction.Query{}, err
	}
	q := transaction.Query{Limit: limit, Offset: offset, Descending: true}
	switch strings.ToUpper(firstOf(c.Query("sort_direction"), c.Query("obp_sort_direction"))) {
	case "", "DESC":
	case "ASC":
		q.Descending = false
	default:
		return q, obperr.FilterSortDirection.Field("sort_direction", "")
	}
	for _, p := range []struct {
		name string
		into *time.Time
	}{{"from_date", &q.From}, {"to_date", &q.To}} {
		v := firstOf(c.Query(p.name), c.Query("obp_"+p.name))
		if v == "" {
			continue
		}
		t, ok := parseQueryTime(v)
		if !ok {
			return q, obperr.FilterDateFormatError.Field(p.name, "%s=%q", p.name, v)
		}
		*p.into = t
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.From.After(q.To) {
		return q, obperr.FilterDateFormatError.Field("from_date", "from_date is after to_date.")
	}
	return q, nil
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func parseQueryTime(v string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02T15:04:05.000Z", time.RFC3339Nano, "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func (s *Server) saveHistoricalTransaction(c *Call) error {
	var in historicalPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	posted, err := time.Parse(time.RFC3339, in.Posted)
	if err != nil {
		return obperr.InvalidDateFormat.Field("/posted", "posted=%q: want RFC 3339, e.g. 2024-01-01T09:00:00Z", in.Posted)
	}
	completed := posted
	if in.Completed != "" {
		if completed, err = time.Parse(time.RFC3339, in.Completed); err != nil {
			return obperr.InvalidDateFormat.Field("/completed", "completed=%q: want RFC 3339", in.Completed)
		}
	}
	p, err := s.deps.Transactions.RecordHistorical(c.Ctx, transaction.Historical{
		From: account.Ref{BankID: in.From.BankID, AccountID: in.From.AccountID}, To: account.Ref{BankID: in.To.BankID, AccountID: in.To.AccountID},
		Currency: in.Value.Currency, Amount: in.Value.Amount, Description: in.Description, Type: in.Type, Posted: posted, Completed: completed})
	if err != nil {
		return err
	}
	return c.JSON(historicalJSON{TransactionID: p.Debit.TransferID, From: in.From, To: in.To,
		Value: wire.FromMoney(p.Credit.Amount), Description: in.Description,
		Posted: wire.Time(p.Debit.Posted), Completed: wire.Time(p.Debit.Completed), TransactionRequestType: p.Debit.Type, ChargePolicy: in.ChargePolicy})
}
