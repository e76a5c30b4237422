package counterpartylimits

import (
	"github.com/obp-go/obp/domain/counterpartylimit"
	"github.com/obp-go/obp/domain/money"
)

// limitPostJSON is OBP's PostCounterpartyLimitV510 (create and update).
type limitPostJSON struct {
	Currency                       string `json:"currency"`
	MaxSingleAmount                string `json:"max_single_amount"`
	MaxMonthlyAmount               string `json:"max_monthly_amount"`
	MaxNumberOfMonthlyTransactions int64  `json:"max_number_of_monthly_transactions"`
	MaxYearlyAmount                string `json:"max_yearly_amount"`
	MaxNumberOfYearlyTransactions  int64  `json:"max_number_of_yearly_transactions"`
	MaxTotalAmount                 string `json:"max_total_amount"`
	MaxNumberOfTransactions        int64  `json:"max_number_of_transactions"`
}

func (in limitPostJSON) toNew() counterpartylimit.New {
	return counterpartylimit.New{Currency: in.Currency, MaxSingleAmount: in.MaxSingleAmount, MaxMonthlyAmount: in.MaxMonthlyAmount,
		MaxNumberOfMonthlyTransactions: in.MaxNumberOfMonthlyTransactions, MaxYearlyAmount: in.MaxYearlyAmount,
		MaxNumberOfYearlyTransactions: in.MaxNumberOfYearlyTransactions, MaxTotalAmount: in.MaxTotalAmount,
		MaxNumberOfTransactions: in.MaxNumberOfTransactions}
}

// limitJSON is OBP's CounterpartyLimitV510.
type limitJSON struct {
	CounterpartyLimitID            string `json:"counterparty_limit_id"`
	BankID                         string `json:"bank_id"`
	AccountID                      string `json:"account_id"`
	ViewID                         string `json:"view_id"`
	CounterpartyID                 string `json:"counterparty_id"`
	Currency                       string `json:"currency"`
	MaxSingleAmount                string `json:"max_single_amount"`
	MaxMonthlyAmount               string `json:"max_monthly_amount"`
	MaxNumberOfMonthlyTransactions int64  `json:"max_number_of_monthly_transactions"`
	MaxYearlyAmount                string `json:"max_yearly_amount"`
	MaxNumberOfYearlyTransactions  int64  `json:"max_number_of_yearly_transactions"`
	MaxTotalAmount                 string `json:"max_total_amount"`
	MaxNumberOfTransactions        int64  `json:"max_number_of_transactions"`
}

func toLimitJSON(l counterpartylimit.Limit) limitJSON {
	f := func(minor int64) string { return money.FormatMinor(minor, l.Currency) }
	return limitJSON{CounterpartyLimitID: l.ID, BankID: l.BankID, AccountID: l.AccountID, ViewID: l.ViewID,
		CounterpartyID: l.CounterpartyID, Currency: l.Currency, MaxSingleAmount: f(l.MaxSingleAmount),
		MaxMonthlyAmount: f(l.MaxMonthlyAmount), MaxNumberOfMonthlyTransactions: l.MaxNumberOfMonthlyTransactions,
		MaxYearlyAmount: f(l.MaxYearlyAmount), MaxNumberOfYearlyTransactions: l.MaxNumberOfYearlyTransactions,
		MaxTotalAmount: f(l.MaxTotalAmount), MaxNumberOfTransactions: l.MaxNumberOfTransactions}
}

// limitStatusJSON is OBP's CounterpartyLimitStatusV510: the limit, and in status what
// is used of each cap now (the calendar month and year in UTC, and ever).
type limitStatusJSON struct {
	limitJSON
	Status usedJSON `json:"status"`
}

type usedJSON struct {
	CurrencyStatus                       string `json:"currency_status"`
	MaxMonthlyAmountStatus               string `json:"max_monthly_amount_status"`
	MaxNumberOfMonthlyTransactionsStatus int64  `json:"max_number_of_monthly_transactions_status"`
	MaxYearlyAmountStatus                string `json:"max_yearly_amount_status"`
	MaxNumberOfYearlyTransactionsStatus  int64  `json:"max_number_of_yearly_transactions_status"`
	MaxTotalAmountStatus                 string `json:"max_total_amount_status"`
	MaxNumberOfTransactionsStatus        int64  `json:"max_number_of_transactions_status"`
}

func toLimitStatusJSON(s counterpartylimit.Status) limitStatusJSON {
	f := func(minor int64) string { return money.FormatMinor(minor, s.Limit.Currency) }
	u := s.Usage
	return limitStatusJSON{limitJSON: toLimitJSON(s.Limit), Status: usedJSON{CurrencyStatus: s.Limit.Currency,
		MaxMonthlyAmountStatus: f(u.Month.Minor), MaxNumberOfMonthlyTransactionsStatus: u.Month.Count,
		MaxYearlyAmountStatus: f(u.Year.Minor), MaxNumberOfYearlyTransactionsStatus: u.Year.Count,
		MaxTotalAmountStatus: f(u.Total.Minor), MaxNumberOfTransactionsStatus: u.Total.Count}}
}

var exampleLimit = counterpartylimit.Limit{ID: "abc9a7e4-6d02-40e3-a129-0b2bf89de9b1", BankID: "gh.29.uk",
	AccountID: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0", ViewID: "owner", CounterpartyID: "9fg8a7e4-6d02-40e3-a129-0b2bf89de8uh",
	Currency: "EUR", MaxSingleAmount: 100011, MaxMonthlyAmount: 1000011, MaxNumberOfMonthlyTransactions: 10,
	MaxYearlyAmount: 1200011, MaxNumberOfYearlyTransactions: 100, MaxTotalAmount: 1000012, MaxNumberOfTransactions: 100}

var exampleLimitPost = limitPostJSON{Currency: "EUR", MaxSingleAmount: "1000.11", MaxMonthlyAmount: "10000.11",
	MaxNumberOfMonthlyTransactions: 10, MaxYearlyAmount: "12000.11", MaxNumberOfYearlyTransactions: 100,
	MaxTotalAmount: "10000.12", MaxNumberOfTransactions: 100}
