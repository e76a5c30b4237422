package routing

import (
	"fmt"

	"github.com/obp-go/obp/domain/obperr"
)

// NormalizeIBAN turns the print format ("GB82 WEST 1234 ...") into the electronic one:
// spaces removed and ASCII letters upper-cased. Nothing else is changed or dropped, so any
// other separator or character still fails ValidateIBAN; in particular non-ASCII letters are
// not upper-cased, since Unicode case mapping turns some of them into ASCII (ſ -> S).
func NormalizeIBAN(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			continue
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		}
		out = append(out, c)
	}
	return string(out)
}

// ValidateIBAN checks an IBAN in electronic format (see NormalizeIBAN): a country of the
// IBAN registry, that country's length and BBAN structure, and the ISO 7064 mod 97-10
// check digits. Failures are obperr.InvalidIBAN saying what is wrong.
func ValidateIBAN(s string) error {
	if problem := ibanProblem(s); problem != "" {
		return obperr.InvalidIBAN.With("%s", problem)
	}
	return nil
}

// BBANLength is the length of country's BBAN (the IBAN without country code and check
// digits), so a caller knows how many positions follow its national code.
func BBANLength(country string) (int, bool) {
	spec, ok := ibanRegistry[country]
	return len(spec.kinds), ok
}

// ibanProblem says what is wrong with s as an IBAN, or "" if nothing is.
func ibanProblem(s string) string {
	if len(s) < 4 || !isUpper(s[0]) || !isUpper(s[1]) {
		return fmt.Sprintf("%s must start with a two-letter upper-case country code and two check digits", quote(s))
	}
	spec, ok := ibanRegistry[s[:2]]
	if !ok {
		return fmt.Sprintf("%s: country %s has no IBAN in the registry", quote(s), s[:2])
	}
	if len(s) != spec.length {
		return fmt.Sprintf("%s: a %s IBAN has %d characters, not %d", quote(s), s[:2], spec.length, len(s))
	}
	// 00, 01 and 99 are never issued: 99 and 02 (00 and 97, 01 and 98) would both pass
	// mod 97, giving one account two spellings.
	if !isDigit(s[2]) || !isDigit(s[3]) || s[2:4] < "02" || s[2:4] > "98" {
		return fmt.Sprintf("%s: check digits must be 02 to 98", quote(s))
	}
	bban := s[4:]
	for i := 0; i < len(bban); i++ {
		if !fitsKind(bban[i], spec.kinds[i]) {
			return fmt.Sprintf("%s: character %d does not fit the %s BBAN structure (%s expected)",
				quote(s), i+5, s[:2], kindName(spec.kinds[i]))
		}
	}
	if mod97(bban, s[:4]) != 1 {
		return fmt.Sprintf("%s: check digits do not match", quote(s))
	}
	return ""
}

// mod97 is ISO 7064 mod 97-10 of head+tail with letters read as 10..35, computed one
// character at a time so no big integers are needed. Both parts must be [0-9A-Z].
func mod97(head, tail string) int {
	r := 0
	for _, part := range [2]string{head, tail} {
		for i := 0; i < len(part); i++ {
			c := part[i]
			if isDigit(c) {
				r = (r*10 + int(c-'0')) % 97
			} else {
				r = (r*100 + int(c-'A') + 10) % 97
			}
		}
	}
	return r
}

func kindName(kind byte) string {
	switch kind {
	case 'n':
		return "digit"
	case 'a':
		return "upper-case letter"
	}
	return "digit or upper-case letter"
}
