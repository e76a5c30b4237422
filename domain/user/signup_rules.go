package user

import "github.com/obp-go/obp/domain/obperr"

// ValidatePasswordSendable refuses a password that could never be sent back to log in:
// an HTTP header cannot carry control characters other than tab. Anything else can be
// sent quoted (auth.QuoteDirectLogin).
func ValidatePasswordSendable(p string) error {
	for _, r := range p {
		if r < 0x20 && r != '\t' || r == 0x7f {
			return obperr.InvalidRequestPayload.Field("/password",
				"password: line breaks and other control characters (tab excepted) cannot be sent in a DirectLogin header, so they cannot be part of a password.")
		}
	}
	return nil
}
