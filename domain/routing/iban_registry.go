package routing

import (
	"fmt"
	"strconv"
)

// ibanCountry is one entry of the SWIFT IBAN registry (ISO 13616).
type ibanCountry struct {
	country string // ISO 3166 alpha-2 code that starts the IBAN
	length  int    // total IBAN length, country code and check digits included
	bban    string // BBAN structure: n = digits, a = upper-case letters, c = upper-case alphanumerics
	// bankID is how many leading BBAN positions hold the bank identifier; for IT and SM it
	// includes the national check character (CIN) that precedes it.
	bankID int
}

// ibanCountries is the SWIFT IBAN registry as of 2025 (89 countries): every country whose
// IBAN is registered there. Territories that use another country's IBAN (e.g. GF, JE, AX) are
// not listed: their IBANs start with FR, GB, FI.
var ibanCountries = []ibanCountry{
	{"AD", 24, "4!n4!n12!c", 4},
	{"AE", 23, "3!n16!n", 3},
	{"AL", 28, "8!n16!c", 3},
	{"AT", 20, "5!n11!n", 5},
	{"AZ", 28, "4!a20!c", 4},
	{"BA", 20, "3!n3!n8!n2!n", 3},
	{"BE", 16, "3!n7!n2!n", 3},
	{"BG", 22, "4!a4!n2!n8!c", 4},
	{"BH", 22, "4!a14!c", 4},
	{"BI", 27, "5!n5!n11!n2!n", 5},
	{"BR", 29, "8!n5!n10!n1!a1!c", 8},
	{"BY", 28, "4!c4!n16!c", 4},
	{"CH", 21, "5!n12!c", 5},
	{"CR", 22, "4!n14!n", 4},
	{"CY", 28, "3!n5!n16!c", 3},
	{"CZ", 24, "4!n6!n10!n", 4},
	{"DE", 22, "8!n10!n", 8},
	{"DJ", 27, "5!n5!n11!n2!n", 5},
	{"DK", 18, "4!n9!n1!n", 4},
	{"DO", 28, "4!c20!n", 4},
	{"EE", 20, "2!n2!n11!n1!n", 2},
	{"EG", 29, "4!n4!n17!n", 4},
	{"ES", 24, "4!n4!n1!n1!n10!n", 4},
	{"FI", 18, "3!n11!n", 3},
	{"FK", 18, "2!a12!n", 2},
	{"FO", 18, "4!n9!n1!n", 4},
	{"FR", 27, "5!n5!n11!c2!n", 5},
	{"GB", 22, "4!a6!n8!n", 4},
	{"GE", 22, "2!a16!n", 2},
	{"GI", 23, "4!a15!c", 4},
	{"GL", 18, "4!n9!n1!n", 4},
	{"GR", 27, "3!n4!n16!c", 3},
	{"GT", 28, "4!c20!c", 4},
	{"HN", 28, "4!a20!n", 4},
	{"HR", 21, "7!n10!n", 7},
	{"HU", 28, "3!n4!n1!n15!n1!n", 3},
	{"IE", 22, "4!a6!n8!n", 4},
	{"IL", 23, "3!n3!n13!n", 3},
	{"IQ", 23, "4!a3!n12!n", 4},
	{"IS", 26, "4!n2!n6!n10!n", 4},
	{"IT", 27, "1!a5!n5!n12!c", 6},
	{"JO", 30, "4!a4!n18!c", 4},
	{"KW", 30, "4!a22!c", 4},
	{"KZ", 20, "3!n13!c", 3},
	{"LB", 28, "4!n20!c", 4},
	{"LC", 32, "4!a24!c", 4},
	{"LI", 21, "5!n12!c", 5},
	{"LT", 20, "5!n11!n", 5},
	{"LU", 20, "3!n13!c", 3},
	{"LV", 21, "4!a13!c", 4},
	{"LY", 25, "3!n3!n15!n", 3},
	{"MC", 27, "5!n5!n11!c2!n", 5},
	{"MD", 24, "2!c18!c", 2},
	{"ME", 22, "3!n13!n2!n", 3},
	{"MK", 19, "3!n10!c2!n", 3},
	{"MN", 20, "4!n12!n", 4},
	{"MR", 27, "5!n5!n11!n2!n", 5},
	{"MT", 31, "4!a5!n18!c", 4},
	{"MU", 30, "4!a2!n2!n12!n3!n3!a", 6},
	{"NI", 28, "4!a20!n", 4},
	{"NL", 18, "4!a10!n", 4},
	{"NO", 15, "4!n6!n1!n", 4},
	{"OM", 23, "3!n16!c", 3},
	{"PK", 24, "4!a16!c", 4},
	{"PL", 28, "8!n16!n", 8},
	{"PS", 29, "4!a21!c", 4},
	{"PT", 25, "4!n4!n11!n2!n", 4},
	{"QA", 29, "4!a21!c", 4},
	{"RO", 24, "4!a16!c", 4},
	{"RS", 22, "3!n13!n2!n", 3},
	{"RU", 33, "9!n5!n15!c", 9},
	{"SA", 24, "2!n18!c", 2},
	{"SC", 31, "4!a2!n2!n16!n3!a", 6},
	{"SD", 18, "2!n12!n", 2},
	{"SE", 24, "3!n16!n1!n", 3},
	{"SI", 19, "5!n8!n2!n", 5},
	{"SK", 24, "4!n6!n10!n", 4},
	{"SM", 27, "1!a5!n5!n12!c", 6},
	{"SO", 23, "4!n3!n12!n", 4},
	{"ST", 25, "4!n4!n11!n2!n", 4},
	{"SV", 28, "4!a20!n", 4},
	{"TL", 23, "3!n14!n2!n", 3},
	{"TN", 24, "2!n3!n13!n2!n", 2},
	{"TR", 26, "5!n1!n16!c", 5},
	{"UA", 29, "6!n19!c", 6},
	{"VA", 22, "3!n15!n", 3},
	{"VG", 24, "4!a16!n", 4},
	{"XK", 20, "4!n10!n2!n", 2},
	{"YE", 30, "4!a4!n18!c", 4},
}

