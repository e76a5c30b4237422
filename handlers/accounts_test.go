package handlers_test

import (
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestCreateAccount(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		put := func(tok, id, body string) *testenv.Response {
			return s.Do(t, http.MethodPut, "/obp/v5.1.0/banks/gh.29.uk/accounts/"+id, body, auth(tok)...)
		}
		r := put(u.Token, "u-acct-1", `{"label": "Mine", "product_code": "CURRENT", "balance": {"currency": "GBP", "amount": "0"}, "branch_id": "B1"}`)
		if r.Status != 201 {
			t.Fatalf("create for self: %d %s", r.Status, r.Body)
		}
		created := r.JSON(t)
		if created["account_id"] != "u-acct-1" || created["user_id"] != u.ID || created["balance"].(map[string]any)["amount"] != "0.00" {
			t.Errorf("created = %v", created)
		}
		assignedIBAN := ibanOf(t, created)
		mine := s.Get(t, "/obp/v5.1.0/my/accounts", auth(u.Token)...).JSON(t)["accounts"].([]any)
		if len(mine) != 1 || mine[0].(map[string]any)["id"] != "u-acct-1" {
			t.Fatalf("my accounts = %v", mine)
		}
		if views := mine[0].(map[string]any)["views"].([]any); len(views) != 1 || views[0].(map[string]any)["id"] != "owner" {
			t.Errorf("holder's views = %v", views)
		}
		if r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts", `{"balance": {"currency": "GBP", "amount": "0.00"}}`, auth(u.Token)...); r.Status != 201 || r.JSON(t)["account_id"] == "" {
			t.Errorf("POST with a server-chosen id: %d %s", r.Status, r.Body)
		}

		other := newUser(t, s)
		body := `{"user_id": "` + other.ID + `", "balance": {"currency": "GBP", "amount": "0"}}`
		wantOBPError(t, put(u.Token, "for-other", body), 403, "OBP-20006")
		grant(t, s, admin, u.ID, "gh.29.uk", "CanCreateAccount")
		if r := put(u.Token, "for-other", body); r.Status != 201 || r.JSON(t)["user_id"] != other.ID {
			t.Fatalf("create for another with CanCreateAccount: %d %s", r.Status, r.Body)
		}
		if held := s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts-held", auth(other.Token)...).JSON(t)["accounts"].([]any); len(held) != 1 {
			t.Errorf("accounts held by the new holder = %v", held)
		}

		before := countRows(t, db, "accounts")
		wantOBPError(t, put(u.Token, "rich", `{"balance": {"currency": "GBP", "amount": "10"}}`), 400, "OBP-30109")
		wantOBPError(t, put(u.Token, "bad@id", `{"balance": {"currency": "GBP", "amount": "0"}}`), 400, "OBP-30110")
		wantOBPError(t, put(u.Token, "u-acct-1", `{"balance": {"currency": "GBP", "amount": "0"}}`), 400, "OBP-30208")
		wantOBPError(t, put(u.Token, "dup-routing", `{"balance": {"currency": "GBP", "amount": "0"}, "account_routings": [{"scheme": "IBAN", "address": "`+assignedIBAN+`"}]}`), 400, "OBP-30115")
		wantOBPError(t, put(u.Token, "bad-cur", `{"balance": {"currency": "gbp", "amount": "0"}}`), 400, "OBP-10003")
		wantOBPError(t, s.Do(t, http.MethodPut, "/obp/v5.1.0/banks/no.bank/accounts/x1", `{"balance": {"currency": "GBP", "amount": "0"}}`, auth(u.Token)...), 404, "OBP-30001")
		if after := countRows(t, db, "accounts"); after != before {
			t.Errorf("refused creations wrote %d accounts", after-before)
		}
	})
}

func countRows(t *testing.T, db *mapped.DB, table string) int64 {
	t.Helper()
	var n int64
	if err := db.Gorm.Table(table).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

func TestUpdateAccountLabel(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	ellie, omar := sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")
	r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current", `{"label": "Bills"}`, auth(ellie)...)
	if r.Status != 200 || r.JSON(t)["success"] != "Success" {
		t.Fatalf("update label: %d %s", r.Status, r.Body)
	}
	if l := s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current/owner/account", auth(ellie)...).JSON(t)["label"]; l != "Bills" {
		t.Errorf("label = %v", l)
	}
	// omar's _family view shows the label but may not change it
	wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current", `{"label": "Mine now"}`, auth(omar)...), 403, "OBP-20017")
}

// users/current lists the views the user holds on accounts (OBP's views.list).
func TestCurrentUserListsViews(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	omar := sandboxToken(t, s, "omar")
	list := s.Get(t, "/obp/v5.1.0/users/current", auth(omar)...).JSON(t)["views"].(map[string]any)["list"].([]any)
	got := map[string]bool{}
	for _, v := range list {
		m := v.(map[string]any)
		got[m["bank_id"].(string)+"/"+m["account_id"].(string)+"/"+m["view_id"].(string)] = true
	}
	if len(got) != 2 || !got["gh.29.uk/omar-current/owner"] || !got["gh.29.uk/ellie-current/_family"] {
		t.Errorf("omar's views = %v", list)
	}
}
