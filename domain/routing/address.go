package routing

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

const (
	maxSchemeLength        = 64
	maxAccountNumberLength = 34
	maxAddressLength       = 255 // characters, for schemes without a rule of their own
)

// ValidateAccountRouting is the one check callers apply to an account routing: the scheme's
// syntax, then the address by the rule of its scheme (matched case-insensitively). The
// address is taken as given: an IBAN must already be in electronic format. An invalid IBAN
// is obperr.InvalidIBAN, anything else obperr.InvalidAccountRoutings.
func ValidateAccountRouting(scheme, address string) error {
	if !validScheme(scheme) {
		return obperr.InvalidAccountRoutings.With("scheme %s must be 1 to %d characters of A-Z a-z 0-9 _ -",
			quote(scheme), maxSchemeLength)
	}
	var problem string
	switch strings.ToUpper(scheme) {
	case "IBAN":
		if problem = ibanProblem(address); problem != "" {
			return obperr.InvalidIBAN.With("scheme %s: %s", scheme, problem)
		}
		return nil
	case "BIC", "SWIFT_BIC":
		problem = bicProblem(address)
	case "SORT_CODE":
		problem = sortCodeProblem(address)
	case "BLZ":
		if !allDigits(address, 8) {
			problem = fmt.Sprintf("address %s must be 8 digits", quote(address))
		}
	case "ABA", "ROUTING_NUMBER":
		problem = abaProblem(address)
	case "ACCOUNT_NUMBER", "ACCOUNTNUMBER":
		problem = accountNumberProblem(address)
	case "OBP", "ACCOUNT_ID":
		if !ids.Valid(address) {
			problem = fmt.Sprintf("address %s must be 1 to %d characters of 0-9 a-z A-Z - . _",
				quote(address), ids.MaxLength-1)
		}
	default:
		problem = freeTextProblem(address)
	}
	if problem != "" {
		return obperr.InvalidAccountRoutings.With("scheme %s: %s", scheme, problem)
	}
	return nil
}

func validScheme(s string) bool {
	if s == "" || len(s) > maxSchemeLength {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isDigit(c) && !isUpper(c) && !(c >= 'a' && c <= 'z') && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// sortCodeProblem accepts a UK sort code as 6 digits or NN-NN-NN.
func sortCodeProblem(s string) string {
	if allDigits(s, 6) {
		return ""
	}
	if len(s) == 8 && s[2] == '-' && s[5] == '-' && allDigits(s[:2]+s[3:5]+s[6:], 6) {
		return ""
	}
	return fmt.Sprintf("address %s must be 6 digits, optionally written NN-NN-NN", quote(s))
}

// abaProblem checks an ABA routing transit number: 9 digits whose 3-7-1 weighted sum is a
// multiple of 10.
func abaProblem(s string) string {
	if !allDigits(s, 9) {
		return fmt.Sprintf("address %s must be 9 digits", quote(s))
	}
	weights := [3]int{3, 7, 1}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(s[i]-'0') * weights[i%3]
	}
	if sum%10 != 0 {
		return fmt.Sprintf("address %s fails the ABA checksum", quote(s))
	}
	return ""
}

func accountNumberProblem(s string) string {
	ok := s != "" && len(s) <= maxAccountNumberLength
	for i := 0; ok && i < len(s); i++ {
		c := s[i]
		ok = isDigit(c) || isUpper(c) || c >= 'a' && c <= 'z' || c == '-'
	}
	if !ok {
		return fmt.Sprintf("address %s must be 1 to %d characters of A-Z a-z 0-9 -", quote(s), maxAccountNumberLength)
	}
	return ""
}

// freeTextProblem is the rule for schemes this package does not know: printable text, no
// control or invisible formatting characters, no surrounding white space.
func freeTextProblem(s string) string {
	if s == "" {
		return "address must not be empty"
	}
	if !utf8.ValidString(s) {
		return fmt.Sprintf("address %s is not valid UTF-8", quote(s))
	}
	if n := utf8.RuneCountInString(s); n > maxAddressLength {
		return fmt.Sprintf("address %s has %d characters, at most %d allowed", quote(s), n, maxAddressLength)
	}
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return fmt.Sprintf("address %s holds the non-printable character %U", quote(s), r)
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		return fmt.Sprintf("address %s must not start or end with white space", quote(s))
	}
	return ""
}

// allDigits reports whether s is exactly n ASCII digits.
func allDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
