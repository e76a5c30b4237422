package user

import (
	"unicode"

	"github.com/obp-go/obp/domain/obperr"
)

// ValidateUsername refuses a letter outside ASCII that has another case. Usernames are
// unique regardless of case, and the databases fold only A-Z alike (SQLite's lower()
// knows no other letters), so "Ä" and "ä" could otherwise be two people.
func ValidateUsername(name string) error {
	for _, r := range name {
		if r > unicode.MaxASCII && unicode.SimpleFold(r) != r {
			return obperr.InvalidRequestPayload.Field("/username",
				"username: letters that have upper and lower case must be ASCII (a-z, A-Z); got %q.", string(r))
		}
	}
	return nil
}

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
