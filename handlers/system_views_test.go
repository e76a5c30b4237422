package handlers_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

const tellerView = `{"name": "Teller", "description": "What a teller reads", "metadata_view": "Teller", "is_public": false,
	"which_alias_to_use": "", "hide_metadata_if_alias_used": false, "allowed_actions": ["can_see_bank_account_balance"],
	"can_grant_access_to_views": [], "can_revoke_access_to_views": []}`

func TestSystemViewAdministration(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		owner, friend, plain := newUser(t, s), newUser(t, s), newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "sysview-acct", "GBP")
		do := func(tok, verb, path, body string) *testenv.Response {
			return s.Do(t, verb, "/obp/v5.1.0"+path, body, auth(tok)...)
		}
		read := func() *testenv.Response {
			return s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/sysview-acct/Teller/account", auth(friend.Token)...)
		}

		// Without the roles every call is refused, naming the role.
		for _, c := range []struct{ verb, path, body, role string }{
			{http.MethodPost, "/system-views", tellerView, "CanCreateSystemView"},
			{http.MethodGet, "/system-views/owner", "", "CanGetSystemView"},
			{http.MethodGet, "/system-views-ids", "", "CanGetSystemView"},
			{http.MethodPut, "/system-views/owner", `{"allowed_actions": []}`, "CanUpdateSystemView"},
			{http.MethodDelete, "/system-views/owner", "", "CanDeleteSystemView"},
		} {
			if m, _ := wantOBPError(t, do(plain.Token, c.verb, c.path, c.body), 403, "OBP-20006")["message"].(string); !strings.Contains(m, c.role) {
				t.Errorf("%s %s: %q does not name %s", c.verb, c.path, m, c.role)
			}
		}

		r := do(admin, http.MethodPost, "/system-views", tellerView)
		if r.Status != 201 || r.JSON(t)["id"] != "Teller" || r.JSON(t)["is_system"] != true || r.JSON(t)["can_see_bank_account_balance"] != true {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		if got := do(admin, http.MethodGet, "/system-views/Teller", ""); got.Status != 200 || got.JSON(t)["description"] != "What a teller reads" {
			t.Errorf("get: %d %s", got.Status, got.Body)
		}
		if got := ids(t, do(admin, http.MethodGet, "/system-views-ids", ""), "views"); !slices.Contains(got, "owner") || !slices.Contains(got, "Teller") {
			t.Errorf("ids: %v", got)
		}
		// Bad input, and OBP's built-in views are read-only.
		for _, c := range []struct {
			body         string
			status       int
			code, reason string
		}{
			{`{"name": "_teller", "allowed_actions": []}`, 400, "OBP-20020", "a custom view's name"},
			{`{"name": "", "allowed_actions": []}`, 400, "OBP-30255", "an empty name"},
			{`{"name": "owner", "allowed_actions": []}`, 400, "OBP-30254", "a built-in view's name"},
			{tellerView, 400, "OBP-30254", "a created view's name"},
			{`{"name": "Open", "is_public": true, "allowed_actions": []}`, 400, "OBP-30258", "a public system view"},
			{`{"name": "Odd", "allowed_actions": ["can_fly"]}`, 400, "OBP-10020", "an unknown permission"},
			{`{"name": "Odd", "allowed_actions": [], "can_grant_access_to_views": ["nope"]}`, 404, "OBP-30252", "an unknown view to grant"},
			{`{"name": "Odd"}`, 400, "OBP-09014", "no allowed_actions"},
		} {
			t.Run(c.reason, func(t *testing.T) {
				wantOBPError(t, do(admin, http.MethodPost, "/system-views", c.body), c.status, c.code)
			})
		}
		wantOBPError(t, do(admin, http.MethodPut, "/system-views/owner", `{"allowed_actions": []}`), 400, "OBP-20021")
		wantOBPError(t, do(admin, http.MethodDelete, "/system-views/owner", ""), 400, "OBP-20021")
		wantOBPError(t, do(admin, http.MethodGet, "/system-views/Nope", ""), 404, "OBP-30252")
		wantOBPError(t, do(admin, http.MethodGet, "/system-views/_family", ""), 404, "OBP-30252")
		wantOBPError(t, do(admin, http.MethodPut, "/system-views/Nope", `{"allowed_actions": []}`), 404, "OBP-30252")
		wantOBPError(t, do(admin, http.MethodPut, "/system-views/Teller", `{"is_public": true, "allowed_actions": []}`), 400, "OBP-30258")

		// The account's owner hands the created view on, and its holder reads through it.
		if r := grantView(t, s, owner.Token, "gh.29.uk", "sysview-acct", friend.ID, "Teller"); r.Status != 201 {
			t.Fatalf("grant Teller: %d %s", r.Status, r.Body)
		}
		if got := read(); got.Status != 200 || got.JSON(t)["balance"] == nil || got.JSON(t)["number"] != nil {
			t.Fatalf("read through Teller: %d %s", got.Status, got.Body)
		}
		// Changes hold at once for every holder.
		if r := do(admin, http.MethodPut, "/system-views/Teller", `{"allowed_actions": ["can_see_bank_account_number"]}`); r.Status != 200 {
			t.Fatalf("update: %d %s", r.Status, r.Body)
		}
		if got := read().JSON(t); got["balance"] != nil || got["number"] == nil {
			t.Errorf("after the update Teller shows %v", got)
		}
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/sysview-acct/views/Teller/balances", auth(friend.Token)...), 403, "OBP-30022")

		// Granted to anyone, it cannot go; revoked, it can, and nothing of it is left.
		wantOBPError(t, do(admin, http.MethodDelete, "/system-views/Teller", ""), 400, "OBP-30251")
		if r := do(owner.Token, http.MethodPost, "/banks/gh.29.uk/accounts/sysview-acct/views/owner/account-access/revoke",
			`{"user_id": "`+friend.ID+`", "view_id": "Teller"}`); r.Status != 201 {
			t.Fatalf("revoke: %d %s", r.Status, r.Body)
		}
		if r := do(admin, http.MethodDelete, "/system-views/Teller", ""); r.Status != 204 {
			t.Fatalf("delete: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, do(admin, http.MethodGet, "/system-views/Teller", ""), 404, "OBP-30252")
		wantOBPError(t, do(admin, http.MethodDelete, "/system-views/Teller", ""), 404, "OBP-30252")
		wantOBPError(t, grantView(t, s, owner.Token, "gh.29.uk", "sysview-acct", friend.ID, "Teller"), 404, "OBP-30005")
		wantOBPError(t, read(), 403, "OBP-20017")
	})
}

