package user

import (
	"errors"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

func TestPasswordsThatCannotBeSentAreRefused(t *testing.T) {
	for _, tc := range []struct {
		p  string
		ok bool
	}{
		{`back\slash,"and"quote=Aa1xxxx`, true},
		{"   spaces inside Aa1 x", true},
		{"tab\tinside-Aa1-xxxx", true},
		{"Ünïcødé-Pässwörd-1", true},
		{"line\nbreak-Aa1-xxxx", false},
		{"carriage\rreturn-Aa1", false},
		{"nul\x00byte-Aa1-xxxx", false},
		{"delete\x7f-Aa1-xxxx", false},
	} {
		err := ValidatePasswordSendable(tc.p)
		if (err == nil) != tc.ok || err != nil && !errors.Is(err, obperr.InvalidRequestPayload) {
			t.Errorf("ValidatePasswordSendable(%q) = %v, want ok=%v", tc.p, err, tc.ok)
		}
	}
}
