package user

import (
	"errors"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

func TestValidateUsername(t *testing.T) {
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"Victim1", true},
		{"felix.smith-2_x", true},
		{"a,b\"c=d", true}, // awkward but expressible: DirectLogin quotes it
		{"张伟", true},       // no case: folds alike everywhere
		{"José", false},    // é has an upper case SQLite would not fold
		{"ÄRGER", false},
		{"\u212Aelvin", false}, // the Kelvin sign folds to k: a look-alike of "kelvin"
		{"stra\u00dfe", false}, // ß folds to ẞ
	} {
		err := ValidateUsername(tc.name)
		if (err == nil) != tc.ok || err != nil && !errors.Is(err, obperr.InvalidRequestPayload) {
			t.Errorf("ValidateUsername(%q) = %v, want ok=%v", tc.name, err, tc.ok)
		}
	}
}

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
