package routing

import (
	"strings"
	"testing"
)

// registryExamples holds one published example IBAN per registry country.
var registryExamples = map[string]string{
	"AD": "AD1200012030200359100100",
	"AE": "AE070331234567890123456",
	"AL": "AL47212110090000000235698741",
	"AT": "AT611904300234573201",
	"AZ": "AZ21NABZ00000000137010001944",
	"BA": "BA391290079401028494",
	"BE": "BE68539007547034",
	"BG": "BG80BNBG96611020345678",
	"BH": "BH67BMAG00001299123456",
	"BI": "BI4210000100010000332045181",
	"BR": "BR1800360305000010009795493C1",
	"BY": "BY13NBRB3600900000002Z00AB00",
	"CH": "CH9300762011623852957",
	"CR": "CR05015202001026284066",
	"CY": "CY17002001280000001200527600",
	"CZ": "CZ6508000000192000145399",
	"DE": "DE89370400440532013000",
	"DJ": "DJ2100010000000154000100186",
	"DK": "DK5000400440116243",
	"DO": "DO28BAGR00000001212453611324",
	"EE": "EE382200221020145685",
	"EG": "EG380019000500000000263180002",
	"ES": "ES9121000418450200051332",
	"FI": "FI2112345600000785",
	"FK": "FK88SC123456789012",
	"FO": "FO6264600001631634",
	"FR": "FR1420041010050500013M02606",
	"GB": "GB82WEST12345698765432",
	"GE": "GE29NB0000000101904917",
	"GI": "GI75NWBK000000007099453",
	"GL": "GL8964710001000206",
	"GR": "GR1601101250000000012300695",
	"GT": "GT82TRAJ01020000001210029690",
	"HN": "HN88CABF00000000000250005469",
	"HR": "HR1210010051863000160",
	"HU": "HU42117730161111101800000000",
	"IE": "IE29AIBK93115212345678",
	"IL": "IL620108000000099999999",
	"IQ": "IQ98NBIQ850123456789012",
	"IS": "IS140159260076545510730339",
	"IT": "IT60X0542811101000000123456",
	"JO": "JO94CBJO0010000000000131000302",
	"KW": "KW81CBKU0000000000001234560101",
	"KZ": "KZ86125KZT5004100100",
	"LB": "LB62099900000001001901229114",
	"LC": "LC55HEMM000100010012001200023015",
	"LI": "LI21088100002324013AA",
	"LT": "LT121000011101001000",
	"LU": "LU280019400644750000",
	"LV": "LV80BANK0000435195001",
	"LY": "LY83002048000020100120361",
	"MC": "MC5811222000010123456789030",
	"MD": "MD24AG000225100013104168",
	"ME": "ME25505000012345678951",
	"MK": "MK07250120000058984",
	"MN": "MN121234123456789123",
	"MR": "MR1300020001010000123456753",
	"MT": "MT84MALT011000012345MTLCAST001S",
	"MU": "MU17BOMM0101101030300200000MUR",
	"NI": "NI45BAPR00000013000003558124",
	"NL": "NL91ABNA0417164300",
	"NO": "NO9386011117947",
	"OM": "OM810180000001299123456",
	"PK": "PK36SCBL0000001123456702",
	"PL": "PL61109010140000071219812874",
	"PS": "PS92PALS000000000400123456702",
	"PT": "PT50000201231234567890154",
	"QA": "QA58DOHB00001234567890ABCDEFG",
	"RO": "RO49AAAA1B31007593840000",
	"RS": "RS35260005601001611379",
	"RU": "RU0304452522540817810538091310419",
	"SA": "SA0380000000608010167519",
	"SC": "SC18SSCB11010000000000001497USD",
	"SD": "SD2129010501234001",
	"SE": "SE4550000000058398257466",
	"SI": "SI56263300012039086",
	"SK": "SK3112000000198742637541",
	"SM": "SM86U0322509800000000270100",
	"SO": "SO211000001001000100141",
	"ST": "ST23000100010051845310146",
	"SV": "SV62CENR00000000000000700025",
	"TL": "TL380080012345678910157",
	"TN": "TN5910006035183598478831",
	"TR": "TR330006100519786457841326",
	"UA": "UA213223130000026007233566001",
	"VA": "VA59001123000012345678",
	"VG": "VG96VPVG0000012345678901",
	"XK": "XK051212012345678906",
	"YE": "YE15CBYE0001018861234567891234",
}

func TestIBANRegistryIsConsistent(t *testing.T) {
	if len(ibanRegistry) != len(ibanCountries) || len(ibanCountries) < 89 {
		t.Fatalf("registry has %d entries from %d rows, want at least 89", len(ibanRegistry), len(ibanCountries))
	}
	for _, c := range ibanCountries {
		spec := ibanRegistry[c.country]
		if spec.length != c.length || len(spec.kinds)+4 != c.length || spec.length > 34 {
			t.Errorf("%s: length %d, BBAN %q expands to %d", c.country, c.length, c.bban, len(spec.kinds))
		}
		if !isCountry(c.country) {
			t.Errorf("%s is not an ISO 3166 country", c.country)
		}
		if _, ok := registryExamples[c.country]; !ok {
			t.Errorf("%s has no example IBAN", c.country)
		}
	}
}

func TestIBANRegistryExamplesValidate(t *testing.T) {
	for country, iban := range registryExamples {
		if !strings.HasPrefix(iban, country) {
			t.Errorf("example %s filed under %s", iban, country)
		}
		if err := ValidateIBAN(iban); err != nil {
			t.Errorf("%s: %v", country, err)
		}
	}
}

func TestExpandBBAN(t *testing.T) {
	for _, tc := range []struct{ format, want string }{
		{"4!a6!n8!n", "aaaannnnnnnnnnnnnn"},
		{"1!a5!n5!n12!c", "a" + strings.Repeat("n", 10) + strings.Repeat("c", 12)},
		{"2!c", "cc"},
	} {
		got, err := expandBBAN(tc.format)
		if err != nil || got != tc.want {
			t.Errorf("expandBBAN(%q) = %q, %v; want %q", tc.format, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "4a", "4!x", "!n", "0!n", "4!", "4!n6"} {
		if got, err := expandBBAN(bad); err == nil {
			t.Errorf("expandBBAN(%q) = %q, want an error", bad, got)
		}
	}
}

func TestBuildIBANRegistryRejectsMalformedRows(t *testing.T) {
	for name, rows := range map[string][]ibanCountry{
		"length":    {{"DE", 23, "8!n10!n", 8}},
		"bank id":   {{"DE", 22, "8!n10!n", 19}},
		"format":    {{"DE", 22, "8n10n", 8}},
		"duplicate": {{"DE", 22, "8!n10!n", 8}, {"DE", 22, "8!n10!n", 8}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			buildIBANRegistry(rows)
		}()
	}
}

func TestBBANLength(t *testing.T) {
	for _, tc := range []struct {
		country string
		want    int
		ok      bool
	}{{"DE", 18, true}, {"GB", 18, true}, {"NO", 11, true}, {"LC", 28, true}, {"US", 0, false}, {"de", 0, false}, {"", 0, false}} {
		got, ok := BBANLength(tc.country)
		if got != tc.want || ok != tc.ok {
			t.Errorf("BBANLength(%q) = %d, %v; want %d, %v", tc.country, got, ok, tc.want, tc.ok)
		}
	}
}
