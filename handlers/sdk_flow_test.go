package handlers_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	sbx "github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/internal/testenv"
)

// A client generated from OBP's spec calls each endpoint under the version its operation
// id names (v6.0.0 for banks and accounts, v4.0.0 for payments, v2.0.0 for entitlements,
// ...). The third-party flow that failed 34 of 37 steps when only /obp/v5.1.0 was served,
// replayed step by step under those versions: every step answers as OBP's spec says.
func TestThirdPartyFlowUnderTheVersionsOBPsSpecNames(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := dummySCA(t, db)
		step := func(method, path, body string, want int, headers ...string) map[string]any {
			t.Helper()
			r := s.Do(t, method, path, body, headers...)
			if r.Status != want {
				t.Fatalf("%s %s: %d, want %d: %s", method, path, r.Status, want, r.Body)
			}
			if len(r.Body) == 0 {
				return nil
			}
			return r.JSON(t)
		}
		login := step(http.MethodPost, "/obp/v6.0.0/my/logins/direct", "", 201, "DirectLogin",
			`username="ellie", password="`+sbx.UserPassword+`", consumer_key="`+testenv.ConsumerKey+`"`)
		tok := login["token"].(string)
		as := auth(tok)
		acct := "/banks/gh.29.uk/accounts/ellie-current"

		banks := step(http.MethodGet, "/obp/v6.0.0/banks", "", 200)["banks"].([]any)
		if len(banks) == 0 || banks[0].(map[string]any)["bank_id"] == nil {
			t.Errorf("v6 banks = %v", banks)
		}
		if b := step(http.MethodGet, "/obp/v6.0.0/banks/gh.29.uk", "", 200); b["bank_id"] != "gh.29.uk" {
			t.Errorf("v6 bank = %v", b)
		}
		if a := step(http.MethodGet, "/obp/v6.0.0/banks/gh.29.uk/accounts", "", 200, as...)["accounts"].([]any); len(a) == 0 || a[0].(map[string]any)["account_id"] == nil {
			t.Errorf("v6 accounts at bank = %v", a)
		}
		step(http.MethodGet, "/obp/v3.0.0/my/accounts", "", 200, as...)
		step(http.MethodGet, "/obp/v3.0.0/banks/gh.29.uk/accounts-held", "", 200, as...)
		if a := step(http.MethodGet, "/obp/v6.0.0"+acct+"/owner/account", "", 200, as...); a["id"] != "ellie-current" {
			t.Errorf("v6 account = %v", a)
		}
		step(http.MethodGet, "/obp/v5.1.0"+acct+"/views/owner/balances", "", 200, as...)
		step(http.MethodGet, "/obp/v5.0.0"+acct+"/views", "", 200, as...)
		omar := s.Get(t, "/obp/v6.0.0/users/current", auth(sandboxToken(t, s, "omar"))...).JSON(t)["user_id"].(string)
		step(http.MethodPost, "/obp/v5.1.0"+acct+"/views/owner/account-access/grant", `{"user_id": "`+omar+`", "view_id": "auditor"}`, 201, as...)
		if txs := step(http.MethodGet, "/obp/v6.0.0"+acct+"/owner/transactions", "", 200, as...)["transactions"].([]any); len(txs) == 0 || txs[0].(map[string]any)["transaction_id"] == nil {
			t.Errorf("v6 transactions = %v", txs)
		}
		step(http.MethodGet, "/obp/v1.4.0"+acct+"/owner/transaction-request-types", "", 200, as...)

		tr := step(http.MethodPost, "/obp/v4.0.0"+acct+"/owner/transaction-request-types/ACCOUNT/transaction-requests",
			toAccount("omar-current", "GBP", "1500.00"), 201, as...)
		if tr["status"] != "INITIATED" {
			t.Fatalf("v4 transaction request = %v", tr)
		}
		done := step(http.MethodPost, "/obp/v4.0.0"+acct+"/owner/transaction-request-types/ACCOUNT/transaction-requests/"+tr["id"].(string)+"/challenge",
			fmt.Sprintf(`{"id": %q, "answer": "123"}`, challengeOf(t, tr)), 202, as...)
		if done["status"] != "COMPLETED" {
			t.Errorf("v4 answer = %v", done)
		}
		step(http.MethodGet, "/obp/v5.1.0"+acct+"/owner/transaction-requests", "", 200, as...)
		step(http.MethodPost, "/obp/v4.0.0"+acct+"/owner/counterparties", cpBody("SDK landlord"), 201, as...)
		step(http.MethodGet, "/obp/v4.0.0"+acct+"/owner/counterparties", "", 200, as...)

		admin := auth(adminToken(t, s))
		step(http.MethodPost, "/obp/v6.0.0/banks/gh.29.uk/customers", `{"legal_name": "SDK Customer", "mobile_phone_number": "+44 1"}`, 201, admin...)
		step(http.MethodGet, "/obp/v6.0.0/banks/gh.29.uk/customers", "", 200, admin...)
		step(http.MethodGet, "/obp/v2.1.0/roles", "", 200, as...)
		step(http.MethodPost, "/obp/v2.0.0/users/"+omar+"/entitlements", `{"bank_id": "gh.29.uk", "role_name": "CanGetCustomers"}`, 201, admin...)
		step(http.MethodGet, "/obp/v4.0.0/users/"+omar+"/entitlements", "", 200, admin...)
		if me := step(http.MethodGet, "/obp/v6.0.0/users/current", "", 200, as...); me["username"] != "ellie" {
			t.Errorf("v6 users/current = %v", me)
		}
		checkBooks(t, db)
	})
}