// ibanSpec is a registry entry expanded for checking: one character class per BBAN position.
type ibanSpec struct {
	length int
	kinds  string // "aaaannnnnn...": the class each BBAN position must hold
	bankID int
}

var ibanRegistry = buildIBANRegistry(ibanCountries)

// buildIBANRegistry expands the table once. The table is static data, so a malformed entry
// is a programming error and panics at start-up (TestIBANRegistryIsConsistent pins it).
func buildIBANRegistry(countries []ibanCountry) map[string]ibanSpec {
	reg := make(map[string]ibanSpec, len(countries))
	for _, c := range countries {
		kinds, err := expandBBAN(c.bban)
		if err != nil {
			panic(fmt.Sprintf("routing: IBAN registry entry %s: %v", c.country, err))
		}
		if len(kinds)+4 != c.length || c.bankID < 1 || c.bankID > len(kinds) {
			panic(fmt.Sprintf("routing: IBAN registry entry %s: length %d does not fit %q", c.country, c.length, c.bban))
		}
		if _, dup := reg[c.country]; dup {
			panic("routing: IBAN registry entry duplicated: " + c.country)
		}
		reg[c.country] = ibanSpec{length: c.length, kinds: kinds, bankID: c.bankID}
	}
	return reg
}

// expandBBAN turns "4!a6!n" into "aaaannnnnn". Only fixed-length segments occur in the registry.
func expandBBAN(format string) (string, error) {
	if format == "" {
		return "", fmt.Errorf("empty structure")
	}
	var out []byte
	for i := 0; i < len(format); {
		j := i
		for j < len(format) && format[j] >= '0' && format[j] <= '9' {
			j++
		}
		if j == i || j+2 > len(format) || format[j] != '!' {
			return "", fmt.Errorf("bad segment at %d in %q", i, format)
		}
		n, err := strconv.Atoi(format[i:j])
		if err != nil || n < 1 {
			return "", fmt.Errorf("bad count in %q", format)
		}
		kind := format[j+1]
		if kind != 'n' && kind != 'a' && kind != 'c' {
			return "", fmt.Errorf("bad class %q in %q", kind, format)
		}
		for range n {
			out = append(out, kind)
		}
		i = j + 2
	}
	return string(out), nil
}

// fitsKind reports whether c is allowed where the structure demands kind.
func fitsKind(c, kind byte) bool {
	switch kind {
	case 'n':
		return isDigit(c)
	case 'a':
		return isUpper(c)
	case 'c':
		return isDigit(c) || isUpper(c)
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
