package handlers_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func dummySCA(t *testing.T, db *mapped.DB) *testenv.Server {
	return testenv.Start(t, db, app.Options{Sandbox: true, Payments: app.PaymentOptions{ScaMethod: "DUMMY"}})
}

func TestPaymentsBelowAndAtTheThreshold(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := dummySCA(t, db)
		ellie, omar := sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")
		for _, typ := range []string{"ACCOUNT", "ACCOUNT_OTP", "SANDBOX_TAN"} {
			r := pay(t, s, ellie, "ellie-current", typ, toAccount("omar-current", "GBP", "10.00"))
			if r.Status != 201 {
				t.Fatalf("%s: %d %s", typ, r.Status, r.Body)
			}
			tr := r.JSON(t)
			if tr["status"] != "COMPLETED" || len(tr["transaction_ids"].([]any)) != 1 || tr["type"] != typ {
				t.Errorf("%s below the threshold = %v", typ, tr)
			}
		}
		if b := balanceOf(t, s, ellie, "ellie-current"); b != "2590.50" {
			t.Errorf("ellie's balance = %s, want 2590.50", b)
		}
		if b := balanceOf(t, s, omar, "omar-current"); b != "1830.00" {
			t.Errorf("omar's balance = %s, want 1830.00", b)
		}

		just := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "999.99")).JSON(t)
		if just["status"] != "COMPLETED" {
			t.Errorf("999.99 = %v, want COMPLETED", just["status"])
		}
		at := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "1000.00"))
		tr := at.JSON(t)
		if at.Status != 201 || tr["status"] != "INITIATED" || len(tr["transaction_ids"].([]any)) != 0 {
			t.Fatalf("1000.00 = %d %v, want INITIATED and nothing moved", at.Status, tr)
		}
		if b := balanceOf(t, s, ellie, "ellie-current"); b != "1590.51" {
			t.Errorf("money moved before the challenge: %s", b)
		}
		ok := answer(t, s, ellie, "ellie-current", "ACCOUNT", tr["id"].(string), challengeOf(t, tr), "123")
		if ok.Status != 202 || ok.JSON(t)["status"] != "COMPLETED" {
			t.Fatalf("answer: %d %s", ok.Status, ok.Body)
		}
		if b := balanceOf(t, s, ellie, "ellie-current"); b != "590.51" {
			t.Errorf("after the answer ellie has %s, want 590.51", b)
		}
		got := s.Get(t, trBase+"ellie-current/owner/transaction-requests/"+tr["id"].(string), auth(ellie)...).JSON(t)
		if got["status"] != "COMPLETED" || len(got["transaction_ids"].([]any)) != 1 {
			t.Errorf("read back = %v", got)
		}
		list := s.Get(t, trBase+"ellie-current/owner/transaction-requests", auth(ellie)...).JSON(t)["transaction_requests_with_charges"].([]any)
		if len(list) != 5 {
			t.Errorf("%d transaction requests listed, want 5", len(list))
		}
		checkBooks(t, db)
	})
}

