package handlers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestHistoricalTransaction(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		openAccount(t, s, u.Token, "gh.29.uk", "hist-a", "GBP")
		openAccount(t, s, u.Token, "gh.29.uk", "hist-b", "GBP")
		openAccount(t, s, u.Token, "gh.29.uk", "hist-eur", "EUR")
		fund(t, s, admin, "gh.29.uk", "hist-a", "GBP", "100.00", "2024-03-01T10:00:00Z")

		post := func(body string) *testenv.Response {
			return s.Do(t, http.MethodPost, "/obp/v5.1.0/management/historical/transactions", body, auth(admin)...)
		}
		r := post(`{"from": {"bank_id": "gh.29.uk", "account_id": "hist-a"}, "to": {"bank_id": "gh.29.uk", "account_id": "hist-b"},
			"value": {"currency": "GBP", "amount": "30.25"}, "description": "split", "posted": "2024-03-02T10:00:00Z", "type": "SANDBOX_TAN"}`)
		if r.Status != 201 {
			t.Fatalf("historical: %d %s", r.Status, r.Body)
		}
		if v := r.JSON(t)["value"].(map[string]any); v["amount"] != "30.25" || v["currency"] != "GBP" {
			t.Errorf("value = %v", v)
		}
		balance := func(id string) string {
			return s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/"+id+"/balances", auth(u.Token)...).JSON(t)["balances"].([]any)[0].(map[string]any)["amount"].(string)
		}
		if a, b := balance("hist-a"), balance("hist-b"); a != "69.75" || b != "30.25" {
			t.Errorf("balances after = %s, %s", a, b)
		}
		var legs []struct {
			AccountID string
			Amount    int64
		}
		testenv.Query(t, db, &legs, "SELECT account_id, amount FROM transactions WHERE description = 'split' ORDER BY amount")
		if len(legs) != 2 || legs[0].Amount+legs[1].Amount != 0 || legs[0].AccountID != "hist-a" || legs[0].Amount != -3025 {
			t.Errorf("legs = %+v", legs)
		}

		before := countRows(t, db, "transactions")
		for _, tc := range []struct {
			body, code string
		}{
			{`{"from": {"bank_id": "gh.29.uk", "account_id": "hist-a"}, "to": {"bank_id": "gh.29.uk", "account_id": "hist-eur"}, "value": {"currency": "GBP", "amount": "1"}, "description": "x", "posted": "2024-03-02T10:00:00Z"}`, "OBP-40003"},
			{`{"from": {"bank_id": "gh.29.uk", "account_id": "hist-a"}, "to": {"bank_id": "gh.29.uk", "account_id": "nope"}, "value": {"currency": "GBP", "amount": "1"}, "description": "x", "posted": "2024-03-02T10:00:00Z"}`, "OBP-30018"},
			{`{"from": {"bank_id": "gh.29.uk", "account_id": "hist-a"}, "to": {"bank_id": "gh.29.uk", "account_id": "hist-b"}, "value": {"currency": "GBP", "amount": "0"}, "description": "x", "posted": "2024-03-02T10:00:00Z"}`, "OBP-40008"},
			{`{"from": {"bank_id": "gh.29.uk", "account_id": "hist-a"}, "to": {"bank_id": "gh.29.uk", "account_id": "hist-b"}, "value": {"currency": "GBP", "amount": "1.001"}, "description": "x", "posted": "2024-03-02T10:00:00Z"}`, "OBP-20054"},
			{`{"from": {"bank_id": "gh.29.uk", "account_id": "hist-a"}, "to": {"bank_id": "gh.29.uk", "account_id": "hist-a"}, "value": {"currency": "GBP", "amount": "1"}, "description": "x", "posted": "2024-03-02T10:00:00Z"}`, "OBP-40044"},
			{`{"from": {"bank_id": "gh.29.uk", "account_id": "hist-a"}, "to": {"bank_id": "gh.29.uk", "account_id": "hist-b"}, "value": {"currency": "GBP", "amount": "1"}, "description": "x", "posted": "yesterday"}`, "OBP-10005"},
		} {
			status := 400
			if tc.code == "OBP-30018" {
				status = 404
			}
			wantOBPError(t, post(tc.body), status, tc.code)
		}
		if after := countRows(t, db, "transactions"); after != before {
			t.Errorf("refused movements wrote %d legs", after-before)
		}
		if a, b := balance("hist-a"), balance("hist-b"); a != "69.75" || b != "30.25" {
			t.Errorf("refused movements moved money: %s, %s", a, b)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/management/historical/transactions",
			`{"from": {"bank_id": "gh.29.uk", "account_id": "hist-a"}, "to": {"bank_id": "gh.29.uk", "account_id": "hist-b"}, "value": {"currency": "GBP", "amount": "1"}, "description": "x", "posted": "2024-03-02T10:00:00Z"}`,
			auth(u.Token)...), 403, "OBP-20006")
	})
}

