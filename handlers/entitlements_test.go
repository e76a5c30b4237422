package handlers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestEntitlementGrantRules(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		bankAdmin := newUser(t, s)
		grant(t, s, admin, bankAdmin.ID, "gh.29.uk", "CanCreateEntitlementAtOneBank")
		target := newUser(t, s)
		post := func(tok, userID, body string) *testenv.Response {
			return s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+userID+"/entitlements", body, auth(tok)...)
		}

		t.Run("a OneBank admin grants bank roles at their bank", func(t *testing.T) {
			r := post(bankAdmin.Token, target.ID, `{"bank_id": "gh.29.uk", "role_name": "CanGetEntitlementsForAnyUserAtOneBank"}`)
			if r.Status != 201 {
				t.Fatalf("status %d: %s", r.Status, r.Body)
			}
			e := r.JSON(t)
			if e["role_name"] != "CanGetEntitlementsForAnyUserAtOneBank" || e["bank_id"] != "gh.29.uk" || e["entitlement_id"] == "" {
				t.Errorf("entitlement = %v", e)
			}
		})
		t.Run("a OneBank admin cannot grant at another bank", func(t *testing.T) {
			wantOBPError(t, post(bankAdmin.Token, target.ID, `{"bank_id": "alpen.01.de", "role_name": "CanGetEntitlementsForAnyUserAtOneBank"}`), 403, "OBP-20006")
		})
		t.Run("a OneBank admin cannot grant a system role", func(t *testing.T) {
			wantOBPError(t, post(bankAdmin.Token, target.ID, `{"bank_id": "", "role_name": "CanCreateBank"}`), 403, "OBP-20006")
		})
		t.Run("a user without grant rights cannot grant anything", func(t *testing.T) {
			wantOBPError(t, post(target.Token, target.ID, `{"bank_id": "", "role_name": "CanCreateBank"}`), 403, "OBP-20006")
			wantOBPError(t, post(target.Token, target.ID, `{"bank_id": "gh.29.uk", "role_name": "CanCreateEntitlementAtOneBank"}`), 403, "OBP-20006")
		})
		t.Run("scope and name errors", func(t *testing.T) {
			wantOBPError(t, post(admin, target.ID, `{"bank_id": "", "role_name": "CanCreateEntitlementAtOneBank"}`), 400, "OBP-30205")
			wantOBPError(t, post(admin, target.ID, `{"bank_id": "gh.29.uk", "role_name": "CanCreateBank"}`), 400, "OBP-30206")
			body := wantOBPError(t, post(admin, target.ID, `{"bank_id": "", "role_name": "CanFly"}`), 400, "OBP-10007")
			if !strings.Contains(body["message"].(string), "CanCreateBank") {
				t.Errorf("unknown-role message does not list the roles: %v", body["message"])
			}
			wantOBPError(t, post(admin, target.ID, `{"bank_id": "no.such.bank", "role_name": "CanCreateEntitlementAtOneBank"}`), 404, "OBP-30001")
			wantOBPError(t, post(admin, "no-such-user", `{"bank_id": "", "role_name": "CanCreateBank"}`), 404, "OBP-20005")
		})
		t.Run("a duplicate grant is OBP-30216 and writes nothing", func(t *testing.T) {
			grant(t, s, admin, target.ID, "", "CanGetAnyUser")
			wantOBPError(t, post(admin, target.ID, `{"bank_id": "", "role_name": "CanGetAnyUser"}`), 400, "OBP-30216")
			list := s.Get(t, "/obp/v5.1.0/my/entitlements", auth(target.Token)...).JSON(t)["list"].([]any)
			n := 0
			for _, e := range list {
				if e.(map[string]any)["role_name"] == "CanGetAnyUser" {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d CanGetAnyUser entitlements", n)
			}
		})
		t.Run("grant and revoke take effect at once", func(t *testing.T) {
			u := newUser(t, s)
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/users", auth(u.Token)...), 403, "OBP-20006")
			id := grant(t, s, admin, u.ID, "", "CanGetAnyUser")
			if r := s.Get(t, "/obp/v5.1.0/users", auth(u.Token)...); r.Status != 200 {
				t.Fatalf("after grant: %d %s", r.Status, r.Body)
			}
			listed := s.Get(t, "/obp/v5.1.0/users/"+u.ID+"/entitlements", auth(admin)...).JSON(t)["list"].([]any)
			if len(listed) != 1 || listed[0].(map[string]any)["user_id"] != u.ID {
				t.Errorf("entitlements of the user = %v", listed)
			}
			if r := s.Do(t, http.MethodDelete, "/obp/v5.1.0/users/"+u.ID+"/entitlement/"+id, "", auth(admin)...); r.Status != 204 {
				t.Fatalf("revoke: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/users", auth(u.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Do(t, http.MethodDelete, "/obp/v5.1.0/users/"+u.ID+"/entitlement/"+id, "", auth(admin)...), 404, "OBP-30212")
		})
		t.Run("roles catalogue", func(t *testing.T) {
			roles := s.Get(t, "/obp/v5.1.0/roles", auth(target.Token)...).JSON(t)["roles"].([]any)
			scope := map[string]bool{}
			for _, r := range roles {
				m := r.(map[string]any)
				scope[m["role"].(string)] = m["requires_bank_id"].(bool)
			}
			if b, ok := scope["CanCreateBank"]; !ok || b {
				t.Error("CanCreateBank missing or not a system role")
			}
			if b, ok := scope["CanCreateEntitlementAtOneBank"]; !ok || !b {
				t.Error("CanCreateEntitlementAtOneBank missing or not a bank role")
			}
		})
	})
}

func TestEntitlementRequests(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		r := s.Do(t, http.MethodPost, "/obp/v5.1.0/entitlement-requests", `{"bank_id": "gh.29.uk", "role_name": "CanCreateEntitlementAtOneBank"}`, auth(u.Token)...)
		if r.Status != 201 {
			t.Fatalf("status %d: %s", r.Status, r.Body)
		}
		req := r.JSON(t)
		if req["user"].(map[string]any)["user_id"] != u.ID || req["role_name"] != "CanCreateEntitlementAtOneBank" || req["bank_id"] != "gh.29.uk" {
			t.Errorf("request = %v", req)
		}
		id := req["entitlement_request_id"].(string)
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/entitlement-requests", `{"bank_id": "gh.29.uk", "role_name": "CanCreateEntitlementAtOneBank"}`, auth(u.Token)...), 400, "OBP-30214")

		mine := s.Get(t, "/obp/v5.1.0/my/entitlement-requests", auth(u.Token)...).JSON(t)["entitlement_requests"].([]any)
		if len(mine) != 1 {
			t.Errorf("my requests = %v", mine)
		}
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/entitlement-requests", auth(u.Token)...), 403, "OBP-20006")
		all := s.Get(t, "/obp/v5.1.0/entitlement-requests", auth(admin)...).JSON(t)["entitlement_requests"].([]any)
		if len(all) != 1 || all[0].(map[string]any)["entitlement_request_id"] != id {
			t.Errorf("all requests = %v", all)
		}
		wantOBPError(t, s.Do(t, http.MethodDelete, "/obp/v5.1.0/entitlement-requests/"+id, "", auth(u.Token)...), 403, "OBP-20006")
		if r := s.Do(t, http.MethodDelete, "/obp/v5.1.0/entitlement-requests/"+id, "", auth(admin)...); r.Status != 204 {
			t.Fatalf("delete: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Do(t, http.MethodDelete, "/obp/v5.1.0/entitlement-requests/"+id, "", auth(admin)...), 404, "OBP-30215")
	})
}
