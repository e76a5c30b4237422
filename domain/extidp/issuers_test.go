package extidp

import (
	"strings"
	"testing"
)

func TestParseIssuers(t *testing.T) {
	got, err := ParseIssuers(" https://kc.example.com/realms/a=https://kc.example.com/realms/a/certs,\nhttps://hydra.example.com/=https://hydra.example.com/.well-known/jwks.json ")
	if err != nil || len(got) != 2 || got[0].Issuer != "https://kc.example.com/realms/a" ||
		got[1].JWKSURL != "https://hydra.example.com/.well-known/jwks.json" {
		t.Fatalf("= %+v, %v", got, err)
	}
	if got, err := ParseIssuers(""); err != nil || len(got) != 0 {
		t.Errorf("empty: %+v, %v", got, err)
	}
	if got, err := ParseIssuers("https://kc.example.com/realms/a"); err != nil || len(got) != 1 || got[0].JWKSURL != "" {
		t.Errorf("issuer alone: %+v, %v", got, err)
	}
	for _, bad := range []string{"=https://x/certs", "https://kc.example.com="} {
		if _, err := ParseIssuers(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestValidateIssuers(t *testing.T) {
	const local = "https://api.bank.example"
	ok := func(iss, jwks string) Issuer { return Issuer{Issuer: iss, JWKSURL: jwks} }
	for _, tc := range []struct {
		name    string
		issuers []Issuer
		refused string // "" when taken
	}{
		{"https issuer and JWKS", []Issuer{ok("https://kc.example.com/realms/a", "https://kc.example.com/realms/a/certs")}, ""},
		{"plain http on loopback", []Issuer{ok("http://127.0.0.1:9000", "http://127.0.0.1:9000/certs"), ok("http://localhost", "http://[::1]:8/k")}, ""},
		{"this server itself", []Issuer{ok(local, "https://kc.example.com/certs")}, "own provider"},
		{"this server, another spelling", []Issuer{ok("HTTPS://API.bank.example:443/", "https://kc.example.com/certs")}, "own provider"},
		{"twice", []Issuer{ok("https://a.example", "https://a.example/k"), ok("https://a.example", "https://a.example/k2")}, "twice"},
		{"plain http elsewhere", []Issuer{ok("https://a.example", "http://a.example/k")}, "https"},
		{"to be discovered over https", []Issuer{ok("https://a.example/realms/x", "")}, ""},
		{"to be discovered over plain http", []Issuer{ok("http://a.example/realms/x", "")}, "https"},
		{"not a URL", []Issuer{ok("https://a.example", "/certs")}, "absolute"},
		{"credentials in the URL", []Issuer{ok("https://a.example", "https://u:p@a.example/k")}, "credentials"},
		{"padded issuer", []Issuer{ok(" https://a.example", "https://a.example/k")}, "spaces"},
		{"issuer longer than a provider", []Issuer{ok("https://a.example/"+strings.Repeat("r", 250), "https://a.example/k")}, "longer"},
		{"loopback look-alike", []Issuer{ok("https://a.example", "http://127.0.0.1.attacker.example/k")}, "https"},
	} {
		err := ValidateIssuers(tc.issuers, local)
		switch {
		case tc.refused == "" && err != nil:
			t.Errorf("%s: refused: %v", tc.name, err)
		case tc.refused != "" && (err == nil || !strings.Contains(err.Error(), tc.refused)):
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.refused)
		}
	}
}
