package handlers_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// list reads an answer's array field, failing the test when the call did not succeed.
func list(t *testing.T, r *testenv.Response, field string) []map[string]any {
	t.Helper()
	if r.Status != 200 {
		t.Fatalf("status %d: %s", r.Status, r.Body)
	}
	raw, ok := r.JSON(t)[field].([]any)
	if !ok {
		t.Fatalf("no %q array in %s", field, r.Body)
	}
	out := make([]map[string]any, len(raw))
	for i, x := range raw {
		out[i] = x.(map[string]any)
	}
	return out
}

func TestGetAllEntitlements(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		id := grant(t, s, admin, u.ID, "gh.29.uk", "CanCreateCustomer")

		t.Run("one role's entitlements, with their holders", func(t *testing.T) {
			got := list(t, s.Get(t, "/obp/v3.1.0/entitlements?role=CanCreateCustomer", auth(admin)...), "list")
			if len(got) != 1 {
				t.Fatalf("entitlements = %v, want only %s's", got, u.Username)
			}
			want := map[string]any{"entitlement_id": id, "role_name": "CanCreateCustomer", "bank_id": "gh.29.uk", "user_id": u.ID, "username": u.Username}
			for k, v := range want {
				if got[0][k] != v {
					t.Errorf("%s = %v, want %v", k, got[0][k], v)
				}
			}
		})
		t.Run("every entitlement, paged, under every later version", func(t *testing.T) {
			page := list(t, s.Get(t, "/obp/v5.1.0/entitlements?limit=2", auth(admin)...), "list")
			if len(page) != 2 {
				t.Errorf("limit=2 answered %d entitlements", len(page))
			}
			next := list(t, s.Get(t, "/obp/v5.1.0/entitlements?limit=2&offset=2", auth(admin)...), "list")
			if len(next) == 0 || next[0]["entitlement_id"] == page[0]["entitlement_id"] {
				t.Errorf("offset=2 answered %v after %v", next, page)
			}
		})
		t.Run("without the role", func(t *testing.T) {
			r := wantOBPError(t, s.Get(t, "/obp/v3.1.0/entitlements", auth(u.Token)...), 403, "OBP-20006")
			if msg := r["message"].(string); !strings.Contains(msg, "CanGetEntitlementsForAnyUserAtAnyBank") {
				t.Errorf("message %q does not name the role", msg)
			}
		})
		t.Run("bad input", func(t *testing.T) {
			wantOBPError(t, s.Get(t, "/obp/v3.1.0/entitlements?role=CanFly", auth(admin)...), 400, "OBP-10007")
			wantOBPError(t, s.Get(t, "/obp/v3.1.0/entitlements?limit=0", auth(admin)...), 400, "OBP-10025")
			wantOBPError(t, s.Get(t, "/obp/v3.1.0/entitlements"), 401, "OBP-20001")
		})
	})
}

func TestGetEntitlementsByBankAndUser(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		atBank := grant(t, s, admin, u.ID, "gh.29.uk", "CanCreateCustomer")
		grant(t, s, admin, u.ID, "alpen.01.de", "CanCreateCustomer")
		grant(t, s, admin, u.ID, "", "CanGetAnyUser")
		banker := newUser(t, s)
		grant(t, s, admin, banker.ID, "gh.29.uk", "CanGetEntitlementsForAnyUserAtOneBank")
		path := func(bankID, userID string) string {
			return "/obp/v2.1.0/banks/" + bankID + "/users/" + userID + "/entitlements"
		}

		t.Run("the user's entitlements at that bank only", func(t *testing.T) {
			for _, tok := range []string{admin, banker.Token} {
				got := list(t, s.Get(t, path("gh.29.uk", u.ID), auth(tok)...), "list")
				if len(got) != 1 || got[0]["entitlement_id"] != atBank || got[0]["bank_id"] != "gh.29.uk" || got[0]["role_name"] != "CanCreateCustomer" {
					t.Errorf("entitlements at gh.29.uk = %v", got)
				}
			}
			if got := list(t, s.Get(t, path("rio.07.es", u.ID), auth(admin)...), "list"); len(got) != 0 {
				t.Errorf("entitlements at a bank where the user holds none = %v", got)
			}
		})
		t.Run("without the role, or with it at another bank", func(t *testing.T) {
			wantOBPError(t, s.Get(t, path("gh.29.uk", u.ID), auth(u.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Get(t, path("alpen.01.de", u.ID), auth(banker.Token)...), 403, "OBP-20006")
		})
		t.Run("no existence oracle: unknown banks and users are refused before they are looked up", func(t *testing.T) {
			wantOBPError(t, s.Get(t, path("no.such.bank", u.ID), auth(banker.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Get(t, path("gh.29.uk", "no-such-user"), auth(u.Token)...), 403, "OBP-20006")
		})
		t.Run("bad input", func(t *testing.T) {
			wantOBPError(t, s.Get(t, path("no.such.bank", u.ID), auth(admin)...), 404, "OBP-30001")
			wantOBPError(t, s.Get(t, path("gh.29.uk", "no-such-user"), auth(banker.Token)...), 404, "OBP-20005")
		})
	})
}

func TestGetUserByProviderAndUsername(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		grant(t, s, admin, u.ID, "gh.29.uk", "CanCreateCustomer")
		provider := url.PathEscape("http://127.0.0.1")

		for _, tc := range []struct{ name, path string }{
			{"by provider and username", "/obp/v5.1.0/users/provider/" + provider + "/username/" + u.Username},
			{"by username alone (retired, v3.0.0)", "/obp/v3.0.0/users/username/" + u.Username},
			{"by username alone under a later version", "/obp/v5.1.0/users/username/" + u.Username},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := s.Get(t, tc.path, auth(admin)...)
				if r.Status != 200 {
					t.Fatalf("status %d: %s", r.Status, r.Body)
				}
				got := r.JSON(t)
				if got["user_id"] != u.ID || got["username"] != u.Username || got["provider"] != "http://127.0.0.1" || got["is_locked"] != false {
					t.Errorf("user = %v", got)
				}
				ents := got["entitlements"].(map[string]any)["list"].([]any)
				if len(ents) != 1 || ents[0].(map[string]any)["role_name"] != "CanCreateCustomer" {
					t.Errorf("entitlements = %v", ents)
				}
			})
		}
		t.Run("the username matches whatever its case", func(t *testing.T) {
			r := s.Get(t, "/obp/v5.1.0/users/provider/"+provider+"/username/"+strings.ToUpper(u.Username), auth(admin)...)
			if r.Status != 200 || r.JSON(t)["user_id"] != u.ID {
				t.Errorf("status %d: %s", r.Status, r.Body)
			}
		})
		t.Run("without the role", func(t *testing.T) {
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/users/provider/"+provider+"/username/"+u.Username, auth(u.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Get(t, "/obp/v3.0.0/users/username/"+u.Username, auth(u.Token)...), 403, "OBP-20006")
		})
		t.Run("bad input", func(t *testing.T) {
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/users/provider/"+provider+"/username/nobody", auth(admin)...), 404, "OBP-20027")
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/users/provider/elsewhere/username/"+u.Username, auth(admin)...), 404, "OBP-20027")
			wantOBPError(t, s.Get(t, "/obp/v3.0.0/users/username/nobody", auth(admin)...), 404, "OBP-20027")
			wantOBPError(t, s.Get(t, "/obp/v3.0.0/users/username/a%00b", auth(admin)...), 400, "OBP-20011")
		})
	})
}

