package routing

import (
	"fmt"

	"github.com/obp-go/obp/domain/obperr"
)

// ValidateBIC checks a BIC (ISO 9362) in upper case: 4 letters for the institution, 2 for
// a known ISO 3166 country, 2 alphanumerics for the location and optionally 3 for the
// branch. Failures are obperr.InvalidAccountRoutings.
func ValidateBIC(s string) error {
	if problem := bicProblem(s); problem != "" {
		return obperr.InvalidAccountRoutings.With("%s", problem)
	}
	return nil
}

// CountryOfBIC is the country code of a valid BIC, "" if bic is not one.
func CountryOfBIC(bic string) string {
	if bicProblem(bic) != "" {
		return ""
	}
	return bic[4:6]
}

func bicProblem(s string) string {
	if len(s) != 8 && len(s) != 11 {
		return fmt.Sprintf("BIC %s must have 8 or 11 characters", quote(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i < 6 && !isUpper(c) || i >= 6 && !isUpper(c) && !isDigit(c) {
			return fmt.Sprintf("BIC %s: 4+2 upper-case letters then upper-case letters or digits expected", quote(s))
		}
	}
	if !isCountry(s[4:6]) {
		return fmt.Sprintf("BIC %s: %s is not an ISO 3166 country code", quote(s), s[4:6])
	}
	return ""
}
