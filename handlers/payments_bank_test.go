package handlers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestTransactionRequestTypesSupportedByBank(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		types := func(s *testenv.Server, path string) string {
			var names []string
			for _, x := range list(t, s.Get(t, path), "transaction_request_types") {
				names = append(names, x["transaction_request_type"].(string))
			}
			return strings.Join(names, ",")
		}
		t.Run("every enabled type, to anyone, under every later version", func(t *testing.T) {
			s := sandbox(t, db)
			want := "ACCOUNT,ACCOUNT_OTP,COUNTERPARTY,SEPA,FREE_FORM,SANDBOX_TAN,REFUND"
			for _, v := range []string{"v2.1.0", "v5.1.0"} {
				if got := types(s, "/obp/"+v+"/banks/gh.29.uk/transaction-request-types"); got != want {
					t.Errorf("%s: types = %s, want %s", v, got, want)
				}
			}
			wantOBPError(t, s.Get(t, "/obp/v2.0.0/banks/gh.29.uk/transaction-request-types"), 404, "OBP-10404")
		})
		t.Run("bad input", func(t *testing.T) {
			s := sandbox(t, db)
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/banks/no.such.bank/transaction-request-types"), 404, "OBP-30001")
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/banks/a%00b/transaction-request-types"), 400, "OBP-20011")
		})
		t.Run("only the types this server enables", func(t *testing.T) {
			s := testenv.Start(t, db, app.Options{Sandbox: true, Payments: app.PaymentOptions{EnabledTypes: []string{"sepa", "ACCOUNT"}}})
			if got := types(s, "/obp/v5.1.0/banks/alpen.01.de/transaction-request-types"); got != "ACCOUNT,SEPA" {
				t.Errorf("types = %s", got)
			}
		})
	})
}

func TestHistoricalTransactionAtBank(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		openAccount(t, s, u.Token, "gh.29.uk", "bank-hist-a", "GBP")
		openAccount(t, s, u.Token, "gh.29.uk", "bank-hist-b", "GBP")
		openAccount(t, s, u.Token, "alpen.01.de", "bank-hist-c", "GBP")
		clerk := newUser(t, s)
		grant(t, s, admin, clerk.ID, "gh.29.uk", "CanCreateHistoricalTransactionAtBank")
		post := func(tok, bankID, body string) *testenv.Response {
			return s.Do(t, http.MethodPost, "/obp/v4.0.0/banks/"+bankID+"/management/historical/transactions", body, auth(tok)...)
		}
		balance := func(bankID, id string) string {
			return s.Get(t, "/obp/v5.1.0/banks/"+bankID+"/accounts/"+id+"/balances", auth(u.Token)...).JSON(t)["balances"].([]any)[0].(map[string]any)["amount"].(string)
		}

		t.Run("both legs at the bank, the source may go below zero", func(t *testing.T) {
			r := post(clerk.Token, "gh.29.uk", `{"from_account_id": "bank-hist-a", "to_account_id": "bank-hist-b",
				"value": {"currency": "GBP", "amount": "12.50"}, "description": "back pay", "posted": "2024-03-02T10:00:00Z",
				"type": "SANDBOX_TAN", "charge_policy": "SHARED"}`)
			if r.Status != 201 {
				t.Fatalf("status %d: %s", r.Status, r.Body)
			}
			got := r.JSON(t)
			from, to := got["from"].(map[string]any), got["to"].(map[string]any)
			if from["bank_id"] != "gh.29.uk" || from["account_id"] != "bank-hist-a" || to["account_id"] != "bank-hist-b" ||
				got["transaction_id"] == "" || got["posted"] != "2024-03-02T10:00:00Z" || got["completed"] != "2024-03-02T10:00:00Z" ||
				got["transaction_request_type"] != "SANDBOX_TAN" || got["charge_policy"] != "SHARED" {
				t.Errorf("answer = %v", got)
			}
			if v := got["value"].(map[string]any); v["amount"] != "12.50" || v["currency"] != "GBP" {
				t.Errorf("value = %v", v)
			}
			if a, b := balance("gh.29.uk", "bank-hist-a"), balance("gh.29.uk", "bank-hist-b"); a != "-12.50" || b != "12.50" {
				t.Errorf("balances = %s, %s", a, b)
			}
		})

		before := countRows(t, db, "transactions")
		t.Run("without the role, or with it at another bank", func(t *testing.T) {
			body := `{"from_account_id": "bank-hist-c", "to_account_id": "bank-hist-c", "value": {"currency": "GBP", "amount": "1"}, "description": "x", "posted": "2024-03-02T10:00:00Z"}`
			r := wantOBPError(t, post(u.Token, "gh.29.uk", body), 403, "OBP-20006")
			if !strings.Contains(r["message"].(string), "CanCreateHistoricalTransactionAtBank") {
				t.Errorf("message %q does not name the role", r["message"])
			}
			wantOBPError(t, post(clerk.Token, "alpen.01.de", body), 403, "OBP-20006")
		})
		t.Run("bad input writes nothing", func(t *testing.T) {
			for _, tc := range []struct {
				body   string
				status int
				code   string
			}{
				{`{"from_account_id": "bank-hist-a", "to_account_id": "bank-hist-c", "value": {"currency": "GBP", "amount": "1"}, "description": "another bank's account", "posted": "2024-03-02T10:00:00Z"}`, 404, "OBP-30018"},
				{`{"from_account_id": "bank-hist-a", "to_account_id": "bank-hist-a", "value": {"currency": "GBP", "amount": "1"}, "description": "x", "posted": "2024-03-02T10:00:00Z"}`, 400, "OBP-40044"},
				{`{"from_account_id": "bank-hist-a", "to_account_id": "bank-hist-b", "value": {"currency": "GBP", "amount": "0"}, "description": "x", "posted": "2024-03-02T10:00:00Z"}`, 400, "OBP-40008"},
				{`{"from_account_id": "bank-hist-a", "to_account_id": "bank-hist-b", "value": {"currency": "GBP", "amount": "1"}, "description": "x", "posted": "yesterday"}`, 400, "OBP-10005"},
				{`{"to_account_id": "bank-hist-b", "value": {"currency": "GBP", "amount": "1"}, "description": "x", "posted": "2024-03-02T10:00:00Z"}`, 400, "OBP-09014"},
			} {
				wantOBPError(t, post(clerk.Token, "gh.29.uk", tc.body), tc.status, tc.code)
			}
			if after := countRows(t, db, "transactions"); after != before {
				t.Errorf("refused movements wrote %d legs", after-before)
			}
			if c := balance("alpen.01.de", "bank-hist-c"); c != "0.00" {
				t.Errorf("another bank's account moved: %s", c)
			}
		})
	})
}
