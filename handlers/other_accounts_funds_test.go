package handlers_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	sbx "github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/internal/testenv"
)

func TestOtherAccountsAsTheViewShowsThem(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		owner, reader, stranger := newUser(t, s), newUser(t, s), newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "oa-acct", "GBP")
		fund(t, s, admin, "gh.29.uk", "oa-acct", "GBP", "100.00", "2024-03-01T09:00:00Z")
		fund(t, s, admin, "gh.29.uk", "oa-acct", "GBP", "20.00", "2024-03-02T09:00:00Z")
		if r := pay(t, s, owner.Token, "oa-acct", "ACCOUNT", toAccount("ellie-current", "GBP", "5.00")); r.Status != 201 {
			t.Fatalf("pay: %d %s", r.Status, r.Body)
		}
		const base = "/obp/v3.0.0/banks/gh.29.uk/accounts/oa-acct/"
		all := listOf(t, s.Get(t, base+"owner/other_accounts", auth(owner.Token)...), "other_accounts")
		byID := map[string]map[string]any{}
		for _, e := range all {
			m := e.(map[string]any)
			byID[m["id"].(string)] = m
		}
		if len(all) != 2 || byID["ellie-current"] == nil || byID[sbx.FundingAccountID] == nil {
			t.Fatalf("other accounts through owner: %v", all)
		}
		if e := byID["ellie-current"]; e["holder"].(map[string]any)["name"] == "" || e["bank_routing"].(map[string]any)["address"] != "gh.29.uk" || e["metadata"] == nil {
			t.Errorf("ellie-current through owner: %v", e)
		}
		for _, v := range []string{
			`{"name": "_others", "allowed_actions": ["can_see_transaction_other_bank_account"]}`,
			`{"name": "_none", "allowed_actions": ["can_see_bank_account_balance"]}`,
		} {
			s.Do(t, http.MethodPost, trBase+"oa-acct/views", v, auth(owner.Token)...)
		}
		grantView(t, s, owner.Token, "gh.29.uk", "oa-acct", reader.ID, "_others")
		grantView(t, s, owner.Token, "gh.29.uk", "oa-acct", reader.ID, "_none")
		for _, e := range listOf(t, s.Get(t, base+"_others/other_accounts", auth(reader.Token)...), "other_accounts") {
			if m := e.(map[string]any); len(m) != 1 || m["id"] == nil {
				t.Errorf("through a view without the other side's details: %v", m)
			}
		}
		wantOBPError(t, s.Get(t, base+"_none/other_accounts", auth(reader.Token)...), 403, "OBP-30022")
		a := wantOBPError(t, s.Get(t, base+"owner/other_accounts", auth(stranger.Token)...), 403, "OBP-20017")
		b := wantOBPError(t, s.Get(t, "/obp/v3.0.0/banks/gh.29.uk/accounts/nope/owner/other_accounts", auth(stranger.Token)...), 403, "OBP-20017")
		if a["message"] != b["message"] {
			t.Errorf("refusals differ: %q vs %q", a["message"], b["message"])
		}
	})
}

