package counterpartylimit

import (
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
)

// New is a limit as a client writes it (OBP's PostCounterpartyLimitV510): amounts as
// decimal strings in Currency, counts as whole numbers; "" or 0 sets no cap.
type New struct {
	Currency                       string
	MaxSingleAmount                string
	MaxMonthlyAmount               string
	MaxNumberOfMonthlyTransactions int64
	MaxYearlyAmount                string
	MaxNumberOfYearlyTransactions  int64
	MaxTotalAmount                 string
	MaxNumberOfTransactions        int64
	// Field prefixes the JSON pointers of errors ("" for a limit posted on its own,
	// "/to_account/limit" inside a VRP consent request).
	Field string
}

// caps reads n into l's currency, amounts and counts: OBP-10003 for a bad currency,
// OBP-20054 at the field for a malformed or negative amount, OBP-10002 for a negative count.
func (n New) caps(l *Limit) error {
	if !money.ValidCurrency(n.Currency) {
		return obperr.InvalidISOCurrencyCode.Field(n.Field+"/currency", "currency: got %q.", n.Currency)
	}
	l.Currency = n.Currency
	amounts := []struct {
		name string
		in   string
		out  *int64
	}{
		{"max_single_amount", n.MaxSingleAmount, &l.MaxSingleAmount},
		{"max_monthly_amount", n.MaxMonthlyAmount, &l.MaxMonthlyAmount},
		{"max_yearly_amount", n.MaxYearlyAmount, &l.MaxYearlyAmount},
		{"max_total_amount", n.MaxTotalAmount, &l.MaxTotalAmount},
	}
	for _, a := range amounts {
		if a.in == "" {
			*a.out = 0
			continue
		}
		m, err := money.FromRequest(a.in, n.Currency, n.Field+"/"+a.name, obperr.InvalidAmount)
		if err != nil {
			return err
		}
		if m.Minor < 0 {
			return obperr.InvalidAmount.Field(n.Field+"/"+a.name, "%s must not be negative.", a.name)
		}
		*a.out = m.Minor
	}
	counts := []struct {
		name string
		in   int64
		out  *int64
	}{
		{"max_number_of_monthly_transactions", n.MaxNumberOfMonthlyTransactions, &l.MaxNumberOfMonthlyTransactions},
		{"max_number_of_yearly_transactions", n.MaxNumberOfYearlyTransactions, &l.MaxNumberOfYearlyTransactions},
		{"max_number_of_transactions", n.MaxNumberOfTransactions, &l.MaxNumberOfTransactions},
	}
	for _, c := range counts {
		if c.in < 0 {
			return obperr.InvalidNumber.Field(n.Field+"/"+c.name, "%s must not be negative.", c.name)
		}
		*c.out = c.in
	}
	return nil
}

// Check refuses a limit that could never be stored, without storing anything.
func (n New) Check() error { return n.caps(&Limit{}) }
