package handlers_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// vrpRequest is a VRP consent request paying omar from ellie's account, within limit.
func vrpRequest(fromIBAN, limit string) string {
	return `{"from_account": {"bank_routing": {"scheme": "OBP", "address": "gh.29.uk"}, "account_routing": {"scheme": "IBAN", "address": "` + fromIBAN + `"},
			"branch_routing": {"scheme": "", "address": ""}},
		"to_account": {"counterparty_name": "Omar's rent", "bank_routing": {"scheme": "OBP", "address": "gh.29.uk"},
			"account_routing": {"scheme": "OBP", "address": "omar-current"}, "branch_routing": {"scheme": "", "address": ""},
			"limit": ` + limit + `},
		"phone_number": "` + sandboxPhone + `", "time_to_live": 3600}`
}

// A VRP consent pays its one payee through its own view, within its limits, counted
// exactly under parallel payments; nothing else can be paid with it.
func TestVRPConsent(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		ellie, admin, omar := sandboxToken(t, s, "ellie"), adminToken(t, s), sandboxToken(t, s, "omar")

		// An account the user does not hold is refused when the consent is made.
		r := s.Do(t, http.MethodPost, "/obp/v5.1.0/consumer/vrp-consent-requests", vrpRequest("GB93GHBK40291700000002",
			`{"currency": "GBP", "max_single_amount": "50.00", "max_number_of_transactions": 3}`), auth(ellie)...)
		if r.Status != 201 {
			t.Fatalf("vrp request: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.0.0/consumer/consent-requests/"+r.JSON(t)["consent_request_id"].(string)+"/SMS/consents", "", auth(ellie)...), 403, "OBP-35037")
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/consumer/vrp-consent-requests", vrpRequest("GB23GHBK40291700000001",
			`{"currency": "XXXX", "max_single_amount": "50.00"}`), auth(ellie)...), 400, "OBP-09014")

		r = s.Do(t, http.MethodPost, "/obp/v5.1.0/consumer/vrp-consent-requests", vrpRequest("GB23GHBK40291700000001",
			`{"currency": "GBP", "max_single_amount": "50.00", "max_number_of_transactions": 3}`), auth(ellie)...)
		if r.Status != 201 {
			t.Fatalf("vrp request: %d %s", r.Status, r.Body)
		}
		c := s.Do(t, http.MethodPost, "/obp/v5.0.0/consumer/consent-requests/"+r.JSON(t)["consent_request_id"].(string)+"/SMS/consents", "", auth(ellie)...)
		if c.Status != 201 {
			t.Fatalf("consent: %d %s", c.Status, c.Body)
		}
		id := c.JSON(t)["consent_id"].(string)
		code, _, _ := newestCode(t, s, admin)
		a, _ := answerConsent(s, ellie, "gh.29.uk", id, code)
		if a.Status != 201 {
			t.Fatalf("answer: %d %s", a.Status, a.Body)
		}
		as := asConsent(a.JSON(t)["jwt"].(string))
		info := s.Get(t, "/obp/v5.1.0/consumer/current/consents/"+id, as...).JSON(t)["account_access"].(map[string]any)
		viewID := info["view_id"].(string)
		payees := info["helper_info"].(map[string]any)["counterparty_ids"].([]any)
		if !strings.HasPrefix(viewID, "_vrp-") || info["account_id"] != "ellie-current" || len(payees) != 1 {
			t.Fatalf("account access = %v", info)
		}
		payee := payees[0].(string)
		base := "/obp/v4.0.0/banks/gh.29.uk/accounts/ellie-current/" + viewID + "/transaction-request-types/"
		payBody := func(to, amount string) string {
			return fmt.Sprintf(`{"to": {"counterparty_id": %q}, "value": {"currency": "GBP", "amount": %q}, "description": "rent"}`, to, amount)
		}

		// Beyond the single amount; another kind of payment; the user's other payees.
		wantOBPError(t, s.Do(t, http.MethodPost, base+"COUNTERPARTY/transaction-requests", payBody(payee, "50.01"), as...), 400, "OBP-30268")
		wantOBPError(t, s.Do(t, http.MethodPost, base+"ACCOUNT/transaction-requests", toAccount("omar-current", "GBP", "1.00"), as...), 403, "OBP-40002")
		other := s.Do(t, http.MethodPost, "/obp/v4.0.0/banks/gh.29.uk/accounts/ellie-current/owner/counterparties", `{"name": "Other payee",
			"description": "", "currency": "GBP", "other_account_routing_scheme": "OBP", "other_account_routing_address": "omar-current",
			"other_account_secondary_routing_scheme": "", "other_account_secondary_routing_address": "", "other_bank_routing_scheme": "OBP",
			"other_bank_routing_address": "gh.29.uk", "other_branch_routing_scheme": "", "other_branch_routing_address": "", "is_beneficiary": true}`, auth(ellie)...)
		if other.Status != 201 {
			t.Fatalf("other payee: %d %s", other.Status, other.Body)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, base+"COUNTERPARTY/transaction-requests", payBody(other.JSON(t)["counterparty_id"].(string), "1.00"), as...), 400, "OBP-30268")
		// Not through the owner view: the consent does not hold it.
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v4.0.0/banks/gh.29.uk/accounts/ellie-current/owner/transaction-request-types/COUNTERPARTY/transaction-requests",
			payBody(payee, "1.00"), as...), 403, "OBP-20017")

		// Parallel payments: exactly the three the limit allows.
		before := balanceOf(t, s, omar, "omar-current")
		rs := testenv.Concurrently(t, 10, func(int) (*testenv.Response, error) {
			return s.Try(http.MethodPost, base+"COUNTERPARTY/transaction-requests", payBody(payee, "10.00"), as...)
		})
		paid, refused := 0, 0
		for _, r := range rs {
			switch {
			case r.Status == 201 && r.JSON(t)["status"] == "COMPLETED":
				paid++
			case r.Status == 400 && strings.HasPrefix(message(t, r), "OBP-30268"):
				refused++
			default:
				t.Errorf("unexpected answer %d %s", r.Status, r.Body)
			}
		}
		if paid != 3 || refused != 7 {
			t.Errorf("%d paid and %d refused, want 3 and 7", paid, refused)
		}
		if after := balanceOf(t, s, omar, "omar-current"); before == after {
			t.Errorf("omar's balance did not move: %s", after)
		}
		checkBooks(t, db)

		// Revoked: no more payments.
		if r := s.Get(t, "/obp/v3.1.0/banks/gh.29.uk/my/consents/"+id+"/revoke", auth(ellie)...); r.Status != 200 {
			t.Fatalf("revoke: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, base+"COUNTERPARTY/transaction-requests", payBody(payee, "1.00"), as...), 401, "OBP-35005")
	})
}