func TestGetUsersByEmail(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		signUp := func(username, email string) string {
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/users", fmt.Sprintf(
				`{"email": %q, "username": %q, "password": %q, "first_name": "Shared", "last_name": "Inbox"}`, email, username, testPassword))
			if r.Status != 201 {
				t.Fatalf("sign up %s: %d %s", username, r.Status, r.Body)
			}
			return r.JSON(t)["user_id"].(string)
		}
		first, second := signUp("inbox.one", "family.smith@example.com"), signUp("inbox.two", "family.smith@example.com")
		signUp("inbox.three", "Family.Smith@example.com")
		path := func(email string) string { return "/obp/v4.0.0/users/email/" + url.PathEscape(email) + "/terminator" }

		t.Run("every user with the address exactly", func(t *testing.T) {
			got := list(t, s.Get(t, path("family.smith@example.com"), auth(admin)...), "users")
			if len(got) != 2 || got[0]["user_id"] != first || got[1]["user_id"] != second {
				t.Fatalf("users = %v, want %s and %s", got, first, second)
			}
			if got[0]["email"] != "family.smith@example.com" || got[0]["entitlements"] == nil || got[0]["views"] == nil {
				t.Errorf("user = %v", got[0])
			}
			if page := list(t, s.Get(t, path("family.smith@example.com")+"?limit=1&offset=1", auth(admin)...), "users"); len(page) != 1 || page[0]["user_id"] != second {
				t.Errorf("second page = %v", page)
			}
		})
		t.Run("an address nobody has is an empty list", func(t *testing.T) {
			if got := list(t, s.Get(t, path("nobody@example.com"), auth(admin)...), "users"); len(got) != 0 {
				t.Errorf("users = %v", got)
			}
		})
		t.Run("without the role", func(t *testing.T) {
			u := newUser(t, s)
			wantOBPError(t, s.Get(t, path("family.smith@example.com"), auth(u.Token)...), 403, "OBP-20006")
		})
		t.Run("bad input", func(t *testing.T) {
			wantOBPError(t, s.Get(t, path("family.smith@example.com")+"?offset=-1", auth(admin)...), 400, "OBP-10024")
			wantOBPError(t, s.Get(t, "/obp/v4.0.0/users/email/a%ffb/terminator", auth(admin)...), 400, "OBP-20011")
		})
	})
}

func TestSuggestedSessionTimeout(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		t.Run("OBP's default, to anyone", func(t *testing.T) {
			s := sandbox(t, db)
			r := s.Get(t, "/obp/v5.1.0/ui/suggested-session-timeout")
			if r.Status != 200 || r.JSON(t)["timeout_in_seconds"] != "300" {
				t.Errorf("status %d: %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/ui/suggested-session-timeout", "{}"), 405, "OBP-10037")
			wantOBPError(t, s.Get(t, "/obp/v5.0.0/ui/suggested-session-timeout"), 404, "OBP-10404")
		})
		t.Run("as configured", func(t *testing.T) {
			s := testenv.Start(t, db, app.Options{SessionTimeout: 15 * time.Minute})
			r := s.Get(t, "/obp/v6.0.0/ui/suggested-session-timeout")
			if r.Status != 200 || r.JSON(t)["timeout_in_seconds"] != "900" {
				t.Errorf("status %d: %s", r.Status, r.Body)
			}
		})
	})
}
