// Package money is the one money type: an amount in integer minor units of an ISO 4217
// currency. JSON carries decimal strings ("10.50"); nothing here uses floating point.
package money

import (
	"errors"
	"strconv"
	"strings"
)

// Money is an amount of one currency in minor units (cents for EUR).
type Money struct {
	Currency string
	Minor    int64
}

var (
	// ErrCurrency is an invalid ISO 4217 code.
	ErrCurrency = errors.New("currency must be three upper-case letters (ISO 4217)")
	// ErrAmount is an amount that is not a plain decimal or has too many decimals.
	ErrAmount = errors.New("amount must be a decimal number with no more decimals than the currency allows")
)

// exponents lists the currencies whose minor unit is not 1/100.
var exponents = map[string]int{
	"BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
	"RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
	"BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}

// Exponent is the number of decimals the currency allows.
func Exponent(currency string) int {
	if e, ok := exponents[currency]; ok {
		return e
	}
	return 2
}

// ValidCurrency reports whether c looks like an ISO 4217 code.
func ValidCurrency(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// Parse reads a decimal string such as "10.5", "-3.25" or "0" in currency.
func Parse(amount, currency string) (Money, error) {
	if !ValidCurrency(currency) {
		return Money{}, ErrCurrency
	}
	// ASCII blanks only: a no-break or other Unicode space is no part of a decimal.
	s := strings.Trim(amount, " \t\r\n")
	neg := strings.HasPrefix(s, "-")
	if neg || strings.HasPrefix(s, "+") {
		s = s[1:] // one sign at most: "-+5" is not -5
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	exp := Exponent(currency)
	if whole == "" || len(frac) > exp || hasDot && frac == "" || !digits(whole) || !digits(frac) || len(whole) > 15 {
		return Money{}, ErrAmount
	}
	frac += strings.Repeat("0", exp-len(frac))
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil {
		return Money{}, ErrAmount
	}
	if neg {
		n = -n
	}
	return Money{Currency: currency, Minor: n}, nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// String formats the amount with the currency's decimals: "10.50".
func (m Money) String() string { return FormatMinor(m.Minor, m.Currency) }

// FormatMinor formats minor units of currency as a decimal string.
func FormatMinor(minor int64, currency string) string {
	exp := Exponent(currency)
	neg := minor < 0
	if neg {
		minor = -minor
	}
	s := strconv.FormatInt(minor, 10)
	if exp > 0 {
		if len(s) <= exp {
			s = strings.Repeat("0", exp-len(s)+1) + s
		}
		s = s[:len(s)-exp] + "." + s[len(s)-exp:]
	}
	if neg {
		s = "-" + s
	}
	return s
}
