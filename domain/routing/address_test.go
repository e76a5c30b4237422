package routing

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/obp-go/obp/domain/obperr"
)

func TestValidateAccountRoutingAccepts(t *testing.T) {
	for _, tc := range []struct{ scheme, address string }{
		{"IBAN", "GB82WEST12345698765432"},
		{"iban", "DE89370400440532013000"},
		{"Iban", "NL91ABNA0417164300"},
		{"BIC", "DEUTDEFF"},
		{"SWIFT_BIC", "DEUTDEFF500"},
		{"swift_bic", "NWBKGB2L"},
		{"SORT_CODE", "601613"},
		{"SORT_CODE", "60-16-13"},
		{"BLZ", "37040044"},
		{"ABA", "011000015"},
		{"ABA", "021000021"},
		{"ROUTING_NUMBER", "026009593"},
		{"ACCOUNT_NUMBER", "31926819"},
		{"AccountNumber", "ab-12-CD"},
		{"ACCOUNT_NUMBER", strings.Repeat("9", 34)},
		{"OBP", "8ca8a7e4-6d02-48e3-a029-0b2bf89de9f0"},
		{"ACCOUNT_ID", "my.account_1"},
		{"OBP", strings.Repeat("a", 254)},
		{"CLABE", "032180000118359719"},
		{"Phone-Number", "+44 20 7946 0958"},
		{"x", "Müller & Söhne, Zürich"},
		{"LEGACY", strings.Repeat("é", 255)},
		{strings.Repeat("S", 64), "x"},
	} {
		if err := ValidateAccountRouting(tc.scheme, tc.address); err != nil {
			t.Errorf("ValidateAccountRouting(%q, %.40q) = %v", tc.scheme, tc.address, err)
		}
	}
}

// The audit found any string accepted as an account's IBAN, whatever the scheme's case.
func TestIBANSquattingWithFreeTextIsRejected(t *testing.T) {
	for _, scheme := range []string{"IBAN", "iban", "Iban", "iBaN"} {
		for _, address := range []string{"not-an-iban !!", "GB82WEST1234569876543X", "IBAN"} {
			if err := ValidateAccountRouting(scheme, address); !errors.Is(err, obperr.InvalidIBAN) {
				t.Errorf("ValidateAccountRouting(%q, %q) = %v, want InvalidIBAN", scheme, address, err)
			}
		}
	}
}

func TestValidateAccountRoutingRejects(t *testing.T) {
	for _, tc := range []struct {
		name, scheme, address string
		code                  *obperr.Code
	}{
		{"IBAN in print format", "IBAN", "GB82 WEST 1234 5698 7654 32", obperr.InvalidIBAN},
		{"IBAN lower case", "IBAN", "gb82west12345698765432", obperr.InvalidIBAN},
		{"IBAN bad checksum", "IBAN", "GB82WEST12345698765433", obperr.InvalidIBAN},
		{"IBAN empty", "IBAN", "", obperr.InvalidIBAN},

		{"empty scheme", "", "x", obperr.InvalidAccountRoutings},
		{"scheme too long", strings.Repeat("S", 65), "x", obperr.InvalidAccountRoutings},
		{"scheme with space", "SORT CODE", "601613", obperr.InvalidAccountRoutings},
		{"scheme with dot", "I.BAN", "x", obperr.InvalidAccountRoutings},
		{"scheme non-ASCII", "ĪBAN", "x", obperr.InvalidAccountRoutings},
		{"scheme with NUL", "IBAN\x00", "GB82WEST12345698765432", obperr.InvalidAccountRoutings},

		{"BIC lower case", "BIC", "deutdeff", obperr.InvalidAccountRoutings},
		{"SWIFT_BIC unknown country", "SWIFT_BIC", "DEUTZZFF", obperr.InvalidAccountRoutings},
		{"SORT_CODE 5 digits", "SORT_CODE", "60161", obperr.InvalidAccountRoutings},
		{"SORT_CODE spaced", "SORT_CODE", "60 16 13", obperr.InvalidAccountRoutings},
		{"SORT_CODE misplaced hyphens", "SORT_CODE", "601-613", obperr.InvalidAccountRoutings},
		{"SORT_CODE half hyphenated", "SORT_CODE", "60-1613", obperr.InvalidAccountRoutings},
		{"SORT_CODE letters", "sort_code", "60-16-1A", obperr.InvalidAccountRoutings},
		{"BLZ 7 digits", "BLZ", "3704004", obperr.InvalidAccountRoutings},
		{"BLZ letters", "BLZ", "3704004A", obperr.InvalidAccountRoutings},
		{"ABA bad checksum", "ABA", "011000016", obperr.InvalidAccountRoutings},
		{"ABA 8 digits", "ABA", "01100001", obperr.InvalidAccountRoutings},
		{"ROUTING_NUMBER bad checksum", "routing_number", "123456789", obperr.InvalidAccountRoutings},
		{"ACCOUNT_NUMBER empty", "ACCOUNT_NUMBER", "", obperr.InvalidAccountRoutings},
		{"ACCOUNT_NUMBER 35 characters", "ACCOUNT_NUMBER", strings.Repeat("9", 35), obperr.InvalidAccountRoutings},
		{"ACCOUNT_NUMBER space", "AccountNumber", "1234 5678", obperr.InvalidAccountRoutings},
		{"ACCOUNT_NUMBER underscore", "ACCOUNT_NUMBER", "1234_5678", obperr.InvalidAccountRoutings},
		{"OBP empty", "OBP", "", obperr.InvalidAccountRoutings},
		{"OBP 255 characters", "OBP", strings.Repeat("a", 255), obperr.InvalidAccountRoutings},
		{"OBP slash", "OBP", "a/b", obperr.InvalidAccountRoutings},
		{"ACCOUNT_ID space", "account_id", "a b", obperr.InvalidAccountRoutings},

		{"other empty", "CLABE", "", obperr.InvalidAccountRoutings},
		{"other leading space", "CLABE", " 0321", obperr.InvalidAccountRoutings},
		{"other trailing space", "CLABE", "0321 ", obperr.InvalidAccountRoutings},
		{"other NUL", "CLABE", "0321\x00", obperr.InvalidAccountRoutings},
		{"other newline", "CLABE", "03\n21", obperr.InvalidAccountRoutings},
		{"other tab", "CLABE", "03\t21", obperr.InvalidAccountRoutings},
		{"other DEL", "CLABE", "03\x7f21", obperr.InvalidAccountRoutings},
		{"other C1 control", "CLABE", "03\u008521", obperr.InvalidAccountRoutings},
		{"other invalid UTF-8", "CLABE", "03\xff21", obperr.InvalidAccountRoutings},
		{"other right-to-left override", "CLABE", "03\u202e21", obperr.InvalidAccountRoutings},
		{"other zero-width space", "CLABE", "03\u200b21", obperr.InvalidAccountRoutings},
		{"other no-break space at the end", "CLABE", "0321\u00a0", obperr.InvalidAccountRoutings},
		{"other 256 characters", "CLABE", strings.Repeat("é", 256), obperr.InvalidAccountRoutings},
	} {
		err := ValidateAccountRouting(tc.scheme, tc.address)
		if !errors.Is(err, tc.code) {
			t.Errorf("%s: ValidateAccountRouting(%.40q, %.40q) = %v, want %s", tc.name, tc.scheme, tc.address, err, tc.code.ID)
		}
	}
}

