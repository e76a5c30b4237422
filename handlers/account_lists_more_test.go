package handlers_test

import (
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// ids lists the "id" of each entry of a list.
func ids(t *testing.T, r *testenv.Response, field string) []string {
	t.Helper()
	var out []string
	for _, e := range listOf(t, r, field) {
		out = append(out, e.(map[string]any)["id"].(string))
	}
	return out
}

func entryWithID(t *testing.T, r *testenv.Response, field, id string) map[string]any {
	t.Helper()
	for _, e := range listOf(t, r, field) {
		if m := e.(map[string]any); m["id"] == id {
			return m
		}
	}
	return nil
}

func TestPrivateAccountsListPrivateViewsOnly(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		owner, friend := newUser(t, s), newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "priv-acct", "GBP")
		for _, path := range []string{"/obp/v3.0.0/banks/gh.29.uk/accounts/private", "/obp/v5.1.0/banks/gh.29.uk/accounts/private",
			"/obp/v1.2.1/accounts/private", "/obp/v5.1.0/accounts/private"} {
			r := s.Get(t, path, auth(owner.Token)...)
			e := entryWithID(t, r, "accounts", "priv-acct")
			if e == nil || e["label"] != "Test" || len(e["views"].([]any)) != 1 {
				t.Errorf("%s: %s", path, r.Body)
			}
			wantOBPError(t, s.Get(t, path), 401, "OBP-20001")
		}
		wantOBPError(t, s.Get(t, "/obp/v3.0.0/banks/no-such-bank/accounts/private", auth(owner.Token)...), 404, "OBP-30001")

		// A public view granted to the friend is not a private one: the account is not theirs to list.
		r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts/priv-acct/views",
			`{"name": "_public", "is_public": true, "allowed_actions": ["can_see_bank_account_label"]}`, auth(owner.Token)...)
		if r.Status != 201 {
			t.Fatalf("create public view: %d %s", r.Status, r.Body)
		}
		grantView(t, s, owner.Token, "gh.29.uk", "priv-acct", friend.ID, "_public")
		if got := ids(t, s.Get(t, "/obp/v3.0.0/banks/gh.29.uk/accounts/private", auth(friend.Token)...), "accounts"); len(got) != 0 {
			t.Errorf("friend's private accounts: %v", got)
		}
		if e := entryWithID(t, s.Get(t, "/obp/v5.1.0/my/accounts", auth(friend.Token)...), "accounts", "priv-acct"); e == nil {
			t.Error("GET /my/accounts still lists every view")
		}
	})
}

func TestCoreAccountThroughAView(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		owner, friend, stranger := newUser(t, s), newUser(t, s), newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "core-view", "GBP")
		const base = "/obp/v5.1.0/banks/gh.29.uk/accounts/core-view/views/"
		r := s.Get(t, base+"owner", auth(owner.Token)...)
		if r.Status != 200 || r.JSON(t)["id"] != "core-view" || r.JSON(t)["number"] == nil || r.JSON(t)["balance"] == nil {
			t.Fatalf("through owner: %d %s", r.Status, r.Body)
		}
		s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts/core-view/views",
			`{"name": "_balance", "allowed_actions": ["can_see_bank_account_balance"]}`, auth(owner.Token)...)
		grantView(t, s, owner.Token, "gh.29.uk", "core-view", friend.ID, "_balance")
		seen := s.Get(t, base+"_balance", auth(friend.Token)...).JSON(t)
		if seen["balance"] == nil || seen["number"] != nil || seen["label"] != nil {
			t.Errorf("through _balance: %v", seen)
		}
		// A view the caller does not hold: refused alike for a missing account.
		wantOBPError(t, s.Get(t, base+"owner", auth(friend.Token)...), 403, "OBP-20017")
		a := wantOBPError(t, s.Get(t, base+"owner", auth(stranger.Token)...), 403, "OBP-20017")
		b := wantOBPError(t, s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/nope/views/owner", auth(stranger.Token)...), 403, "OBP-20017")
		if a["message"] != b["message"] {
			t.Errorf("refusals differ: %q vs %q", a["message"], b["message"])
		}
	})
}

