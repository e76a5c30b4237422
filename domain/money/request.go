package money

import (
	"errors"

	"github.com/obp-go/obp/domain/obperr"
)

// FromRequest reads an amount a caller sent, with OBP's errors: an unknown currency is
// OBP-10003; a malformed amount is invalid (the given code) at field, a JSON pointer.
// This is the one mapping from money errors to what a client sees.
func FromRequest(amount, currency, field string, invalid *obperr.Code) (Money, error) {
	m, err := Parse(amount, currency)
	switch {
	case errors.Is(err, ErrCurrency):
		return Money{}, obperr.InvalidISOCurrencyCode
	case err != nil:
		return Money{}, invalid.Field(field, "%s", err.Error())
	}
	return m, nil
}

// PaymentFromRequest reads the amount of a movement: well formed (OBP-20054 at
// /value/amount) and above zero (OBP-40008).
func PaymentFromRequest(amount, currency string) (Money, error) {
	m, err := FromRequest(amount, currency, "/value/amount", obperr.InvalidAmount)
	if err == nil && m.Minor <= 0 {
		return Money{}, obperr.NotPositiveAmount
	}
	return m, err
}
