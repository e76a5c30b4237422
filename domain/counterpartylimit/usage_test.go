package counterpartylimit

import (
	"errors"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
)

func eur(minor int64) money.Money { return money.Money{Currency: "EUR", Minor: minor} }

func TestAdmit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		limit Limit
		usage Usage
		pay   money.Money
		ok    bool
	}{
		{"no caps", Limit{Currency: "EUR"}, Usage{Total: Tally{99, 1e9}}, eur(1e6), true},
		{"other currency", Limit{Currency: "EUR"}, Usage{}, money.Money{Currency: "GBP", Minor: 1}, false},
		{"single at cap", Limit{Currency: "EUR", MaxSingleAmount: 1000}, Usage{}, eur(1000), true},
		{"single over cap", Limit{Currency: "EUR", MaxSingleAmount: 1000}, Usage{}, eur(1001), false},
		{"monthly count left", Limit{Currency: "EUR", MaxNumberOfMonthlyTransactions: 3}, Usage{Month: Tally{2, 10}}, eur(1), true},
		{"monthly count used", Limit{Currency: "EUR", MaxNumberOfMonthlyTransactions: 3}, Usage{Month: Tally{3, 10}}, eur(1), false},
		{"monthly amount exactly", Limit{Currency: "EUR", MaxMonthlyAmount: 500}, Usage{Month: Tally{1, 300}}, eur(200), true},
		{"monthly amount over", Limit{Currency: "EUR", MaxMonthlyAmount: 500}, Usage{Month: Tally{1, 300}}, eur(201), false},
		{"yearly count used", Limit{Currency: "EUR", MaxNumberOfYearlyTransactions: 2}, Usage{Year: Tally{2, 1}}, eur(1), false},
		{"yearly amount over", Limit{Currency: "EUR", MaxYearlyAmount: 100}, Usage{Year: Tally{1, 100}}, eur(1), false},
		{"total count used", Limit{Currency: "EUR", MaxNumberOfTransactions: 5}, Usage{Total: Tally{5, 5}}, eur(1), false},
		{"total amount over", Limit{Currency: "EUR", MaxTotalAmount: 1000}, Usage{Total: Tally{1, 999}}, eur(2), false},
		{"total amount fits", Limit{Currency: "EUR", MaxTotalAmount: 1000}, Usage{Total: Tally{1, 999}}, eur(1), true},
		{"huge usage does not overflow", Limit{Currency: "EUR", MaxTotalAmount: 1000}, Usage{Total: Tally{1, 1 << 62}}, eur(1 << 62), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.limit.Admit(tc.usage, tc.pay)
			if tc.ok && err != nil {
				t.Errorf("refused: %v", err)
			}
			if !tc.ok && !errors.Is(err, obperr.CounterpartyLimitValidationError) {
				t.Errorf("got %v, want OBP-30268", err)
			}
		})
	}
}

func TestWindowsAreCalendarMonthAndYearInUTC(t *testing.T) {
	berlin := time.FixedZone("CEST", 2*3600)
	for _, tc := range []struct {
		at          time.Time
		month, year string
	}{
		{time.Date(2025, 3, 15, 12, 0, 0, 0, time.UTC), "2025-03-01", "2025-01-01"},
		// 01:30 on 1 April in Berlin is still 31 March in UTC.
		{time.Date(2025, 4, 1, 1, 30, 0, 0, berlin), "2025-03-01", "2025-01-01"},
		{time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), "2026-01-01", "2026-01-01"},
		{time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC), "2025-12-01", "2025-01-01"},
	} {
		m, y := Windows(tc.at)
		if m.Format(time.DateOnly) != tc.month || y.Format(time.DateOnly) != tc.year || m.Location() != time.UTC {
			t.Errorf("Windows(%v) = %v, %v; want %s, %s", tc.at, m, y, tc.month, tc.year)
		}
	}
}

func TestNewCaps(t *testing.T) {
	var l Limit
	n := New{Currency: "EUR", MaxSingleAmount: "10.50", MaxMonthlyAmount: "", MaxNumberOfTransactions: 4}
	if err := n.caps(&l); err != nil {
		t.Fatal(err)
	}
	if l.MaxSingleAmount != 1050 || l.MaxMonthlyAmount != 0 || l.MaxNumberOfTransactions != 4 || l.Currency != "EUR" {
		t.Errorf("caps = %+v", l)
	}
	for _, bad := range []struct {
		n    New
		code *obperr.Code
	}{
		{New{Currency: "eur"}, obperr.InvalidISOCurrencyCode},
		{New{Currency: "EUR", MaxSingleAmount: "1.234"}, obperr.InvalidAmount},
		{New{Currency: "EUR", MaxTotalAmount: "-1"}, obperr.InvalidAmount},
		{New{Currency: "EUR", MaxYearlyAmount: "ten"}, obperr.InvalidAmount},
		{New{Currency: "EUR", MaxNumberOfYearlyTransactions: -1}, obperr.InvalidNumber},
	} {
		if err := bad.n.Check(); !errors.Is(err, bad.code) {
			t.Errorf("Check(%+v) = %v, want %s", bad.n, err, bad.code.ID)
		}
	}
}