func TestValidateAccountRoutingMessageNamesSchemeAndProblem(t *testing.T) {
	for _, tc := range []struct{ scheme, address, want string }{
		{"IBAN", "not-an-iban !!", `OBP-10033: Invalid IBAN. scheme IBAN: "not-an-iban !!" must start with`},
		{"SORT_CODE", "60161", `OBP-30114: Invalid Account Routings. scheme SORT_CODE: address "60161" must be 6 digits`},
		{"ABA", "011000016", "scheme ABA: address \"011000016\" fails the ABA checksum"},
		{"Foo", "a\x00b", `scheme Foo: address "a\x00b" holds the non-printable character U+0000`},
		{"bad scheme!", "x", `scheme "bad scheme!" must be 1 to 64 characters`},
	} {
		e, ok := obperr.As(ValidateAccountRouting(tc.scheme, tc.address))
		if !ok || !strings.Contains(e.ClientMessage(), tc.want) {
			t.Errorf("ValidateAccountRouting(%q, %q): %v; want a message containing %q", tc.scheme, tc.address, e, tc.want)
		}
	}
}

// A huge input must not come back in the error message.
func TestValidateAccountRoutingDoesNotEchoHugeInput(t *testing.T) {
	huge := strings.Repeat("A", 1<<20)
	for _, scheme := range []string{"IBAN", "BIC", "SORT_CODE", "BLZ", "ABA", "ACCOUNT_NUMBER", "OBP", "OTHER", huge} {
		e, ok := obperr.As(ValidateAccountRouting(scheme, huge))
		if !ok {
			t.Fatalf("scheme %.10s: huge address accepted", scheme)
		}
		if len(e.ClientMessage()) > 250 {
			t.Errorf("scheme %.10s: message of %d bytes", scheme, len(e.ClientMessage()))
		}
	}
}

func FuzzValidateAccountRouting(f *testing.F) {
	for _, seed := range [][2]string{
		{"IBAN", "GB82WEST12345698765432"},
		{"IBAN", "not-an-iban !!"},
		{"iban", "gb82 west 1234 5698 7654 32"},
		{"SWIFT_BIC", "DEUTDEFF500"},
		{"SORT_CODE", "60-16-13"},
		{"BLZ", "37040044"},
		{"ABA", "011000015"},
		{"AccountNumber", "12-34"},
		{"OBP", "acc.1_x"},
		{"CLABE", "Müller \u202e\x00"},
		{"", ""},
		{"X", "\xff\xfe"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, scheme, address string) {
		err := ValidateAccountRouting(scheme, address)
		if err != nil {
			e, ok := obperr.As(err)
			if !ok || e.Code != obperr.InvalidIBAN && e.Code != obperr.InvalidAccountRoutings {
				t.Fatalf("unexpected error %v", err)
			}
			if len(e.ClientMessage()) > 400 {
				t.Fatalf("message of %d bytes", len(e.ClientMessage()))
			}
			return
		}
		// Whatever is accepted is clean, whatever the scheme.
		if !validScheme(scheme) || !utf8.ValidString(address) || address == "" ||
			strings.TrimSpace(address) != address || utf8.RuneCountInString(address) > maxAddressLength {
			t.Fatalf("accepted %q %q", scheme, address)
		}
		for _, r := range address {
			if unicode.IsControl(r) || !unicode.IsPrint(r) {
				t.Fatalf("accepted %q %q with %U", scheme, address, r)
			}
		}
		if strings.EqualFold(scheme, "IBAN") && (ValidateIBAN(address) != nil || NormalizeIBAN(address) != address) {
			t.Fatalf("accepted IBAN %q", address)
		}
	})
}