func TestCheckFundsAvailable(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		owner, reader, stranger := newUser(t, s), newUser(t, s), newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "funds-acct", "GBP")
		fund(t, s, admin, "gh.29.uk", "funds-acct", "GBP", "50.00", "2024-03-01T09:00:00Z")
		ask := func(u testUser, viewID, query string) *testenv.Response {
			return s.Get(t, "/obp/v3.1.0/banks/gh.29.uk/accounts/funds-acct/"+viewID+"/funds-available"+query, auth(u.Token)...)
		}
		for query, want := range map[string]string{
			"?amount=50.00&currency=GBP": "yes", "?amount=0.01&currency=GBP": "yes", "?amount=50.01&currency=GBP": "no",
			"?amount=1&currency=EUR": "no",
		} {
			r := ask(owner, "owner", query)
			if r.Status != 200 || r.JSON(t)["answer"] != want {
				t.Errorf("%s: %d %s, want %s", query, r.Status, r.Body, want)
			}
			if r.JSON(t)["available_funds_request_id"] != r.Header.Get("Correlation-Id") || r.JSON(t)["date"] == "" {
				t.Errorf("%s: %s", query, r.Body)
			}
		}
		for query, code := range map[string]string{
			"?currency=GBP": "OBP-20055", "?amount=1": "OBP-20055", "": "OBP-20055",
			"?amount=ten&currency=GBP": "OBP-20054", "?amount=1.001&currency=GBP": "OBP-20054", "?amount=1&currency=gbp": "OBP-10003",
		} {
			wantOBPError(t, ask(owner, "owner", query), 400, code)
		}
		s.Do(t, http.MethodPost, trBase+"funds-acct/views", `{"name": "_funds", "allowed_actions": ["can_query_available_funds"]}`, auth(owner.Token)...)
		s.Do(t, http.MethodPost, trBase+"funds-acct/views", `{"name": "_balance", "allowed_actions": ["can_see_bank_account_balance"]}`, auth(owner.Token)...)
		grantView(t, s, owner.Token, "gh.29.uk", "funds-acct", reader.ID, "_funds")
		grantView(t, s, owner.Token, "gh.29.uk", "funds-acct", reader.ID, "_balance")
		if r := ask(reader, "_funds", "?amount=10&currency=GBP"); r.JSON(t)["answer"] != "yes" {
			t.Errorf("through _funds: %s", r.Body)
		}
		wantOBPError(t, ask(reader, "_balance", "?amount=10&currency=GBP"), 403, "OBP-30022")
		a := wantOBPError(t, ask(stranger, "owner", "?amount=10&currency=GBP"), 403, "OBP-20017")
		b := wantOBPError(t, s.Get(t, "/obp/v3.1.0/banks/gh.29.uk/accounts/nope/owner/funds-available?amount=10&currency=GBP", auth(stranger.Token)...), 403, "OBP-20017")
		if a["message"] != b["message"] {
			t.Errorf("refusals differ: %q vs %q", a["message"], b["message"])
		}
	})
}

func TestAccountByRoutingForItsOwnersOnly(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		owner, friend, stranger := newUser(t, s), newUser(t, s), newUser(t, s)
		const iban = "GB33BUKB20201555555555"
		r := s.Do(t, http.MethodPut, "/obp/v5.1.0/banks/gh.29.uk/accounts/routed", fmt.Sprintf(
			`{"user_id": %q, "label": "Routed", "product_code": "CURRENT", "balance": {"currency": "GBP", "amount": "0"},
			  "account_routings": [{"scheme": "IBAN", "address": %q}]}`, owner.ID, iban), auth(admin)...)
		if r.Status != 201 {
			t.Fatalf("open account: %d %s", r.Status, r.Body)
		}
		grantView(t, s, owner.Token, "gh.29.uk", "routed", friend.ID, "auditor")
		query := func(u testUser, body string) *testenv.Response {
			return s.Do(t, http.MethodPost, "/obp/v4.0.0/management/accounts/account-routing-query", body, auth(u.Token)...)
		}
		byIBAN := func(bankID string) string {
			return fmt.Sprintf(`{"bank_id": %q, "account_routing": {"scheme": "IBAN", "address": %q}}`, bankID, iban)
		}
		for _, body := range []string{byIBAN("gh.29.uk"), `{"account_routing": {"scheme": "IBAN", "address": "` + iban + `"}}`} {
			got := query(owner, body)
			if got.Status != 200 || got.JSON(t)["id"] != "routed" || got.JSON(t)["label"] != "Routed" || len(got.JSON(t)["account_routings"].([]any)) != 1 {
				t.Errorf("owner's query %s: %d %s", body, got.Status, got.Body)
			}
		}
		if got := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/accounts/account-routing-query", byIBAN(""), auth(owner.Token)...); got.Status != 200 {
			t.Errorf("under v5.1.0: %d", got.Status)
		}
		// Anyone without the owner view learns nothing: the answer is that of a routing nobody has.
		missing := wantOBPError(t, query(owner, `{"account_routing": {"scheme": "IBAN", "address": "GB94BARC10201530093459"}}`), 404, "OBP-30073")
		for name, r := range map[string]*testenv.Response{
			"another bank": query(owner, byIBAN("alpen.01.de")), "an auditor": query(friend, byIBAN("")), "a stranger": query(stranger, byIBAN("")),
		} {
			if got := wantOBPError(t, r, 404, "OBP-30073"); got["message"] != missing["message"] {
				t.Errorf("%s: %q, a missing routing %q", name, got["message"], missing["message"])
			}
		}
		wantOBPError(t, query(owner, `{"bank_id": "gh.29.uk"}`), 400, "OBP-09014")
		wantOBPError(t, query(owner, `{"account_routing": {"scheme": "", "address": "x"}}`), 400, "OBP-09014")
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v4.0.0/management/accounts/account-routing-query", byIBAN("")), 401, "OBP-20001")
	})
}