func TestCustomViewForATargetView(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		owner, maker, stranger := newUser(t, s), newUser(t, s), newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "tv-acct", "GBP")
		const base = "/obp/v5.1.0/banks/gh.29.uk/accounts/tv-acct/views/"
		create := func(u testUser, through, body string) *testenv.Response {
			return s.Do(t, http.MethodPost, base+through+"/target-views", body, auth(u.Token)...)
		}
		r := create(owner, "owner", `{"name": "_maker", "description": "makes views", "metadata_view": "_maker", "is_public": false,
			"which_alias_to_use": "", "hide_metadata_if_alias_used": false,
			"allowed_permissions": ["can_create_custom_view", "can_see_bank_account_balance"]}`)
		m := r.JSON(t)
		if r.Status != 201 || m["id"] != "_maker" || m["name"] != "_maker" || m["description"] != "makes views" ||
			len(m["allowed_permissions"].([]any)) != 2 {
			t.Fatalf("create through owner: %d %s", r.Status, r.Body)
		}
		grantView(t, s, owner.Token, "gh.29.uk", "tv-acct", maker.ID, "_maker")
		if r := create(maker, "_maker", `{"name": "_small", "allowed_permissions": ["can_see_bank_account_balance"]}`); r.Status != 201 {
			t.Fatalf("create within _maker's permissions: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, create(maker, "_maker", `{"name": "_big", "allowed_permissions": ["can_see_bank_account_number"]}`), 403, "OBP-20049")
		wantOBPError(t, create(maker, "_small", `{"name": "_x", "allowed_permissions": []}`), 403, "OBP-20017")
		wantOBPError(t, create(maker, "owner", `{"name": "_x", "allowed_permissions": []}`), 403, "OBP-20017")
		// Bad input.
		wantOBPError(t, create(owner, "owner", `{"name": "family", "allowed_permissions": []}`), 400, "OBP-20020")
		e := wantOBPError(t, create(owner, "owner", `{"name": "_odd", "allowed_permissions": ["can_fly"]}`), 400, "OBP-10020")
		if e["field"] != "/allowed_permissions" {
			t.Errorf("unknown permission reported at %v", e["field"])
		}
		wantOBPError(t, create(owner, "owner", `{"name": "_odd"}`), 400, "OBP-09014")
		wantOBPError(t, create(owner, "owner", `{"name": "_maker", "allowed_permissions": []}`), 400, "OBP-20020")
		// No view: refused alike for a missing account.
		a := wantOBPError(t, create(stranger, "owner", `{"name": "_x", "allowed_permissions": []}`), 403, "OBP-20017")
		b := wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts/nope/views/owner/target-views",
			`{"name": "_x", "allowed_permissions": []}`, auth(stranger.Token)...), 403, "OBP-20017")
		if a["message"] != b["message"] {
			t.Errorf("refusals differ: %q vs %q", a["message"], b["message"])
		}
	})
}

func TestGetCustomViewThroughAView(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		owner, reader, stranger := newUser(t, s), newUser(t, s), newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "gv-acct", "GBP")
		for _, v := range []string{`{"name": "_getter", "allowed_actions": ["can_get_custom_view"]}`, `{"name": "_blind", "allowed_actions": []}`} {
			if r := s.Do(t, http.MethodPost, trBase+"gv-acct/views", v, auth(owner.Token)...); r.Status != 201 {
				t.Fatalf("create view: %d %s", r.Status, r.Body)
			}
		}
		grantView(t, s, owner.Token, "gh.29.uk", "gv-acct", reader.ID, "_getter")
		grantView(t, s, owner.Token, "gh.29.uk", "gv-acct", reader.ID, "_blind")
		get := func(u testUser, through, target string) *testenv.Response {
			return s.Get(t, trBase+"gv-acct/views/"+through+"/target-views/"+target, auth(u.Token)...)
		}
		if r := get(reader, "_getter", "_blind"); r.Status != 200 || r.JSON(t)["id"] != "_blind" || r.JSON(t)["allowed_permissions"] == nil {
			t.Fatalf("through _getter: %d %s", r.Status, r.Body)
		}
		if r := get(owner, "owner", "_getter"); r.Status != 200 || len(r.JSON(t)["allowed_permissions"].([]any)) != 1 {
			t.Errorf("through owner: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, get(reader, "_blind", "_getter"), 403, "OBP-30022")
		wantOBPError(t, get(owner, "owner", "_nope"), 404, "OBP-30005")
		wantOBPError(t, get(owner, "owner", "auditor"), 404, "OBP-30005")
		a := wantOBPError(t, get(stranger, "owner", "_blind"), 403, "OBP-20017")
		b := wantOBPError(t, s.Get(t, trBase+"nope/views/owner/target-views/_blind", auth(stranger.Token)...), 403, "OBP-20017")
		if a["message"] != b["message"] {
			t.Errorf("refusals differ: %q vs %q", a["message"], b["message"])
		}
	})
}
