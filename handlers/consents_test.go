package handlers_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	jose "github.com/go-jose/go-jose/v4"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// The glossary's walk-through: a user creates a consent for an app, confirms it with the
// code sent by SMS, and the app then reads what it covers with the Consent-JWT, and
// nothing else.
func TestConsentWalkThrough(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
		r := createConsent(t, s, ellie, "gh.29.uk", "SMS", ellieOwnerConsent(`, "time_to_live": 600`))
		if r.Status != 201 {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		created := r.JSON(t)
		id, _ := created["consent_id"].(string)
		if created["status"] != "INITIATED" || id == "" || created["jwt"] == "" {
			t.Fatalf("created = %v", created)
		}
		code, to, msg := newestCode(t, s, admin)
		if to != sandboxPhone || !strings.Contains(msg, "OBP sandbox app") || !strings.Contains(msg, "view owner of account ellie-current at gh.29.uk") {
			t.Errorf("the code went to %q saying %q: want the number on record, naming the app", to, msg)
		}
		// Not yet accepted: the JWT opens nothing.
		wantOBPError(t, s.Get(t, "/obp/v3.0.0/banks/gh.29.uk/accounts/ellie-current/owner/transactions", asConsent(created["jwt"].(string))...), 401, "OBP-35005")

		a, err := answerConsent(s, ellie, "gh.29.uk", id, code)
		if err != nil || a.Status != 201 || a.JSON(t)["status"] != "ACCEPTED" {
			t.Fatalf("answer: %v %d %s", err, a.Status, a.Body)
		}
		jwt := a.JSON(t)["jwt"].(string)
		if jwt != created["jwt"] {
			t.Error("the JWT changed on acceptance: the server signs the same claims again to the same bytes")
		}
		as := asConsent(jwt)
		if g := s.Get(t, "/obp/v3.0.0/banks/gh.29.uk/accounts/ellie-current/owner/transactions", as...); g.Status != 200 {
			t.Fatalf("reading the consented account: %d %s", g.Status, g.Body)
		}
		list := s.Get(t, "/obp/v3.0.0/my/accounts", as...)
		if list.Status != 200 || strings.Count(string(list.Body), `"id"`) < 1 || strings.Contains(string(list.Body), "omar-current") {
			t.Errorf("my accounts as the consent: %d %s", list.Status, list.Body)
		}
		// Refused: another account, a write through the view, a role, consent management.
		wantOBPError(t, s.Get(t, "/obp/v3.0.0/banks/gh.29.uk/accounts/omar-current/owner/transactions", as...), 403, "OBP-20017")
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v4.0.0/banks/gh.29.uk/accounts/ellie-current/owner/counterparties",
			`{}`, as...), 403, "OBP-20256")
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/users", as...), 403, "OBP-20006")
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v3.1.0/banks/gh.29.uk/my/consents/SMS", ellieOwnerConsent("")), 401, "OBP-20001")
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v3.1.0/banks/gh.29.uk/my/consents/SMS", ellieOwnerConsent(""), as...), 403, "OBP-20256")
		// The user and the app both see it.
		if g := s.Get(t, "/obp/v5.1.0/user/current/consents/"+id, auth(ellie)...); g.Status != 200 || g.JSON(t)["status"] != "ACCEPTED" {
			t.Errorf("user's view: %d %s", g.Status, g.Body)
		}
		if g := s.Get(t, "/obp/v5.1.0/consumer/current/consents/"+id, as...); g.Status != 200 || g.JSON(t)["account_access"].(map[string]any)["account_id"] != "ellie-current" {
			t.Errorf("app's view: %d %s", g.Status, g.Body)
		}
		infos := s.Get(t, "/obp/v4.0.0/banks/gh.29.uk/my/consent-infos", auth(ellie)...).JSON(t)["consents"].([]any)
		if len(infos) != 1 || infos[0].(map[string]any)["last_usage_date"] == nil {
			t.Errorf("consent infos = %v: want one, used", infos)
		}
		verifyWithJWKS(t, s, jwt, id)
	})
}

