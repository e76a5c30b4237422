package handlers_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// Revocation by the user, the bank and the app holds from the next request.
func TestConsentRevocation(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
		omar := sandboxToken(t, s, "omar")

		id, token := acceptedConsent(t, s, ellie, admin, "")
		wantOBPError(t, s.Get(t, "/obp/v3.1.0/banks/gh.29.uk/my/consents/"+id+"/revoke", auth(omar)...), 404, "OBP-35001")
		if r := s.Get(t, "/obp/v3.1.0/banks/gh.29.uk/my/consents/"+id+"/revoke", auth(ellie)...); r.Status != 200 || r.JSON(t)["status"] != "REVOKED" {
			t.Fatalf("revoke: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Get(t, ellieTransactions, asConsent(token)...), 401, "OBP-35005")
		wantOBPError(t, s.Get(t, "/obp/v3.1.0/banks/gh.29.uk/my/consents/"+id+"/revoke", auth(ellie)...), 400, "OBP-35012")
		var grants int64
		testenv.Query(t, db, &grants, "SELECT COUNT(*) FROM account_access WHERE user_id = (SELECT user_id FROM consents WHERE id = ?)", id)
		if grants != 0 {
			t.Errorf("a revoked consent's user keeps %d view grants", grants)
		}

		// The bank, with CanRevokeConsentAtBank.
		id2, token2 := acceptedConsent(t, s, ellie, admin, "")
		wantOBPError(t, s.Do(t, http.MethodDelete, "/obp/v5.1.0/banks/gh.29.uk/consents/"+id2, "", auth(omar)...), 403, "OBP-20006")
		grant(t, s, admin, adminUserID(t, s), "gh.29.uk", "CanRevokeConsentAtBank")
		if r := s.Do(t, http.MethodDelete, "/obp/v5.1.0/banks/gh.29.uk/consents/"+id2, "", auth(admin)...); r.Status != 200 || r.JSON(t)["status"] != "REVOKED" {
			t.Fatalf("bank revoke: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Get(t, ellieTransactions, asConsent(token2)...), 401, "OBP-35005")

		// The app, with the consent itself.
		_, token3 := acceptedConsent(t, s, ellie, admin, "")
		if r := s.Do(t, http.MethodDelete, "/obp/v5.1.0/my/consent/current", "", asConsent(token3)...); r.Status != 200 || r.JSON(t)["status"] != "REVOKED" {
			t.Fatalf("self revoke: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Get(t, ellieTransactions, asConsent(token3)...), 401, "OBP-35005")

		// Status updates: never to ACCEPTED without the code.
		r := createConsent(t, s, ellie, "gh.29.uk", "SMS", ellieOwnerConsent(""))
		pending := r.JSON(t)["consent_id"].(string)
		wantOBPError(t, s.Do(t, http.MethodPut, "/obp/v4.0.0/banks/gh.29.uk/consents/"+pending, `{"status": "ACCEPTED"}`, auth(ellie)...), 400, "OBP-35025")
		wantOBPError(t, s.Do(t, http.MethodPut, "/obp/v4.0.0/banks/gh.29.uk/consents/"+pending, `{"status": "PAUSED"}`, auth(ellie)...), 400, "OBP-09014")
		if r := s.Do(t, http.MethodPut, "/obp/v4.0.0/banks/gh.29.uk/consents/"+pending, `{"status": "rejected"}`, auth(ellie)...); r.Status != 200 || r.JSON(t)["status"] != "REJECTED" {
			t.Errorf("reject: %d %s", r.Status, r.Body)
		}
		mine := s.Get(t, "/obp/v5.1.0/my/consents", auth(ellie)...).JSON(t)["consents"].([]any)
		if len(mine) != 4 {
			t.Errorf("my consents: %d, want 4", len(mine))
		}
		if n := len(s.Get(t, "/obp/v5.1.0/my/consents", auth(omar)...).JSON(t)["consents"].([]any)); n != 0 {
			t.Errorf("omar sees %d of ellie's consents", n)
		}
	})
}

// Revocation on one server process holds on the next request to another process on the
// same PostgreSQL.
func TestConsentRevocationHoldsOnAnotherProcess(t *testing.T) {
	if !testenv.PostgresAvailable() {
		t.Skip("needs PostgreSQL (TEST_DATABASE_URL)")
	}
	url := testenv.PostgresSchemaURL(t)
	db, err := mapped.Open(url, mapped.DefaultPool)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := sandbox(t, db)
	other := testenv.StartProcess(t, url).Server()
	ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
	id, token := acceptedConsent(t, s, ellie, admin, "")
	if r := other.Get(t, ellieTransactions, asConsent(token)...); r.Status != 200 {
		t.Fatalf("the other process refuses the consent: %d %s", r.Status, r.Body)
	}
	if r := s.Get(t, "/obp/v3.1.0/banks/gh.29.uk/my/consents/"+id+"/revoke", auth(ellie)...); r.Status != 200 {
		t.Fatalf("revoke: %d %s", r.Status, r.Body)
	}
	wantOBPError(t, other.Get(t, ellieTransactions, asConsent(token)...), 401, "OBP-35005")
}

// Only the user the code went to may answer; wrong answers count; the last one rejects;
// an expired code is refused; parallel right answers accept once.
func TestConsentChallenge(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		clk := &clock{now: time.Now().UTC()}
		s := testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now})
		ellie, admin, omar := sandboxToken(t, s, "ellie"), adminToken(t, s), sandboxToken(t, s, "omar")
		create := func() string {
			clk.Advance(time.Second) // so that its code is the outbox's newest message
			r := createConsent(t, s, ellie, "gh.29.uk", "SMS", ellieOwnerConsent(""))
			if r.Status != 201 {
				t.Fatalf("create: %d %s", r.Status, r.Body)
			}
			return r.JSON(t)["consent_id"].(string)
		}
		id := create()
		code, _, _ := newestCode(t, s, admin)
		wrong := fmt.Sprintf("%06d", (atoi(code)+1)%1000000)
		r, _ := answerConsent(s, omar, "gh.29.uk", id, code)
		wantOBPError(t, r, 404, "OBP-35001")
		r, _ = answerConsent(s, ellie, "alpen.01.de", id, code)
		wantOBPError(t, r, 404, "OBP-35001")
		r, _ = answerConsent(s, ellie, "gh.29.uk", id, wrong)
		wantOBPError(t, r, 400, "OBP-40016")
		r, _ = answerConsent(s, ellie, "gh.29.uk", id, wrong)
		wantOBPError(t, r, 400, "OBP-40016")
		r, _ = answerConsent(s, ellie, "gh.29.uk", id, wrong)
		if r.Status != 201 || r.JSON(t)["status"] != "REJECTED" {
			t.Fatalf("the last wrong attempt: %d %s", r.Status, r.Body)
		}
		r, _ = answerConsent(s, ellie, "gh.29.uk", id, code)
		if r.Status == 201 && r.JSON(t)["status"] == "ACCEPTED" {
			t.Fatal("a rejected consent was accepted")
		}

		// Expired code.
		id = create()
		code, _, _ = newestCode(t, s, admin)
		clk.Advance(11 * time.Minute)
		r, _ = answerConsent(s, ellie, "gh.29.uk", id, code)
		wantOBPError(t, r, 400, "OBP-20211")

		// Parallel right answers: one acceptance, one user, its grants once.
		id = create()
		code, _, _ = newestCode(t, s, admin)
		rs := testenv.Concurrently(t, 8, func(int) (*testenv.Response, error) { return answerConsent(s, ellie, "gh.29.uk", id, code) })
		for _, r := range rs {
			if r.Status != 201 || r.JSON(t)["status"] != "ACCEPTED" {
				t.Errorf("parallel answer: %d %s", r.Status, r.Body)
			}
		}
		var users, grants int64
		testenv.Query(t, db, &users, "SELECT COUNT(*) FROM users WHERE username = ?", id)
		testenv.Query(t, db, &grants, "SELECT COUNT(*) FROM account_access WHERE user_id = (SELECT user_id FROM consents WHERE id = ?)", id)
		if users != 1 || grants != 1 {
			t.Errorf("%d consent users and %d grants after parallel answers, want 1 and 1", users, grants)
		}
	})
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// An app asks with a consent request; the user turns it into a consent of accounts they
// hold; the app reads it back.
func TestConsentRequests(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
		request := func(iban string) string {
			return `{"everything": false, "bank_id": "gh.29.uk", "account_access": [{"account_routing": {"scheme": "IBAN", "address": "` + iban + `"}, "view_id": "owner"}],
				"phone_number": "` + sandboxPhone + `", "time_to_live": 600}`
		}
		r := s.Do(t, http.MethodPost, "/obp/v5.0.0/consumer/consent-requests", request("GB23 GHBK 4029 1700 0000 01"), auth(ellie)...)
		if r.Status != 201 {
			t.Fatalf("create request: %d %s", r.Status, r.Body)
		}
		reqID := r.JSON(t)["consent_request_id"].(string)
		if g := s.Get(t, "/obp/v5.0.0/consumer/consent-requests/"+reqID, auth(ellie)...); g.Status != 200 || g.JSON(t)["payload"].(map[string]any)["bank_id"] != "gh.29.uk" {
			t.Errorf("get request: %d %s", g.Status, g.Body)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.0.0/consumer/consent-requests",
			`{"everything": false, "account_access": [], "entitlements": [{"bank_id": "", "role_name": "CanCreateEntitlementAtAnyBank"}]}`, auth(ellie)...), 403, "OBP-35033")
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.0.0/consumer/consent-requests/no-such-request/SMS/consents", "", auth(ellie)...), 404, "OBP-35028")

		// An account the user does not hold, by routing: refused, nothing made.
		bad := s.Do(t, http.MethodPost, "/obp/v5.0.0/consumer/consent-requests", request("GB93GHBK40291700000002"), auth(ellie)...).JSON(t)["consent_request_id"].(string)
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.0.0/consumer/consent-requests/"+bad+"/SMS/consents", "", auth(ellie)...), 403, "OBP-35037")

		c := s.Do(t, http.MethodPost, "/obp/v5.0.0/consumer/consent-requests/"+reqID+"/SMS/consents", "", auth(ellie)...)
		if c.Status != 201 || c.JSON(t)["consent_request_id"] != reqID || c.JSON(t)["status"] != "INITIATED" {
			t.Fatalf("consent from request: %d %s", c.Status, c.Body)
		}
		id := c.JSON(t)["consent_id"].(string)
		code, _, _ := newestCode(t, s, admin)
		if a, _ := answerConsent(s, ellie, "gh.29.uk", id, code); a.Status != 201 {
			t.Fatalf("answer: %d %s", a.Status, a.Body)
		}
		got := s.Get(t, "/obp/v5.0.0/consumer/consent-requests/"+reqID+"/consents", auth(ellie)...)
		if got.Status != 200 || got.JSON(t)["consent_id"] != id || got.JSON(t)["status"] != "ACCEPTED" {
			t.Fatalf("consent by request: %d %s", got.Status, got.Body)
		}
		if g := s.Get(t, ellieTransactions, asConsent(got.JSON(t)["jwt"].(string))...); g.Status != 200 {
			t.Errorf("using it: %d %s", g.Status, g.Body)
		}
		// Another app sees neither the request nor the consent.
		other := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers", `{"app_name": "Other App"}`, auth(admin)...).JSON(t)
		otherTok := s.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin",
			fmt.Sprintf("username=%s, password=%s, consumer_key=%s", testenv.AdminUsername, testenv.AdminPassword, other["key"])).JSON(t)["token"].(string)
		wantOBPError(t, s.Get(t, "/obp/v5.0.0/consumer/consent-requests/"+reqID, auth(otherTok)...), 404, "OBP-35028")
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/consumer/current/consents/"+id, auth(otherTok)...), 404, "OBP-35001")
		if !strings.Contains(string(got.Body), "jwt") {
			t.Error("no jwt")
		}
	})
}
