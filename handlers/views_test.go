package handlers_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestCustomViewsAndAccountAccess(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		owner, friend := newUser(t, s), newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "shared", "GBP")
		base := "/obp/v5.1.0/banks/gh.29.uk/accounts/shared"
		post := func(path, body string) *testenv.Response {
			return s.Do(t, http.MethodPost, base+path, body, auth(owner.Token)...)
		}

		r := post("/views", `{"name": "_accountant", "description": "numbers only", "allowed_actions": ["can_see_bank_account_balance"]}`)
		if r.Status != 201 || r.JSON(t)["id"] != "_accountant" || r.JSON(t)["can_see_bank_account_balance"] != true || r.JSON(t)["can_see_bank_account_number"] != false {
			t.Fatalf("create view: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, post("/views", `{"name": "family", "allowed_actions": []}`), 400, "OBP-20020")
		wantOBPError(t, post("/views", `{"name": "_x", "allowed_actions": ["can_fly"]}`), 400, "OBP-10020")
		wantOBPError(t, s.Do(t, http.MethodPut, base+"/views/owner", `{"allowed_actions": []}`, auth(owner.Token)...), 400, "OBP-20021")
		wantOBPError(t, s.Do(t, http.MethodDelete, base+"/views/owner", "", auth(owner.Token)...), 400, "OBP-20021")

		// grant, read, revoke: each takes effect at once
		wantOBPError(t, s.Get(t, base+"/_accountant/account", auth(friend.Token)...), 403, "OBP-20017")
		if r := grantView(t, s, owner.Token, "gh.29.uk", "shared", friend.ID, "_accountant"); r.Status != 201 || r.JSON(t)["id"] != "_accountant" {
			t.Fatalf("grant: %d %s", r.Status, r.Body)
		}
		seen := s.Get(t, base+"/_accountant/account", auth(friend.Token)...)
		if seen.Status != 200 {
			t.Fatalf("after grant: %d %s", seen.Status, seen.Body)
		}
		if _, ok := seen.JSON(t)["number"]; ok {
			t.Error("_accountant shows the number")
		}
		views := s.Get(t, base+"/views", auth(owner.Token)...).JSON(t)["views"].([]any)
		if len(views) != 2 {
			t.Errorf("views on the account = %d, want owner and _accountant", len(views))
		}
		perms := s.Get(t, base+"/permissions", auth(owner.Token)...).JSON(t)["permissions"].([]any)
		if len(perms) != 2 {
			t.Errorf("permissions list %d users", len(perms))
		}
		// updating the view changes what the friend sees, at once
		if r := s.Do(t, http.MethodPut, base+"/views/_accountant", `{"allowed_actions": ["can_see_bank_account_balance", "can_see_bank_account_number"]}`, auth(owner.Token)...); r.Status != 200 {
			t.Fatalf("update view: %d %s", r.Status, r.Body)
		}
		if _, ok := s.Get(t, base+"/_accountant/account", auth(friend.Token)...).JSON(t)["number"]; !ok {
			t.Error("after update _accountant still hides the number")
		}
		// the friend cannot grant with a view that lacks the right
		wantOBPError(t, s.Do(t, http.MethodPost, base+"/views/_accountant/account-access/grant",
			`{"user_id": "`+friend.ID+`", "view_id": "owner"}`, auth(friend.Token)...), 403, "OBP-20047")
		wantOBPError(t, grantView(t, s, owner.Token, "gh.29.uk", "shared", friend.ID, "_nope"), 404, "OBP-30005")
		wantOBPError(t, grantView(t, s, owner.Token, "gh.29.uk", "shared", "no-such-user", "_accountant"), 404, "OBP-20005")

		r = post("/views/owner/account-access/revoke", `{"user_id": "`+friend.ID+`", "view_id": "_accountant"}`)
		if r.Status != 201 || r.JSON(t)["revoked"] != true {
			t.Fatalf("revoke: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Get(t, base+"/_accountant/account", auth(friend.Token)...), 403, "OBP-20017")
		wantOBPError(t, post("/views/owner/account-access/revoke", `{"user_id": "`+friend.ID+`", "view_id": "_accountant"}`), 404, "OBP-30065")

		// deleting a view removes its grants
		grantView(t, s, owner.Token, "gh.29.uk", "shared", friend.ID, "_accountant")
		if r := s.Do(t, http.MethodDelete, base+"/views/_accountant", "", auth(owner.Token)...); r.Status != 204 {
			t.Fatalf("delete view: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Get(t, base+"/_accountant/account", auth(friend.Token)...), 403, "OBP-20017")
		if mine := s.Get(t, "/obp/v5.1.0/my/accounts", auth(friend.Token)...).JSON(t)["accounts"].([]any); len(mine) != 0 {
			t.Errorf("friend still lists %v", mine)
		}
	})
}

// Account access granted or revoked on one process holds on another within a second.
func TestAccountAccessPropagatesToAnotherProcess(t *testing.T) {
	db := testenv.OpenPostgres(t)
	a := testenv.Start(t, db, app.Options{Sandbox: true})
	b := testenv.StartProcess(t, db.URL()).Server()
	owner, friend := newUser(t, a), newUser(t, a)
	openAccount(t, a, owner.Token, "gh.29.uk", "two-procs", "GBP")
	onB := func() int {
		return b.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/two-procs/auditor/account", auth(friend.Token)...).Status
	}
	if got := onB(); got != 403 {
		t.Fatalf("before the grant B answers %d", got)
	}
	if r := grantView(t, a, owner.Token, "gh.29.uk", "two-procs", friend.ID, "auditor"); r.Status != 201 {
		t.Fatalf("grant: %d %s", r.Status, r.Body)
	}
	if took, ok := waitFor(t, time.Second, func() bool { return onB() == 200 }); !ok {
		t.Fatalf("grant not effective on B after %v", took)
	} else {
		t.Logf("grant visible on B after %v", took)
	}
	r := a.Do(t, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts/two-procs/views/owner/account-access/revoke",
		`{"user_id": "`+friend.ID+`", "view_id": "auditor"}`, auth(owner.Token)...)
	if r.Status != 201 {
		t.Fatalf("revoke: %d %s", r.Status, r.Body)
	}
	if took, ok := waitFor(t, time.Second, func() bool { return onB() == 403 }); !ok {
		t.Fatalf("revoke not effective on B after %v", took)
	} else {
		t.Logf("revoke visible on B after %v", took)
	}
}