// verifyWithJWKS checks a Consent-JWT against the published key set with go-jose, a
// library of its own: what a bank or an auditor would do offline.
func verifyWithJWKS(t *testing.T, s *testenv.Server, token, consentID string) {
	t.Helper()
	r := s.Get(t, "/obp/v3.1.0/certs")
	var set jose.JSONWebKeySet
	if err := json.Unmarshal(r.Body, &set); err != nil || len(set.Keys) == 0 {
		t.Fatalf("JWKS: %v %s", err, r.Body)
	}
	sig, err := jose.ParseSignedCompact(token, []jose.SignatureAlgorithm{jose.EdDSA})
	if err != nil {
		t.Fatalf("parse JWT: %v", err)
	}
	keys := set.Key(sig.Signatures[0].Header.KeyID)
	if len(keys) != 1 {
		t.Fatalf("the JWKS has %d keys with kid %q", len(keys), sig.Signatures[0].Header.KeyID)
	}
	payload, err := sig.Verify(keys[0].Key)
	if err != nil {
		t.Fatalf("the JWT does not verify with the published key: %v", err)
	}
	var claims map[string]any
	if err := json.Unmarshal(payload, &claims); err != nil || claims["jti"] != consentID || claims["aud"] == "" {
		t.Errorf("claims = %v (%v)", claims, err)
	}
}

// A consent never holds more than its creator, and every refusal writes nothing.
func TestConsentCannotExceedItsCreator(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
		watch := testenv.WatchFingerprint(t, db)
		before := watch.Now(t)
		view := func(account, viewID string) string {
			return `{"everything": false, "views": [{"bank_id": "gh.29.uk", "account_id": "` + account + `", "view_id": "` + viewID + `"}], "entitlements": [], "phone_number": "` + sandboxPhone + `"`
		}
		role := func(bank, name string) string {
			return `{"everything": false, "views": [], "entitlements": [{"bank_id": "` + bank + `", "role_name": "` + name + `"}], "phone_number": "` + sandboxPhone + `"`
		}
		cases := []struct {
			name, tok, method, body string
			status                  int
			code                    string
		}{
			{"an account the user does not hold", ellie, "SMS", view("omar-current", "owner") + `}`, 403, "OBP-35014"},
			{"a view the user lacks", ellie, "SMS", view("ellie-current", "_no_such_view") + `}`, 403, "OBP-35014"},
			{"a role the user lacks", ellie, "SMS", role("gh.29.uk", "CanGetCustomer") + `}`, 403, "OBP-35013"},
			{"a role that grants roles", admin, "SMS", role("", "CanCreateEntitlementAtAnyBank") + `}`, 403, "OBP-35033"},
			{"an unknown role", ellie, "SMS", role("", "CanFlyToTheMoon") + `}`, 400, "OBP-10007"},
			{"a time to live above the cap", ellie, "SMS", view("ellie-current", "owner") + `, "time_to_live": 7200}`, 400, "OBP-35020"},
			{"valid_from far in the past", ellie, "SMS", view("ellie-current", "owner") + `, "valid_from": "2020-01-01T00:00:00Z"}`, 400, "OBP-35042"},
			{"a phone number not on record", ellie, "SMS", strings.Replace(view("ellie-current", "owner"), sandboxPhone, "+1 555 0100", 1) + `}`, 403, "OBP-35043"},
			{"SMS without a phone number", ellie, "SMS", `{"everything": false, "views": [], "entitlements": []}`, 400, "OBP-09014"},
			{"an e-mail address not on record", ellie, "EMAIL", view("ellie-current", "owner") + `, "email": "mallory@example.com"}`, 403, "OBP-35043"},
			{"an unknown app", ellie, "SMS", view("ellie-current", "owner") + `, "consumer_id": "no-such-consumer"}`, 404, "OBP-20024"},
			{"an unknown SCA method", ellie, "FAX", view("ellie-current", "owner") + `}`, 404, "OBP-10404"},
			{"no body", ellie, "SMS", ``, 400, "OBP-10001"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				wantOBPError(t, createConsent(t, s, c.tok, "gh.29.uk", c.method, c.body), c.status, c.code)
			})
		}
		if d := before.Diff(watch.Now(t)); d != "" {
			t.Errorf("refused consents wrote: %s", d)
		}
		// What she does hold she can delegate; everything is all of it.
		if r := createConsent(t, s, ellie, "gh.29.uk", "IMPLICIT", `{"everything": true}`); r.Status != 201 {
			t.Errorf("everything: %d %s", r.Status, r.Body)
		}
		if r := createConsent(t, s, ellie, "gh.29.uk", "EMAIL", view("ellie-current", "owner")+`, "email": "ellie@sandbox.example"}`); r.Status != 201 {
			t.Errorf("EMAIL: %d %s", r.Status, r.Body)
		}
	})
}