func TestPaymentValidationWritesNothing(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := testenv.Start(t, db, app.Options{Sandbox: true, Payments: app.PaymentOptions{ScaMethod: "DUMMY",
			EnabledTypes: []string{"ACCOUNT", "SANDBOX_TAN", "COUNTERPARTY", "SEPA", "FREE_FORM", "REFUND"}}})
		ellie := sandboxToken(t, s, "ellie")
		admin := adminToken(t, s)
		u := newUser(t, s)
		openAccount(t, s, u.Token, "gh.29.uk", "u-eur", "EUR")
		beforeTx, beforeTR := countRows(t, db, "transactions"), countRows(t, db, "transaction_requests")
		for _, tc := range []struct {
			typ, body, code string
			status          int
		}{
			{"ACCOUNT", toAccount("omar-current", "EUR", "1.00"), "OBP-40003", 400},
			{"ACCOUNT", toAccount("omar-current", "GBP", "0"), "OBP-40008", 400},
			{"ACCOUNT", toAccount("omar-current", "GBP", "-5.00"), "OBP-40008", 400},
			{"ACCOUNT", toAccount("omar-current", "GBP", "1.001"), "OBP-20054", 400},
			{"ACCOUNT", toAccount("omar-current", "GBP", "999.00"), "OBP-40043", 400}, // twice; the second overdraws
			{"ACCOUNT", toAccount("ellie-current", "GBP", "1.00"), "OBP-40044", 400},
			{"ACCOUNT", toAccount("no-such-account", "GBP", "1.00"), "OBP-30018", 404},
			{"ACCOUNT", toAccount("u-eur", "GBP", "1.00"), "OBP-40003", 400},
			{"ACCOUNT_OTP", toAccount("omar-current", "GBP", "1.00"), "OBP-40001", 400},
			{"ACCOUNT", `{"to": {"bank_id": "gh.29.uk"}, "value": {"currency": "GBP", "amount": "1"}, "description": "x"}`, "OBP-09014", 400},
			{"COUNTERPARTY", `{"to": {"counterparty_id": "nope"}, "value": {"currency": "GBP", "amount": "1"}, "description": "x"}`, "OBP-30017", 404},
			{"FREE_FORM", `{"value": {"currency": "GBP", "amount": "1"}, "description": "x"}`, "OBP-20006", 403},
			{"REFUND", `{"value": {"currency": "GBP", "amount": "1"}, "description": "x", "refund": {"transaction_id": "nope", "reason_code": "CUST"}}`, "OBP-30067", 404},
		} {
			if tc.code == "OBP-40043" {
				if r := pay(t, s, ellie, "ellie-current", tc.typ, tc.body); r.Status != 201 {
					t.Fatalf("first 999.00: %d %s", r.Status, r.Body)
				}
				pay(t, s, ellie, "ellie-current", tc.typ, tc.body)
				beforeTx, beforeTR = countRows(t, db, "transactions"), countRows(t, db, "transaction_requests")
			}
			wantOBPError(t, pay(t, s, ellie, "ellie-current", tc.typ, tc.body), tc.status, tc.code)
		}
		if tx, tr := countRows(t, db, "transactions"), countRows(t, db, "transaction_requests"); tx != beforeTx || tr != beforeTR {
			t.Errorf("refused payments wrote %d legs and %d requests", tx-beforeTx, tr-beforeTR)
		}
		// a view that may not pay: 40002
		r := s.Do(t, http.MethodPost, trBase+"ellie-current/views", `{"name": "_readonly", "allowed_actions": ["can_see_bank_account_balance"]}`, auth(ellie)...)
		if r.Status != 201 {
			t.Fatalf("create view: %d %s", r.Status, r.Body)
		}
		grantView(t, s, ellie, "gh.29.uk", "ellie-current", u.ID, "_readonly")
		wantOBPError(t, s.Do(t, http.MethodPost, trBase+"ellie-current/_readonly/transaction-request-types/ACCOUNT/transaction-requests",
			toAccount("omar-current", "GBP", "1.00"), auth(u.Token)...), 403, "OBP-40002")
		// a bank role lets anyone with access pay
		grant(t, s, admin, u.ID, "gh.29.uk", "CanCreateAnyTransactionRequest")
		if r := s.Do(t, http.MethodPost, trBase+"ellie-current/_readonly/transaction-request-types/ACCOUNT/transaction-requests",
			toAccount("omar-current", "GBP", "1.00"), auth(u.Token)...); r.Status != 201 {
			t.Errorf("with CanCreateAnyTransactionRequest: %d %s", r.Status, r.Body)
		}
		checkBooks(t, db)
	})
}

