package money

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// FuzzParse holds Parse to a plain decimal grammar: an optional sign, at most 15 whole
// digits, at most the currency's decimals; and what it accepts formats and parses back
// to the same amount. The seeds run in every plain `go test`.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"10.50", "10.5", "0", "-3.25", "+7", "1e3", "", "1.", ".5", "-+5", "+-5", "--1", " 5 ",
		"\u00a05", "0x10", "1_000", "999999999999999.99", "9999999999999999", "-0", "00012.30", "1,5", "١٢"} {
		for _, cur := range []string{"EUR", "JPY", "KWD", "eur", ""} {
			f.Add(s, cur)
		}
	}
	f.Fuzz(func(t *testing.T, amount, currency string) {
		m, err := Parse(amount, currency)
		if err != nil {
			return
		}
		exp := Exponent(currency)
		grammar := `^[+-]?[0-9]{1,15}$`
		if exp > 0 {
			grammar = `^[+-]?[0-9]{1,15}(\.[0-9]{1,` + strconv.Itoa(exp) + `})?$`
		}
		if !regexp.MustCompile(grammar).MatchString(strings.Trim(amount, " \t\r\n")) {
			t.Fatalf("Parse(%q, %q) accepted %d, outside %s", amount, currency, m.Minor, grammar)
		}
		if m.Currency != currency {
			t.Fatalf("Parse(%q, %q).Currency = %q", amount, currency, m.Currency)
		}
		back, err := Parse(m.String(), currency)
		if err != nil || back != m {
			t.Fatalf("Parse(%q, %q) = %v; its String %q parses to %v, %v", amount, currency, m, m.String(), back, err)
		}
	})
}