// A change to a system view holds on another process within a second, as grants do.
func TestSystemViewChangesReachAnotherProcess(t *testing.T) {
	db := testenv.OpenPostgres(t)
	a := testenv.Start(t, db, app.Options{Sandbox: true})
	b := testenv.StartProcess(t, db.URL()).Server()
	admin := adminToken(t, a)
	owner, friend := newUser(t, a), newUser(t, a)
	openAccount(t, a, owner.Token, "gh.29.uk", "sysview-procs", "GBP")
	if r := a.Do(t, http.MethodPost, "/obp/v5.1.0/system-views", tellerView, auth(admin)...); r.Status != 201 {
		t.Fatalf("create: %d %s", r.Status, r.Body)
	}
	if r := grantView(t, a, owner.Token, "gh.29.uk", "sysview-procs", friend.ID, "Teller"); r.Status != 201 {
		t.Fatalf("grant: %d %s", r.Status, r.Body)
	}
	onB := func() int {
		return b.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/sysview-procs/views/Teller/balances", auth(friend.Token)...).Status
	}
	if got := onB(); got != 200 {
		t.Fatalf("before the change B answers %d", got)
	}
	if r := a.Do(t, http.MethodPut, "/obp/v5.1.0/system-views/Teller", `{"allowed_actions": []}`, auth(admin)...); r.Status != 200 {
		t.Fatalf("update: %d %s", r.Status, r.Body)
	}
	if took, ok := waitFor(t, time.Second, func() bool { return onB() == 403 }); !ok {
		t.Fatalf("change not effective on B after %v", took)
	}
}
