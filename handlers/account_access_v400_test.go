package handlers_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// accessV400 is a v4.0.0 account-access body.
func accessV400(userID, viewID string, system bool) string {
	return fmt.Sprintf(`{"user_id": %q, "view": {"view_id": %q, "is_system": %t}}`, userID, viewID, system)
}

func TestAccountAccessByBodyV400(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		owner, friend, stranger := newUser(t, s), newUser(t, s), newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "v4-access", "GBP")
		const base = "/obp/v4.0.0/banks/gh.29.uk/accounts/v4-access/account-access"
		post := func(u testUser, path, body string) *testenv.Response {
			return s.Do(t, http.MethodPost, base+path, body, auth(u.Token)...)
		}
		read := func(u testUser, viewID string) int {
			return s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/v4-access/"+viewID+"/account", auth(u.Token)...).Status
		}
		for _, v := range []string{
			`{"name": "_team", "allowed_actions": ["can_grant_access_to_custom_views", "can_see_bank_account_balance"]}`,
			`{"name": "_narrow", "allowed_actions": ["can_see_bank_account_balance"]}`,
			`{"name": "_wide", "allowed_actions": ["can_see_bank_account_balance", "can_see_bank_account_number"]}`,
		} {
			if r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts/v4-access/views", v, auth(owner.Token)...); r.Status != 201 {
				t.Fatalf("create view: %d %s", r.Status, r.Body)
			}
		}

		// The owner grants a system view, acting through owner.
		if r := post(owner, "/grant", accessV400(friend.ID, "auditor", true)); r.Status != 201 || r.JSON(t)["id"] != "auditor" {
			t.Fatalf("grant auditor: %d %s", r.Status, r.Body)
		}
		if got := read(friend, "auditor"); got != 200 {
			t.Fatalf("friend reads through auditor: %d", got)
		}
		// auditor hands nothing on.
		wantOBPError(t, post(friend, "/grant", accessV400(stranger.ID, "auditor", true)), 403, "OBP-20047")
		wantOBPError(t, post(friend, "/grant", accessV400(stranger.ID, "_narrow", false)), 403, "OBP-20047")

		// With _team the friend may grant custom views, but only those within _team's permissions.
		if r := post(owner, "/grant", accessV400(friend.ID, "_team", false)); r.Status != 201 {
			t.Fatalf("grant _team: %d %s", r.Status, r.Body)
		}
		watch := testenv.WatchFingerprint(t, db)
		before := watch.Now(t)
		wantOBPError(t, post(friend, "/grant", accessV400(stranger.ID, "_wide", false)), 403, "OBP-20049")
		wantOBPError(t, post(friend, "/grant", accessV400(stranger.ID, "owner", true)), 403, "OBP-20047")
		if diff := before.Diff(watch.Now(t)); diff != "" {
			t.Errorf("refused grants changed the database: %s", diff)
		}
		if got := read(stranger, "_wide"); got != 403 {
			t.Errorf("stranger reads through _wide after a refused grant: %d", got)
		}
		if r := post(friend, "/grant", accessV400(stranger.ID, "_narrow", false)); r.Status != 201 || r.JSON(t)["id"] != "_narrow" {
			t.Fatalf("friend grants _narrow: %d %s", r.Status, r.Body)
		}
		if got := read(stranger, "_narrow"); got != 200 {
			t.Errorf("stranger reads through _narrow: %d", got)
		}
		// _team may grant but not revoke.
		wantOBPError(t, post(friend, "/revoke", accessV400(stranger.ID, "_narrow", false)), 403, "OBP-20048")

		// No view on the account: refused alike whether or not the account exists.
		nobody := newUser(t, s)
		a := wantOBPError(t, post(nobody, "/grant", accessV400(nobody.ID, "owner", true)), 403, "OBP-20017")
		b := wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v4.0.0/banks/gh.29.uk/accounts/no-such-account/account-access/grant",
			accessV400(nobody.ID, "owner", true), auth(nobody.Token)...), 403, "OBP-20017")
		if a["message"] != b["message"] {
			t.Errorf("refusals differ: %q vs %q", a["message"], b["message"])
		}
		wantOBPError(t, s.Do(t, http.MethodPost, base+"/grant", accessV400(nobody.ID, "owner", true)), 401, "OBP-20001")

		// Bad input.
		wantOBPError(t, post(owner, "/grant", `{"user_id": "`+friend.ID+`"}`), 400, "OBP-09014")
		wantOBPError(t, post(owner, "/grant", `{"user_id": "`+friend.ID+`", "view": {"view_id": "auditor", "is_system": "yes"}}`), 400, "OBP-09014")
		wantOBPError(t, post(owner, "/grant", accessV400(friend.ID, "auditor", false)), 404, "OBP-30005")
		wantOBPError(t, post(owner, "/grant", accessV400(friend.ID, "_narrow", true)), 404, "OBP-30252")
		wantOBPError(t, post(owner, "/grant", accessV400(friend.ID, "NoSuchView", true)), 404, "OBP-30252")
		wantOBPError(t, post(owner, "/grant", accessV400("no-such-user", "auditor", true)), 404, "OBP-20005")

		// Revoke takes effect at once; revoking again finds nothing.
		if r := post(owner, "/revoke", accessV400(friend.ID, "auditor", true)); r.Status != 201 || r.JSON(t)["revoked"] != true {
			t.Fatalf("revoke: %d %s", r.Status, r.Body)
		}
		if got := read(friend, "auditor"); got != 403 {
			t.Errorf("friend still reads through auditor: %d", got)
		}
		wantOBPError(t, post(owner, "/revoke", accessV400(friend.ID, "auditor", true)), 404, "OBP-30065")
	})
}