func TestPaymentTypes(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := dummySCA(t, db)
		ellie, omar, admin := sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar"), adminToken(t, s)
		counterparty := func(name, bankScheme, bankAddr, acctScheme, acctAddr string, beneficiary bool) string {
			r := s.Do(t, http.MethodPost, trBase+"ellie-current/owner/counterparties", fmt.Sprintf(`{"name": "%s", "description": "d",
				"currency": "GBP", "other_account_routing_scheme": "%s", "other_account_routing_address": "%s",
				"other_account_secondary_routing_scheme": "", "other_account_secondary_routing_address": "",
				"other_bank_routing_scheme": "%s", "other_bank_routing_address": "%s", "other_branch_routing_scheme": "",
				"other_branch_routing_address": "", "is_beneficiary": %v, "bespoke": []}`, name, acctScheme, acctAddr, bankScheme, bankAddr, beneficiary), auth(ellie)...)
			if r.Status != 201 {
				t.Fatalf("counterparty %s: %d %s", name, r.Status, r.Body)
			}
			return r.JSON(t)["counterparty_id"].(string)
		}
		cpBody := func(id, amount string) string {
			return fmt.Sprintf(`{"to": {"counterparty_id": "%s"}, "value": {"currency": "GBP", "amount": "%s"}, "description": "rent", "charge_policy": "SHARED"}`, id, amount)
		}
		t.Run("COUNTERPARTY on this server completes", func(t *testing.T) {
			id := counterparty("Omar", "OBP", "gh.29.uk", "OBP", "omar-current", true)
			tr := pay(t, s, ellie, "ellie-current", "COUNTERPARTY", cpBody(id, "5.00")).JSON(t)
			if tr["status"] != "COMPLETED" {
				t.Fatalf("= %v", tr)
			}
			if b := balanceOf(t, s, omar, "omar-current"); b != "1805.00" {
				t.Errorf("omar = %s", b)
			}
		})
		t.Run("COUNTERPARTY elsewhere is forwarded through settlement", func(t *testing.T) {
			id := counterparty("Landlord", "BIC", "DEUTDEFF", "IBAN", "DE89370400440532013000", true)
			tr := pay(t, s, ellie, "ellie-current", "COUNTERPARTY", cpBody(id, "7.00")).JSON(t)
			if tr["status"] != "FORWARDED" || len(tr["transaction_ids"].([]any)) != 1 {
				t.Fatalf("= %v", tr)
			}
		})
		t.Run("COUNTERPARTY that is not a beneficiary is refused", func(t *testing.T) {
			id := counterparty("Stranger", "OBP", "gh.29.uk", "OBP", "omar-current", false)
			wantOBPError(t, pay(t, s, ellie, "ellie-current", "COUNTERPARTY", cpBody(id, "1.00")), 400, "OBP-30013")
		})
		t.Run("SEPA to an IBAN here completes, elsewhere is forwarded", func(t *testing.T) {
			sepa := func(iban string) string {
				return fmt.Sprintf(`{"to": {"iban": "%s"}, "value": {"currency": "GBP", "amount": "2.00"}, "description": "sepa", "charge_policy": "SHARED"}`, iban)
			}
			if tr := pay(t, s, ellie, "ellie-current", "SEPA", sepa("GB93GHBK40291700000002")).JSON(t); tr["status"] != "COMPLETED" {
				t.Errorf("internal SEPA = %v", tr)
			}
			if tr := pay(t, s, ellie, "ellie-current", "SEPA", sepa("FR1420041010050500013M02606")).JSON(t); tr["status"] != "FORWARDED" {
				t.Errorf("external SEPA = %v", tr)
			}
		})
		t.Run("FREE_FORM needs CanCreateAnyTransactionRequest", func(t *testing.T) {
			body := `{"value": {"currency": "GBP", "amount": "1.50"}, "description": "fee"}`
			wantOBPError(t, pay(t, s, ellie, "ellie-current", "FREE_FORM", body), 403, "OBP-20006")
			me := s.Get(t, "/obp/v5.1.0/users/current", auth(ellie)...).JSON(t)["user_id"].(string)
			grant(t, s, admin, me, "gh.29.uk", "CanCreateAnyTransactionRequest")
			if tr := pay(t, s, ellie, "ellie-current", "FREE_FORM", body).JSON(t); tr["status"] != "COMPLETED" {
				t.Errorf("FREE_FORM = %v", tr)
			}
		})
		t.Run("REFUND always asks, returns money once", func(t *testing.T) {
			txs := s.Get(t, trBase+"ellie-current/owner/transactions?sort_direction=ASC&limit=1", auth(ellie)...).JSON(t)["transactions"].([]any)
			salary := txs[0].(map[string]any)["id"].(string) // the 2500.00 deposit from the funding account
			body := `{"value": {"currency": "GBP", "amount": "20.00"}, "description": "refund", "refund": {"transaction_id": "` + salary + `", "reason_code": "CUST"}}`
			tr := pay(t, s, ellie, "ellie-current", "REFUND", body).JSON(t)
			if tr["status"] != "INITIATED" {
				t.Fatalf("refund = %v", tr)
			}
			if r := answer(t, s, ellie, "ellie-current", "REFUND", tr["id"].(string), challengeOf(t, tr), "123"); r.JSON(t)["status"] != "COMPLETED" {
				t.Fatalf("answer = %s", r.Body)
			}
			wantOBPError(t, pay(t, s, ellie, "ellie-current", "REFUND", body), 400, "OBP-30068")
			big := `{"value": {"currency": "GBP", "amount": "9000.00"}, "description": "x", "refund": {"transaction_id": "` + salary + `", "reason_code": "CUST"}}`
			wantOBPError(t, pay(t, s, omar, "ellie-current", "REFUND", big), 403, "OBP-20017")
		})
		t.Run("types and double entry", func(t *testing.T) {
			types := s.Get(t, trBase+"ellie-current/owner/transaction-request-types", auth(ellie)...).JSON(t)["transaction_request_types"].([]any)
			if len(types) != 7 {
				t.Errorf("%d types enabled, want 7", len(types))
			}
			tr := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "1.00")).JSON(t)
			txID := tr["transaction_ids"].([]any)[0].(string)
			path := trBase + "ellie-current/owner/transactions/" + txID + "/double-entry-transaction"
			wantOBPError(t, s.Get(t, path, auth(ellie)...), 403, "OBP-20006")
			me := s.Get(t, "/obp/v5.1.0/users/current", auth(ellie)...).JSON(t)["user_id"].(string)
			grant(t, s, admin, me, "gh.29.uk", "CanGetDoubleEntryTransactionAtOneBank")
			de := s.Get(t, path, auth(ellie)...).JSON(t)
			if de["debit_transaction"].(map[string]any)["transaction_id"] != txID ||
				de["credit_transaction"].(map[string]any)["account_id"] != "omar-current" ||
				de["transaction_request"].(map[string]any)["transaction_request_id"] != tr["id"] {
				t.Errorf("double entry = %v", de)
			}
		})
		checkBooks(t, db)
	})
}
