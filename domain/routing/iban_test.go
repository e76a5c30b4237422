package routing

import (
	"errors"
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

func TestNormalizeIBAN(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"},
		{"gb82west12345698765432", "GB82WEST12345698765432"},
		{"  de89 3704 0044 0532 0130 00 ", "DE89370400440532013000"},
		{"", ""},
		// Only spaces go and only ASCII is upper-cased: the rest is left for ValidateIBAN to refuse.
		{"GB82-WEST-1234", "GB82-WEST-1234"},
		{"GB82\tWEST", "GB82\tWEST"},
		{"GB82\u00a0WEST", "GB82\u00a0WEST"},
		{"gb82 weſt", "GB82WEſT"},
		{"ıban", "ıBAN"},
	} {
		if got := NormalizeIBAN(tc.in); got != tc.want {
			t.Errorf("NormalizeIBAN(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestValidateIBANAcceptsWellKnownExamples(t *testing.T) {
	for _, iban := range []string{
		"GB82WEST12345698765432",
		"GB29NWBK60161331926819",
		"DE89370400440532013000",
		"FR1420041010050500013M02606",
		"ES9121000418450200051332",
		"NL91ABNA0417164300",
		"BE68539007547034",
		"CH9300762011623852957",
		"IT60X0542811101000000123456",
		"NO9386011117947",
		"LC55HEMM000100010012001200023015",
	} {
		if err := ValidateIBAN(iban); err != nil {
			t.Errorf("ValidateIBAN(%q) = %v", iban, err)
		}
	}
}

func TestValidateIBANRejects(t *testing.T) {
	for name, iban := range map[string]string{
		"empty":                   "",
		"squatted free text":      "not-an-iban !!",
		"one digit changed":       "GB82WEST12345698765433",
		"check digit changed":     "GB83WEST12345698765432",
		"adjacent digits swapped": "GB82WEST12345698765423",
		"too short":               "GB82WEST1234569876543",
		"too long":                "GB82WEST123456987654321",
		"unknown country":         "US82WEST12345698765432",
		"country not letters":     "1282WEST12345698765432",
		"lower case":              "gb82west12345698765432",
		"lower case country only": "gB82WEST12345698765432",
		"lower case in BBAN":      "GB82wEST12345698765432",
		"print format":            "GB82 WEST 1234 5698 7654 32",
		"hyphens":                 "GB82-WEST-1234-5698-7654-32",
		"letter where digit due":  "GB82WEST1234569876543A",
		"digit where letter due":  "GB82WES012345698765432",
		"non-ASCII letter":        "GB82WEſT12345698765432",
		"non-ASCII digit":         "GB82WEST12345698765٤32",
		"NUL byte":                "GB82WEST1234569876543\x00",
		"NUL inside":              "DE89370400440532\x00013000",
		"invalid UTF-8":           "DE8937040044053201300\xff",
		"check digits not digits": "GBXXWEST12345698765432",
		"only country":            "GB",
		"country and check":       "GB82",
		"overlong":                "DE89" + strings.Repeat("0", 100000),
	} {
		err := ValidateIBAN(iban)
		if !errors.Is(err, obperr.InvalidIBAN) {
			t.Errorf("%s: ValidateIBAN(%q) = %v, want InvalidIBAN", name, iban, err)
		}
	}
}

// Check digits 99, 00 and 01 are congruent to 02, 97 and 98 mod 97: accepting them would let
// one account be registered under a second spelling of its IBAN.
func TestValidateIBANRejectsAliasCheckDigits(t *testing.T) {
	// Real GB IBANs with check digits 02, 97 and 98, keyed by the digits that alias them.
	found := map[string]string{}
	for serial := uint64(0); len(found) < 3 && serial < 100000; serial++ {
		iban, err := GenerateIBAN("GB", "WEST12", serial)
		if err != nil {
			t.Fatal(err)
		}
		switch iban[2:4] {
		case "02":
			found["99"] = iban
		case "97":
			found["00"] = iban
		case "98":
			found["01"] = iban
		}
	}
	if len(found) != 3 {
		t.Fatalf("found only %v", found)
	}
	for aliasDigits, iban := range found {
		alias := iban[:2] + aliasDigits + iban[4:]
		if mod97(alias[4:], alias[:4]) != 1 {
			t.Fatalf("%s is not a mod-97 alias of %s", alias, iban)
		}
		if err := ValidateIBAN(iban); err != nil {
			t.Errorf("ValidateIBAN(%q) = %v", iban, err)
		}
		if err := ValidateIBAN(alias); !errors.Is(err, obperr.InvalidIBAN) {
			t.Errorf("ValidateIBAN(%q) = %v, want InvalidIBAN", alias, err)
		}
	}
}

func TestValidateIBANMessageSaysWhatIsWrongAndStaysShort(t *testing.T) {
	for _, tc := range []struct{ iban, want string }{
		{"US82WEST12345698765432", "country US has no IBAN"},
		{"GB82WEST1234569876543", "a GB IBAN has 22 characters, not 21"},
		{"GB82WES012345698765432", "character 8 does not fit the GB BBAN structure (upper-case letter expected)"},
		{"GB83WEST12345698765432", "check digits do not match"},
		{"GB99WEST12345698765432", "check digits must be 02 to 98"},
		{"DE89" + strings.Repeat("0", 100000), "(100004 bytes)"},
	} {
		err := ValidateIBAN(tc.iban)
		e, ok := obperr.As(err)
		if !ok || !strings.Contains(e.ClientMessage(), tc.want) {
			t.Errorf("ValidateIBAN(%.30q) = %v, want a message containing %q", tc.iban, err, tc.want)
			continue
		}
		if len(e.ClientMessage()) > 200 {
			t.Errorf("message of %d bytes: %s", len(e.ClientMessage()), e.ClientMessage())
		}
	}
}

func TestMod97(t *testing.T) {
	// DE89370400440532013000 rearranged: 370400440532013000 DE89 -> 370400440532013000131489.
	if got := mod97("370400440532013000", "DE89"); got != 1 {
		t.Errorf("mod97 = %d, want 1", got)
	}
	if got := mod97("370400440532013000", "DE00"); 98-got != 89 {
		t.Errorf("check digits = %d, want 89", 98-got)
	}
}
