package handlers_test

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

const ellieTransactions = "/obp/v3.0.0/banks/gh.29.uk/accounts/ellie-current/owner/transactions"

// Every check of a Consent-JWT, in OBP's order, with OBP's codes.
func TestConsentJWTChecks(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		clk := &clock{now: time.Now().UTC()}
		s := testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now})
		ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
		id, token := acceptedConsent(t, s, ellie, admin, `, "time_to_live": 600`)
		get := func(headers ...string) *testenv.Response { return s.Get(t, ellieTransactions, headers...) }
		if r := get(asConsent(token)...); r.Status != 200 {
			t.Fatalf("the consent does not work: %d %s", r.Status, r.Body)
		}

		wantOBPError(t, get("Consent-JWT", "not a uuid or a jwt", "Consumer-Key", testenv.ConsumerKey), 401, "OBP-35032")
		wantOBPError(t, get("Consent-Id", "6a1e5b1c-0c8e-4c37-9d7e-8a4d2f3b9c01", "Consumer-Key", testenv.ConsumerKey), 401, "OBP-35001")
		// The deprecated Consent-Id with a bare id proves nothing by itself: refused unless the
		// app proves itself with its certificate (unit-tested in domain/consent).
		wantOBPError(t, get("Consent-Id", id, "Consumer-Key", testenv.ConsumerKey), 401, "OBP-35004")
		if r := get("Consent-Id", token, "Consumer-Key", testenv.ConsumerKey); r.Status != 200 {
			t.Errorf("the JWT in Consent-Id: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, get(append(asConsent(token), auth(ellie)...)...), 400, "OBP-20250")

		// A tampered payload, and claims signed by a key that is not this server's.
		parts := strings.Split(token, ".")
		payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
		tampered := strings.Replace(string(payload), `"view_id":"owner"`, `"view_id":"accountant"`, 1)
		wantOBPError(t, get(asConsent(parts[0]+"."+base64.RawURLEncoding.EncodeToString([]byte(tampered))+"."+parts[2])...), 401, "OBP-35004")
		var claims jwt.MapClaims
		if err := json.Unmarshal(payload, &claims); err != nil {
			t.Fatal(err)
		}
		_, foreign, _ := ed25519.GenerateKey(rand.Reader)
		forged := jwt.NewWithClaims(jwt.SigningMethodEdDSA, claims)
		head, _ := base64.RawURLEncoding.DecodeString(parts[0])
		var h map[string]any
		json.Unmarshal(head, &h)
		forged.Header["kid"] = h["kid"]
		forgedToken, _ := forged.SignedString(foreign)
		wantOBPError(t, get(asConsent(forgedToken)...), 401, "OBP-35004")
		hs := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
		hsToken, _ := hs.SignedString([]byte("a secret anyone could guess"))
		wantOBPError(t, get(asConsent(hsToken)...), 401, "OBP-35004")

		// The app presenting it must be the consent's.
		wantOBPError(t, get("Consent-JWT", token), 401, "OBP-35016")
		other := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers", `{"app_name": "Other App"}`, auth(admin)...).JSON(t)
		wantOBPError(t, get("Consent-JWT", token, "Consumer-Key", other["key"].(string)), 401, "OBP-35015")

		// A consent that starts later (the clock moves on, so that its code is the outbox's newest).
		clk.Advance(time.Second)
		later := clk.Now().Add(10 * time.Minute).Format(time.RFC3339)
		_, laterToken := acceptedConsent(t, s, ellie, admin, `, "valid_from": "`+later+`"`)
		wantOBPError(t, get(asConsent(laterToken)...), 401, "OBP-35002")

		// The app disabled.
		consumerID := s.Get(t, "/obp/v5.1.0/user/current/consents/"+id, auth(ellie)...).JSON(t)["consumer_id"].(string)
		if r := s.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+consumerID, `{"enabled": false}`, auth(admin)...); r.Status != 200 {
			t.Fatalf("disable: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, get(asConsent(token)...), 401, "OBP-35017")
		testenv.Exec(t, db, "UPDATE consumers SET enabled = ? WHERE id = ?", true, consumerID)

		// Expiry.
		clk.Advance(11 * time.Minute)
		wantOBPError(t, get(asConsent(token)...), 401, "OBP-35003")
		if g := s.Get(t, "/obp/v5.1.0/user/current/consents/"+id, auth(ellie)...); g.JSON(t)["status"] != "EXPIRED" {
			t.Errorf("an expired consent is reported %v", g.JSON(t)["status"])
		}
	})
}

// Consents switched off: nothing is taken, every Consent-JWT is refused.
func TestConsentsDisabled(t *testing.T) {
	s := testenv.Start(t, testenv.OpenSQLite(t), app.Options{Sandbox: true, Consents: app.ConsentOptions{Disabled: true}})
	ellie := sandboxToken(t, s, "ellie")
	wantOBPError(t, createConsent(t, s, ellie, "gh.29.uk", "SMS", ellieOwnerConsent("")), 401, "OBP-35007")
	wantOBPError(t, s.Get(t, ellieTransactions, asConsent("6a1e5b1c-0c8e-4c37-9d7e-8a4d2f3b9c01")...), 401, "OBP-35007")
}

// frequency_per_day bounds the uses a day, counted exactly under parallel calls.
func TestConsentUsesPerDay(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
		_, token := acceptedConsent(t, s, ellie, admin, `, "frequency_per_day": 5`)
		rs := testenv.Concurrently(t, 12, func(int) (*testenv.Response, error) {
			return s.Try(http.MethodGet, ellieTransactions, "", asConsent(token)...)
		})
		ok, refused := 0, 0
		for _, r := range rs {
			switch {
			case r.Status == 200:
				ok++
			case r.Status == 429 && strings.HasPrefix(message(t, r), "OBP-35044"):
				refused++
			default:
				t.Errorf("unexpected answer %d %s", r.Status, r.Body)
			}
		}
		if ok != 5 || refused != 7 {
			t.Errorf("%d allowed and %d refused, want 5 and 7", ok, refused)
		}
	})
}
