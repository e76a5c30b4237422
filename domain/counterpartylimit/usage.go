package counterpartylimit

import (
	"time"

	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
)

// Tally is how many payments a window holds and their sum, in minor units.
type Tally struct {
	Count int64
	Minor int64
}

// Usage is what payments under a limit have used: in the calendar month and year (UTC)
// of a new payment, and ever. Payments that FAILED, were REJECTED or CANCELLED count in
// none: every other status (INITIATED, NEXT_CHALLENGE_PENDING, PROCESSING, COMPLETED,
// FORWARDED) holds its share, a request still awaiting answers included.
type Usage struct {
	Month Tally
	Year  Tally
	Total Tally
}

// Windows are the starts of the calendar month and year, in UTC, that hold t.
func Windows(t time.Time) (month, year time.Time) {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC), time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
}

// Admit decides whether a payment of amount fits the limit on top of usage: the
// currency must be the limit's, and no cap may be passed. A refusal is OBP-30268 naming
// the cap.
func (l Limit) Admit(u Usage, amount money.Money) error {
	if amount.Currency != l.Currency {
		return obperr.CounterpartyLimitValidationError.With("The payment's currency %s is not the limit's (%s).", amount.Currency, l.Currency)
	}
	over := func(limit, used, adding int64) bool { return limit > 0 && adding > limit-used } // no overflow: both >= 0
	format := func(minor int64) string { return money.FormatMinor(minor, l.Currency) }
	switch {
	case over(l.MaxSingleAmount, 0, amount.Minor):
		return obperr.CounterpartyLimitValidationError.With("max_single_amount is %s %s.", format(l.MaxSingleAmount), l.Currency)
	case over(l.MaxNumberOfMonthlyTransactions, u.Month.Count, 1):
		return obperr.CounterpartyLimitValidationError.With("max_number_of_monthly_transactions (%d) is reached.", l.MaxNumberOfMonthlyTransactions)
	case over(l.MaxMonthlyAmount, u.Month.Minor, amount.Minor):
		return obperr.CounterpartyLimitValidationError.With("max_monthly_amount is %s %s; %s is used this month.", format(l.MaxMonthlyAmount), l.Currency, format(u.Month.Minor))
	case over(l.MaxNumberOfYearlyTransactions, u.Year.Count, 1):
		return obperr.CounterpartyLimitValidationError.With("max_number_of_yearly_transactions (%d) is reached.", l.MaxNumberOfYearlyTransactions)
	case over(l.MaxYearlyAmount, u.Year.Minor, amount.Minor):
		return obperr.CounterpartyLimitValidationError.With("max_yearly_amount is %s %s; %s is used this year.", format(l.MaxYearlyAmount), l.Currency, format(u.Year.Minor))
	case over(l.MaxNumberOfTransactions, u.Total.Count, 1):
		return obperr.CounterpartyLimitValidationError.With("max_number_of_transactions (%d) is reached.", l.MaxNumberOfTransactions)
	case over(l.MaxTotalAmount, u.Total.Minor, amount.Minor):
		return obperr.CounterpartyLimitValidationError.With("max_total_amount is %s %s; %s is used.", format(l.MaxTotalAmount), l.Currency, format(u.Total.Minor))
	}
	return nil
}

// Status is a limit with what is used of it now (getCounterpartyLimitStatus).
type Status struct {
	Limit Limit
	Usage Usage
}
