package handlers_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/obp-go/obp/internal/testenv"
)

// sandboxPhone is the mobile number of every sandbox customer record.
const sandboxPhone = "+44 20 7946 0000"

// ellieOwnerConsent is a consent body for ellie's owner view on her current account.
func ellieOwnerConsent(extra string) string {
	return `{"everything": false, "views": [{"bank_id": "gh.29.uk", "account_id": "ellie-current", "view_id": "owner"}],
		"entitlements": [], "phone_number": "` + sandboxPhone + `"` + extra + `}`
}

// createConsent posts a consent as the user of tok.
func createConsent(t *testing.T, s *testenv.Server, tok, bankID, method, body string) *testenv.Response {
	t.Helper()
	return s.Do(t, http.MethodPost, "/obp/v3.1.0/banks/"+bankID+"/my/consents/"+method, body, auth(tok)...)
}

// newestCode is the one-time code of the newest outbox message, read as the administrator.
func newestCode(t *testing.T, s *testenv.Server, admin string) (code, to, body string) {
	t.Helper()
	msgs := s.Get(t, "/obp/v5.1.0/management/notifications/outbox?limit=1", auth(admin)...).JSON(t)["messages"].([]any)
	if len(msgs) == 0 {
		t.Fatal("the outbox is empty")
	}
	m := msgs[0].(map[string]any)
	body, _ = m["body"].(string)
	to, _ = m["to"].(string)
	code = sixDigits.FindString(body)
	if code == "" {
		t.Fatalf("no code in %v", m)
	}
	return code, to, body
}

// answerConsent answers a consent's challenge as the user of tok.
func answerConsent(s *testenv.Server, tok, bankID, consentID, code string) (*testenv.Response, error) {
	return s.Try(http.MethodPost, "/obp/v3.1.0/banks/"+bankID+"/consents/"+consentID+"/challenge",
		fmt.Sprintf(`{"answer": "%s"}`, code), auth(tok)...)
}

// acceptedConsent makes ellie's owner consent for the sandbox app and accepts it; it
// returns the consent id and its JWT.
func acceptedConsent(t *testing.T, s *testenv.Server, ellie, admin, extra string) (id, jwt string) {
	t.Helper()
	r := createConsent(t, s, ellie, "gh.29.uk", "SMS", ellieOwnerConsent(extra))
	if r.Status != 201 {
		t.Fatalf("create consent: %d %s", r.Status, r.Body)
	}
	id = r.JSON(t)["consent_id"].(string)
	code, _, _ := newestCode(t, s, admin)
	a, err := answerConsent(s, ellie, "gh.29.uk", id, code)
	if err != nil || a.Status != 201 || a.JSON(t)["status"] != "ACCEPTED" {
		t.Fatalf("answer: %v %d %s", err, a.Status, a.Body)
	}
	return id, a.JSON(t)["jwt"].(string)
}

// asConsent are the headers an app calls with: the Consent-JWT and its Consumer-Key.
func asConsent(jwt string) []string {
	return []string{"Consent-JWT", jwt, "Consumer-Key", testenv.ConsumerKey}
}
