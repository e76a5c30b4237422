package routing

import (
	"errors"
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

func TestValidateBIC(t *testing.T) {
	for _, bic := range []string{"DEUTDEFF", "DEUTDEFF500", "NWBKGB2L", "GHBKGB2L", "BNPAFRPPXXX", "UBSWCHZH80A", "RZBAXKPR"} {
		if err := ValidateBIC(bic); err != nil {
			t.Errorf("ValidateBIC(%q) = %v", bic, err)
		}
	}
	for name, bic := range map[string]string{
		"empty":                 "",
		"7 characters":          "DEUTDEF",
		"9 characters":          "DEUTDEFF5",
		"12 characters":         "DEUTDEFF5000",
		"lower case":            "deutdeff",
		"lower case branch":     "DEUTDEFF50a",
		"digit in institution":  "DEU1DEFF",
		"digit in country":      "DEUTD1FF",
		"unknown country":       "DEUTZZFF",
		"reserved country":      "DEUTEUFF",
		"space":                 "DEUT DEFF",
		"hyphen in location":    "DEUTDEF-",
		"NUL":                   "DEUTDEF\x00",
		"non-ASCII":             "DEUTDEFſ",
		"free text of length 8": "bic !!!!",
	} {
		if err := ValidateBIC(bic); !errors.Is(err, obperr.InvalidAccountRoutings) {
			t.Errorf("%s: ValidateBIC(%q) = %v, want InvalidAccountRoutings", name, bic, err)
		}
	}
}

func TestCountryOfBIC(t *testing.T) {
	for bic, want := range map[string]string{"DEUTDEFF": "DE", "NWBKGB2LXXX": "GB", "DEUTZZFF": "", "deutdeff": "", "": ""} {
		if got := CountryOfBIC(bic); got != want {
			t.Errorf("CountryOfBIC(%q) = %q, want %q", bic, got, want)
		}
	}
}

func TestISO3166Table(t *testing.T) {
	codes := strings.Fields(iso3166Alpha2)
	if len(codes) != 250 || len(isoCountries) != 250 {
		t.Fatalf("%d codes, %d distinct; want 249 assigned plus XK", len(codes), len(isoCountries))
	}
	for i, code := range codes {
		if len(code) != 2 || !isUpper(code[0]) || !isUpper(code[1]) || i > 0 && codes[i-1] >= code {
			t.Errorf("code %q out of shape or order", code)
		}
	}
	for _, code := range []string{"DE", "US", "GB", "SS", "XK", "BQ", "CW", "SX"} {
		if !isCountry(code) {
			t.Errorf("%s missing", code)
		}
	}
	for _, code := range []string{"UK", "EU", "AN", "YU", "ZZ", "XX", "de", ""} {
		if isCountry(code) {
			t.Errorf("%s should not be a country", code)
		}
	}
}