func TestTransactionPagingAndFilters(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		openAccount(t, s, u.Token, "gh.29.uk", "paged", "GBP")
		for _, d := range []string{"2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"} {
			fund(t, s, admin, "gh.29.uk", "paged", "GBP", "1.00", d+"T12:00:00Z")
		}
		list := func(query string) []string {
			r := s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/paged/owner/transactions"+query, auth(u.Token)...)
			if r.Status != 200 {
				t.Fatalf("%s: %d %s", query, r.Status, r.Body)
			}
			var days []string
			for _, tx := range r.JSON(t)["transactions"].([]any) {
				days = append(days, tx.(map[string]any)["details"].(map[string]any)["posted"].(string)[:10])
			}
			return days
		}
		check := func(query string, want ...string) {
			t.Helper()
			if got := list(query); strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("%s = %v, want %v", query, got, want)
			}
		}
		check("", "2024-01-05", "2024-01-04", "2024-01-03", "2024-01-02", "2024-01-01")
		check("?sort_direction=ASC&limit=2", "2024-01-01", "2024-01-02")
		check("?sort_direction=asc&limit=2&offset=2", "2024-01-03", "2024-01-04")
		check("?offset=5")
		check("?from_date=2024-01-02T00:00:00.000Z&to_date=2024-01-03T23:59:59.000Z&sort_direction=ASC", "2024-01-02", "2024-01-03")
		check("?from_date=2024-01-05T12:00:00Z", "2024-01-05")
		core := s.Get(t, "/obp/v5.1.0/my/banks/gh.29.uk/accounts/paged/transactions?limit=1", auth(u.Token)...).JSON(t)["transactions"].([]any)
		if len(core) != 1 {
			t.Errorf("core transactions with limit=1: %d", len(core))
		}
		base := "/obp/v5.1.0/banks/gh.29.uk/accounts/paged/owner/transactions"
		wantOBPError(t, s.Get(t, base+"?limit=0", auth(u.Token)...), 400, "OBP-10025")
		wantOBPError(t, s.Get(t, base+"?limit=abc", auth(u.Token)...), 400, "OBP-10025")
		wantOBPError(t, s.Get(t, base+"?limit=1001", auth(u.Token)...), 400, "OBP-10025")
		wantOBPError(t, s.Get(t, base+"?offset=-1", auth(u.Token)...), 400, "OBP-10024")
		wantOBPError(t, s.Get(t, base+"?sort_direction=sideways", auth(u.Token)...), 400, "OBP-10023")
		wantOBPError(t, s.Get(t, base+"?from_date=01/02/2024", auth(u.Token)...), 400, "OBP-10026")
		wantOBPError(t, s.Get(t, base+"?from_date=2024-02-01&to_date=2024-01-01", auth(u.Token)...), 400, "OBP-10026")
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/paged/owner/transactions/no-such-tx/transaction", auth(u.Token)...), 404, "OBP-30067")
	})
}
