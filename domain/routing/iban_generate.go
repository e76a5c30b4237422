package routing

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/obp-go/obp/domain/obperr"
)

// GenerateIBAN builds the IBAN of an account a bank opens: the BBAN is nationalCode (the
// bank's own national bank/branch code, as the country's BBAN structure demands it in its
// first positions) followed by serial in decimal, zero-padded on the left to fill the rest,
// then the ISO 7064 mod 97-10 check digits. nationalCode must cover at least the bank
// identifier, so that a serial can never spell another bank's code. National check digits
// inside the BBAN (e.g. the Italian CIN) are not computed. Errors are obperr.InvalidIBAN.
func GenerateIBAN(country, nationalCode string, serial uint64) (string, error) {
	spec, ok := ibanRegistry[country]
	if !ok {
		return "", obperr.InvalidIBAN.With("cannot generate: country %s has no IBAN in the registry", quote(country))
	}
	if len(nationalCode) < spec.bankID || len(nationalCode) >= len(spec.kinds) {
		return "", obperr.InvalidIBAN.With("cannot generate: a %s national code has %d to %d characters, not %d",
			country, spec.bankID, len(spec.kinds)-1, len(nationalCode))
	}
	for i := 0; i < len(nationalCode); i++ {
		if !fitsKind(nationalCode[i], spec.kinds[i]) {
			return "", obperr.InvalidIBAN.With("cannot generate: national code %s: character %d must be a %s",
				quote(nationalCode), i+1, kindName(spec.kinds[i]))
		}
	}
	rest := spec.kinds[len(nationalCode):]
	if strings.Contains(rest, "a") {
		return "", obperr.InvalidIBAN.With("cannot generate: the %s BBAN after national code %s has letter-only positions",
			country, quote(nationalCode))
	}
	digits := strconv.FormatUint(serial, 10)
	if len(digits) > len(rest) {
		return "", obperr.InvalidIBAN.With("cannot generate: serial %s does not fit the %d positions left in a %s BBAN",
			digits, len(rest), country)
	}
	bban := nationalCode + strings.Repeat("0", len(rest)-len(digits)) + digits
	check := 98 - mod97(bban, country+"00")
	iban := fmt.Sprintf("%s%02d%s", country, check, bban)
	if err := ValidateIBAN(iban); err != nil {
		return "", err // unreachable while the registry and mod97 agree; never hand out a bad IBAN
	}
	return iban, nil
}
