package routing

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

func TestGenerateIBAN(t *testing.T) {
	for _, tc := range []struct {
		country, national string
		serial            uint64
		want              string
	}{
		// Known IBANs rebuilt from their national code and account number.
		{"DE", "37040044", 532013000, "DE89370400440532013000"},
		{"GB", "WEST123456", 98765432, "GB82WEST12345698765432"},
		{"NL", "ABNA", 417164300, "NL91ABNA0417164300"},
		{"BE", "539", 7547034, "BE68539007547034"},
		{"CH", "00762", 11623852957, "CH9300762011623852957"},
		{"ES", "21000418", 450200051332, "ES9121000418450200051332"},
	} {
		got, err := GenerateIBAN(tc.country, tc.national, tc.serial)
		if err != nil || got != tc.want {
			t.Errorf("GenerateIBAN(%s, %s, %d) = %q, %v; want %q", tc.country, tc.national, tc.serial, got, err, tc.want)
		}
	}
}

func TestGenerateIBANEveryRegistryCountry(t *testing.T) {
	generated := 0
	for _, c := range ibanCountries {
		spec := ibanRegistry[c.country]
		national := nationalCodeFor(spec.kinds[:spec.bankID])
		rest := spec.kinds[spec.bankID:]
		iban, err := GenerateIBAN(c.country, national, 42)
		if strings.Contains(rest, "a") {
			if !errors.Is(err, obperr.InvalidIBAN) {
				t.Errorf("%s: letter-only positions after the bank id, got %q, %v", c.country, iban, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.country, err)
			continue
		}
		if err := ValidateIBAN(iban); err != nil || !strings.HasSuffix(iban, "42") || len(iban) != c.length {
			t.Errorf("%s: generated %q: %v", c.country, iban, err)
		}
		generated++
	}
	if generated < 80 {
		t.Errorf("only %d countries could generate from their bank id", generated)
	}
}

// nationalCodeFor fills a structure prefix with sample characters.
func nationalCodeFor(kinds string) string {
	b := []byte(kinds)
	for i, k := range b {
		if k == 'n' {
			b[i] = '1'
		} else {
			b[i] = 'B'
		}
	}
	return string(b)
}

func TestGenerateIBANRejects(t *testing.T) {
	for name, tc := range map[string]struct {
		country, national string
		serial            uint64
	}{
		"unknown country":                {"US", "12345678", 1},
		"lower-case country":             {"de", "37040044", 1},
		"serial would spell the bank id": {"DE", "3704", 1},
		"empty national code":            {"DE", "", 1},
		"national code fills the BBAN":   {"DE", "370400440532013000", 0},
		"national code too long":         {"DE", "3704004405320130001", 0},
		"letter where digit due":         {"DE", "3704004A", 1},
		"lower case national code":       {"GB", "west12", 1},
		"non-ASCII national code":        {"GB", "WEſT", 1},
		"letters left after the code":    {"MU", "BOMM01", 1}, // the BBAN ends with a 3!a currency
		"serial too big":                 {"NO", "8601", 10_000_000},
		"max serial does not fit":        {"DE", "37040044", math.MaxUint64},
	} {
		iban, err := GenerateIBAN(tc.country, tc.national, tc.serial)
		if !errors.Is(err, obperr.InvalidIBAN) {
			t.Errorf("%s: GenerateIBAN = %q, %v; want InvalidIBAN", name, iban, err)
		}
	}
}

func TestGenerateIBANLargestSerialFits(t *testing.T) {
	iban, err := GenerateIBAN("NO", "8601", 9_999_999)
	if err != nil || ValidateIBAN(iban) != nil || iban[4:] != "86019999999" {
		t.Errorf("GenerateIBAN = %q, %v", iban, err)
	}
	iban, err = GenerateIBAN("LC", "HEMM", math.MaxUint64)
	if err != nil || !strings.HasSuffix(iban, strconv.FormatUint(math.MaxUint64, 10)) {
		t.Errorf("GenerateIBAN = %q, %v", iban, err)
	}
}

func FuzzGenerateIBAN(f *testing.F) {
	f.Add("DE", "37040044", uint64(532013000), "DE89370400440532013000")
	f.Add("GB", "WEST12", uint64(0), "GB82 WEST 1234 5698 7654 32")
	f.Add("IT", "X05428", uint64(123456), "IT60X0542811101000000123456")
	f.Add("MT", "MALT01100", uint64(1), "mt84malt011000012345mtlcast001s")
	f.Add("NO", "8601", uint64(9999999), "NO99\x00")
	f.Add("XX", "", uint64(1), "")
	f.Fuzz(func(t *testing.T, country, national string, serial uint64, probe string) {
		_ = ValidateIBAN(probe)
		_ = ValidateIBAN(NormalizeIBAN(probe))
		iban, err := GenerateIBAN(country, national, serial)
		if err != nil {
			if !errors.Is(err, obperr.InvalidIBAN) {
				t.Fatalf("error %v is not InvalidIBAN", err)
			}
			return
		}
		if err := ValidateIBAN(iban); err != nil {
			t.Fatalf("GenerateIBAN(%q, %q, %d) = %q, which does not validate: %v", country, national, serial, iban, err)
		}
		digits := strconv.FormatUint(serial, 10)
		if iban[:2] != country || !strings.HasPrefix(iban[4:], national) || !strings.HasSuffix(iban, digits) {
			t.Fatalf("GenerateIBAN(%q, %q, %d) = %q", country, national, serial, iban)
		}
		// Mod 97 catches every single-digit substitution.
		for i := 2; i < len(iban); i++ {
			if isDigit(iban[i]) {
				changed := iban[:i] + string('0'+(iban[i]-'0'+1)%10) + iban[i+1:]
				if ValidateIBAN(changed) == nil {
					t.Fatalf("%q validates after changing position %d of %q", changed, i, iban)
				}
			}
		}
	})
}
