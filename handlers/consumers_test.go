package handlers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestConsumers(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		r := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers",
			`{"app_name": "Budget Buddy", "app_type": "Mobile", "description": "Budgets", "developer_email": "dev@example.com", "redirect_url": "https://bb.example.com/cb"}`, auth(admin)...)
		if r.Status != 201 {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		c := r.JSON(t)
		id, key, secret := c["consumer_id"].(string), c["key"].(string), c["secret"].(string)
		if len(key) < 32 || len(secret) < 32 || c["enabled"] != true {
			t.Fatalf("created consumer = %v", c)
		}
		var stored string
		testenv.Query(t, db, &stored, "SELECT secret_hash FROM consumers WHERE id = ?", id)
		if stored == "" || strings.Contains(stored, secret) {
			t.Errorf("the secret is stored in clear: %q", stored)
		}
		got := s.Get(t, "/obp/v5.1.0/management/consumers/"+id, auth(admin)...)
		if strings.Contains(string(got.Body), secret) || strings.Contains(string(got.Body), key) {
			t.Error("reading a consumer shows its credentials")
		}
		if got.JSON(t)["app_name"] != "Budget Buddy" {
			t.Errorf("consumer = %s", got.Body)
		}
		list := s.Get(t, "/obp/v5.1.0/management/consumers", auth(admin)...).JSON(t)["consumers"].([]any)
		if len(list) != 2 { // the sandbox's and this one
			t.Errorf("%d consumers listed", len(list))
		}
		mine := s.Get(t, "/obp/v5.1.0/management/users/current/consumers", auth(admin)...).JSON(t)["consumers"].([]any)
		if len(mine) != 2 {
			t.Errorf("%d consumers created by the admin", len(mine))
		}
		up := s.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+id+"/consumer/redirect_url", `{"redirect_url": "https://bb.example.com/new"}`, auth(admin)...)
		if up.Status != 200 || up.JSON(t)["redirect_url"] != "https://bb.example.com/new" {
			t.Errorf("redirect url update: %d %s", up.Status, up.Body)
		}
		if r := s.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+id, `{"enabled": false}`, auth(admin)...); r.Status != 200 || r.JSON(t)["enabled"] != false {
			t.Errorf("disable: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin",
			"username="+testenv.AdminUsername+", password="+testenv.AdminPassword+", consumer_key="+key), 401, "OBP-20008")
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/management/consumers/no-such-consumer", auth(admin)...), 404, "OBP-20024")

		t.Run("enabling needs CanEnableConsumers, disabling CanDisableConsumers", func(t *testing.T) {
			u := newUser(t, s)
			grant(t, s, admin, u.ID, "", "CanDisableConsumers")
			wantOBPError(t, s.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+id, `{"enabled": true}`, auth(u.Token)...), 403, "OBP-20006")
		})
	})
}

func TestCreateAndUpdateBank(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		creator := newUser(t, s)
		grant(t, s, admin, creator.ID, "", "CanCreateBank")
		body := `{"id": "harbour.01.uk", "bank_code": "HRBR", "full_name": "Harbour Bank", "logo": "https://h.example/logo.png", "website": "https://h.example", "bank_routings": [{"scheme": "BIC", "address": "HRBRGB2L"}]}`
		r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", body, auth(creator.Token)...)
		if r.Status != 201 {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		if b := r.JSON(t); b["id"] != "harbour.01.uk" || b["bank_code"] != "HRBR" {
			t.Errorf("bank = %v", b)
		}
		if g := s.Get(t, "/obp/v5.1.0/banks/harbour.01.uk"); g.Status != 200 {
			t.Errorf("created bank not readable: %d", g.Status)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", body, auth(creator.Token)...), 409, "OBP-30210")
		for _, bad := range []string{"bad id", "", "slash/es", strings.Repeat("x", 255)} {
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "`+bad+`", "bank_code": "X", "full_name": "X"}`, auth(creator.Token)...), 400, "OBP-30111")
		}

		t.Run("the creator may grant roles at the new bank", func(t *testing.T) {
			u := newUser(t, s)
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+u.ID+"/entitlements", `{"bank_id": "harbour.01.uk", "role_name": "CanCreateEntitlementAtOneBank"}`, auth(creator.Token)...)
			if r.Status != 201 {
				t.Fatalf("grant at own bank: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+u.ID+"/entitlements", `{"bank_id": "gh.29.uk", "role_name": "CanCreateEntitlementAtOneBank"}`, auth(creator.Token)...), 403, "OBP-20006")
		})
		t.Run("update", func(t *testing.T) {
			r := s.Do(t, http.MethodPut, "/obp/v5.1.0/banks", `{"id": "harbour.01.uk", "bank_code": "HRBR", "full_name": "Harbour Bank plc"}`, auth(creator.Token)...)
			if r.Status != 200 || r.JSON(t)["full_name"] != "Harbour Bank plc" {
				t.Fatalf("update: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Do(t, http.MethodPut, "/obp/v5.1.0/banks", `{"id": "nope.bank", "bank_code": "N", "full_name": "N"}`, auth(creator.Token)...), 404, "OBP-30001")
		})
	})
}
