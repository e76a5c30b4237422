package routing

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"GB82", `"GB82"`},
		{"a\x00b", `"a\x00b"`},
		{strings.Repeat("x", 40), `"` + strings.Repeat("x", 40) + `"`},
		{strings.Repeat("x", 41), `"` + strings.Repeat("x", 40) + `"... (41 bytes)`},
		// Cut on a rune boundary: 39 ASCII bytes then a two-byte é straddling byte 40.
		{strings.Repeat("x", 39) + "é", `"` + strings.Repeat("x", 39) + `"... (41 bytes)`},
		{strings.Repeat("\xff", 50), `"` + strings.Repeat(`\xff`, 40) + `"... (50 bytes)`},
	} {
		if got := quote(tc.in); got != tc.want {
			t.Errorf("quote(%.50q) = %s, want %s", tc.in, got, tc.want)
		}
		if !utf8.ValidString(quote(tc.in)) {
			t.Errorf("quote(%q) is not valid UTF-8", tc.in)
		}
	}
}
