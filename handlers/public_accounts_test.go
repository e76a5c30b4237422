package handlers_test

import (
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestPublicAccountsAreThoseWithAPublicView(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		owner := newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "pub-acct", "GBP")
		openAccount(t, s, owner.Token, "alpen.01.de", "pub-hidden", "EUR")
		const atBank, everywhere = "/obp/v2.0.0/banks/gh.29.uk/accounts/public", "/obp/v5.1.0/accounts/public"
		if got := ids(t, s.Get(t, atBank), "accounts"); len(got) != 0 {
			t.Fatalf("public accounts before any public view: %v", got)
		}
		create := func(accountBank, accountID, body string) {
			t.Helper()
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+accountBank+"/accounts/"+accountID+"/views", body, auth(owner.Token)...)
			if r.Status != 201 {
				t.Fatalf("create view: %d %s", r.Status, r.Body)
			}
		}
		create("gh.29.uk", "pub-acct", `{"name": "_public", "is_public": true, "allowed_actions": ["can_see_bank_account_label"]}`)
		create("gh.29.uk", "pub-acct", `{"name": "_private", "allowed_actions": ["can_see_bank_account_label"]}`)
		create("alpen.01.de", "pub-hidden", `{"name": "_public", "is_public": true, "allowed_actions": []}`)

		// Anonymous callers see it, with its public views only and what they show.
		e := entryWithID(t, s.Get(t, atBank), "accounts", "pub-acct")
		if e == nil || e["label"] != "Test" || len(e["views_available"].([]any)) != 1 ||
			e["views_available"].([]any)[0].(map[string]any)["id"] != "_public" {
			t.Fatalf("public account at the bank: %v", e)
		}
		if got := ids(t, s.Get(t, atBank), "accounts"); len(got) != 1 {
			t.Errorf("the bank's public accounts: %v", got)
		}
		all := s.Get(t, everywhere)
		if e := entryWithID(t, all, "accounts", "pub-hidden"); e == nil || e["label"] != nil {
			t.Errorf("a public view without the label permission shows %v", e)
		}
		if e := entryWithID(t, all, "accounts", "pub-acct"); e == nil {
			t.Errorf("all banks' public accounts: %s", all.Body)
		}
		if got := s.Get(t, "/obp/v2.0.0/accounts/public", auth(owner.Token)...); got.Status != 200 {
			t.Errorf("a logged-in caller: %d", got.Status)
		}
		wantOBPError(t, s.Get(t, "/obp/v2.0.0/banks/no-such-bank/accounts/public"), 404, "OBP-30001")
	})
}
