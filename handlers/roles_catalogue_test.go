package handlers_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/internal/testenv"
)

// OBP's whole role catalogue is known, grantable and requestable, even the roles no
// endpoint of this server checks yet.
func TestTheWholeRoleCatalogue(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)

		t.Run("GET /roles lists every role of the catalogue with its scope", func(t *testing.T) {
			listed := map[string]bool{}
			for _, r := range list(t, s.Get(t, "/obp/v2.1.0/roles", auth(u.Token)...), "roles") {
				listed[r["role"].(string)] = r["requires_bank_id"].(bool)
			}
			if len(listed) != len(role.All) {
				t.Errorf("%d roles listed, the catalogue has %d", len(listed), len(role.All))
			}
			for _, r := range role.All {
				if bank, ok := listed[r.Name]; !ok || bank != r.RequiresBankID {
					t.Errorf("%s: listed %v with requires_bank_id %v, want %v", r.Name, ok, bank, r.RequiresBankID)
				}
			}
		})

		// roles of OBP's reference that no endpoint of this server checks
		sample := []struct{ name, bankID string }{
			{"CanCreateBranch", "gh.29.uk"}, {"CanAddKycCheck", "alpen.01.de"}, {"CanUseAccountFirehose", "gh.29.uk"},
			{"CanGetCustomersAtOneBank", "rio.07.es"}, {"CanReadMetrics", ""}, {"CanCreateSandbox", ""},
			{"CanGetAnyKycStatuses", ""}, {"CanUseFirehoseAtAnyBank", ""}, {"CanValidateUser", ""},
		}
		t.Run("a sample of them can be granted", func(t *testing.T) {
			for _, r := range sample {
				grant(t, s, admin, u.ID, r.bankID, r.name)
			}
			held := map[string]string{}
			for _, e := range list(t, s.Get(t, "/obp/v3.0.0/my/entitlements", auth(u.Token)...), "list") {
				held[e["role_name"].(string)] = e["bank_id"].(string)
			}
			for _, r := range sample {
				if b, ok := held[r.name]; !ok || b != r.bankID {
					t.Errorf("%s: held %v at %q, want at %q", r.name, ok, b, r.bankID)
				}
			}
		})
		t.Run("and requested", func(t *testing.T) {
			v := newUser(t, s)
			for _, r := range sample {
				body := fmt.Sprintf(`{"bank_id": %q, "role_name": %q}`, r.bankID, r.name)
				if res := s.Do(t, http.MethodPost, "/obp/v3.0.0/entitlement-requests", body, auth(v.Token)...); res.Status != 201 {
					t.Errorf("request %s: %d %s", r.name, res.Status, res.Body)
				}
			}
			if got := list(t, s.Get(t, "/obp/v3.0.0/my/entitlement-requests", auth(v.Token)...), "entitlement_requests"); len(got) != len(sample) {
				t.Errorf("%d requests filed, want %d", len(got), len(sample))
			}
		})
		t.Run("with OBP's grant rules", func(t *testing.T) {
			banker := newUser(t, s)
			grant(t, s, admin, banker.ID, "gh.29.uk", "CanCreateEntitlementAtOneBank")
			post := func(body string) *testenv.Response {
				return s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+u.ID+"/entitlements", body, auth(banker.Token)...)
			}
			if r := post(`{"bank_id": "gh.29.uk", "role_name": "CanCreateCustomerAccountLink"}`); r.Status != 201 {
				t.Errorf("a OneBank admin granting a new bank role at their bank: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, post(`{"bank_id": "alpen.01.de", "role_name": "CanCreateCustomerAccountLink"}`), 403, "OBP-20006")
			wantOBPError(t, post(`{"bank_id": "", "role_name": "CanGetMigrations"}`), 403, "OBP-20006")
			wantOBPError(t, post(`{"bank_id": "", "role_name": "CanCreateCustomerAccountLink"}`), 400, "OBP-30205")
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+u.ID+"/entitlements",
				`{"bank_id": "gh.29.uk", "role_name": "CanGetMigrations"}`, auth(admin)...), 400, "OBP-30206")
		})
		t.Run("an unknown name is still OBP-10007", func(t *testing.T) {
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+u.ID+"/entitlements", `{"bank_id": "", "role_name": "CanGet"}`, auth(admin)...), 400, "OBP-10007")
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v3.0.0/entitlement-requests", `{"bank_id": "", "role_name": "CanFly"}`, auth(u.Token)...), 400, "OBP-10007")
		})
		t.Run("the sandbox administrator holds every system role", func(t *testing.T) {
			held := map[string]bool{}
			for _, e := range list(t, s.Get(t, "/obp/v3.0.0/my/entitlements", auth(admin)...), "list") {
				if e["bank_id"] == "" {
					held[e["role_name"].(string)] = true
				}
			}
			for _, r := range role.All {
				if !r.RequiresBankID && !held[r.Name] {
					t.Errorf("the administrator lacks %s", r.Name)
				}
			}
		})
	})
}
