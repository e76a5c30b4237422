package money

import "testing"

func TestParseAndFormat(t *testing.T) {
	for _, tc := range []struct {
		in, cur string
		minor   int64
		out     string
		err     bool
	}{
		{"10.50", "EUR", 1050, "10.50", false},
		{"10.5", "EUR", 1050, "10.50", false},
		{"0", "EUR", 0, "0.00", false},
		{"-3.25", "EUR", -325, "-3.25", false},
		{"0.01", "EUR", 1, "0.01", false},
		{"1000", "JPY", 1000, "1000", false},
		{"1.234", "KWD", 1234, "1.234", false},
		{"1.234", "EUR", 0, "", true},
		{"1.5", "JPY", 0, "", true},
		{"1e3", "EUR", 0, "", true},
		{"", "EUR", 0, "", true},
		{"1.", "EUR", 0, "", true},
		{".5", "EUR", 0, "", true},
		{"12", "eur", 0, "", true},
		{"9999999999999999", "EUR", 0, "", true},
	} {
		m, err := Parse(tc.in, tc.cur)
		if (err != nil) != tc.err {
			t.Errorf("Parse(%q, %q) error = %v", tc.in, tc.cur, err)
			continue
		}
		if err == nil && (m.Minor != tc.minor || m.String() != tc.out) {
			t.Errorf("Parse(%q, %q) = %d %q, want %d %q", tc.in, tc.cur, m.Minor, m.String(), tc.minor, tc.out)
		}
	}
}

// FuzzParse found Parse taking "-+5" for -5 (it stripped a minus, then a plus) and a
// no-break space as a blank ("\u00a05" for 5).
func TestParseRefusesTwoSignsAndUnicodeSpaces(t *testing.T) {
	for _, in := range []string{"-+5", "+-5", "--5", "++5", "\u00a05", "5\u2003", "\u00855"} {
		if m, err := Parse(in, "EUR"); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", in, m)
		}
	}
	for _, in := range []string{" 5", "5\t", "+5", "-5"} {
		if _, err := Parse(in, "EUR"); err != nil {
			t.Errorf("Parse(%q): %v", in, err)
		}
	}
}
