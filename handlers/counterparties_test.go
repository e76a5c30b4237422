package handlers_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

const cpBank = "gh.29.uk"

// cpBody is a complete PostCounterpartyJson400 named name.
func cpBody(name string) string {
	return fmt.Sprintf(`{"name": %q, "description": "My landlord", "currency": "EUR",
		"other_account_routing_scheme": "OBP", "other_account_routing_address": "36f8a9e6-c2b1-407a-8bd0-421b7119307e",
		"other_account_secondary_routing_scheme": "IBAN", "other_account_secondary_routing_address": "DE89370400440532013000",
		"other_bank_routing_scheme": "OBP", "other_bank_routing_address": "gh.29.uk",
		"other_branch_routing_scheme": "OBP", "other_branch_routing_address": "branch-1",
		"is_beneficiary": true, "bespoke": [{"key": "englishName", "value": "Landlord"}]}`, name)
}

// cpPaths are an account's counterparty paths under one view: explicit and management.
func cpPaths(accountID, viewID string) (explicit, management string) {
	tail := "/banks/" + cpBank + "/accounts/" + accountID + "/" + viewID + "/counterparties"
	return "/obp/v5.1.0" + tail, "/obp/v5.1.0/management" + tail
}

// cpCreate creates a counterparty and fails the test unless it is created.
func cpCreate(t *testing.T, s *testenv.Server, tok, path, body string) map[string]any {
	t.Helper()
	r := s.Do(t, http.MethodPost, path, body, auth(tok)...)
	if r.Status != 201 {
		t.Fatalf("create counterparty: status %d: %s", r.Status, r.Body)
	}
	return r.JSON(t)
}

// cpNames lists the names of the counterparties a list answer holds.
func cpNames(t *testing.T, s *testenv.Server, tok, path string) []string {
	t.Helper()
	var out []string
	for _, c := range listOf(t, s.Get(t, path, auth(tok)...), "counterparties") {
		out = append(out, c.(map[string]any)["name"].(string))
	}
	return out
}

func TestCounterpartiesThroughAView(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		owner := newUser(t, s)
		openAccount(t, s, owner.Token, cpBank, "cp-acct", "EUR")
		base, _ := cpPaths("cp-acct", "owner")
		names := func() []string { return cpNames(t, s, owner.Token, base) }

		created := cpCreate(t, s, owner.Token, base, cpBody("Landlord"))
		id, _ := created["counterparty_id"].(string)
		t.Run("create answers CounterpartyWithMetadataJson400", func(t *testing.T) {
			for field, want := range map[string]any{
				"name": "Landlord", "description": "My landlord", "currency": "EUR", "created_by_user_id": owner.ID,
				"this_bank_id": cpBank, "this_account_id": "cp-acct", "this_view_id": "owner",
				"other_account_routing_scheme": "OBP", "other_account_routing_address": "36f8a9e6-c2b1-407a-8bd0-421b7119307e",
				"other_account_secondary_routing_scheme": "IBAN", "other_account_secondary_routing_address": "DE89370400440532013000",
				"other_bank_routing_scheme": "OBP", "other_bank_routing_address": "gh.29.uk",
				"other_branch_routing_scheme": "OBP", "other_branch_routing_address": "branch-1", "is_beneficiary": true,
			} {
				if created[field] != want {
					t.Errorf("%s = %v, want %v", field, created[field], want)
				}
			}
			if id == "" {
				t.Error("no counterparty_id")
			}
			if b, _ := created["bespoke"].([]any); len(b) != 1 || b[0].(map[string]any)["key"] != "englishName" || b[0].(map[string]any)["value"] != "Landlord" {
				t.Errorf("bespoke = %v", created["bespoke"])
			}
			meta, ok := created["metadata"].(map[string]any)
			if !ok {
				t.Fatalf("no metadata object in %v", created)
			}
			for _, f := range []string{"public_alias", "more_info", "url", "image_url", "open_corporates_url", "private_alias"} {
				if v, ok := meta[f]; !ok || v != "" {
					t.Errorf("metadata.%s = %v (present %v), want an empty string", f, v, ok)
				}
			}
			for _, f := range []string{"corporate_location", "physical_location"} {
				if v, ok := meta[f]; ok {
					t.Errorf("metadata.%s = %v, want it left out", f, v)
				}
			}
		})
		minimal := `{"name": "Plumber", "description": "", "currency": "GBP", "other_account_routing_scheme": "IBAN",
			"other_account_routing_address": "GB33BUKB20201555555555", "other_account_secondary_routing_scheme": "",
			"other_account_secondary_routing_address": "", "other_bank_routing_scheme": "", "other_bank_routing_address": "",
			"other_branch_routing_scheme": "", "other_branch_routing_address": "", "is_beneficiary": false}`
		plumber := cpCreate(t, s, owner.Token, base, minimal)
		t.Run("bespoke may be left out", func(t *testing.T) {
			if b, ok := plumber["bespoke"].([]any); !ok || len(b) != 0 || plumber["is_beneficiary"] != false {
				t.Errorf("counterparty = %v", plumber)
			}
		})
		t.Run("list, oldest first, without metadata", func(t *testing.T) {
			list := listOf(t, s.Get(t, base, auth(owner.Token)...), "counterparties")
			if len(list) != 2 || list[0].(map[string]any)["counterparty_id"] != id || list[1].(map[string]any)["name"] != "Plumber" {
				t.Fatalf("counterparties = %v", list)
			}
			if _, ok := list[0].(map[string]any)["metadata"]; ok {
				t.Errorf("list items are CounterpartyJson400, without metadata: %v", list[0])
			}
			page := cpNames(t, s, owner.Token, base+"?limit=1&offset=1")
			if len(page) != 1 || page[0] != "Plumber" {
				t.Errorf("limit=1 offset=1 = %v", page)
			}
		})
		t.Run("get one", func(t *testing.T) {
			r := s.Get(t, base+"/"+id, auth(owner.Token)...)
			if r.Status != 200 {
				t.Fatalf("status %d: %s", r.Status, r.Body)
			}
			if got := r.JSON(t); got["counterparty_id"] != id || got["name"] != "Landlord" || got["metadata"] == nil {
				t.Errorf("counterparty = %v", got)
			}
		})
		t.Run("a duplicate name is OBP-30014 and writes nothing", func(t *testing.T) {
			wantOBPError(t, s.Do(t, http.MethodPost, base, cpBody("Landlord"), auth(owner.Token)...), 400, "OBP-30014")
			if got := names(); len(got) != 2 {
				t.Errorf("counterparties after a refused duplicate = %v", got)
			}
		})
		t.Run("invalid bodies are refused and write nothing", func(t *testing.T) {
			for _, tc := range []struct {
				body, code, field string
			}{
				{strings.Replace(cpBody("Bad Currency"), `"EUR"`, `"eur"`, 1), "OBP-10003", "/currency"},
				{strings.Replace(cpBody("Bad Currency"), `"EUR"`, `"EURO"`, 1), "OBP-10003", "/currency"},
				{strings.Replace(cpBody(""), `"name": ""`, `"name": "   "`, 1), "OBP-09014", "/name"},
				{cpBody(""), "OBP-09014", "/name"},
				{strings.Replace(cpBody("No Flag"), `"is_beneficiary": true,`, ``, 1), "OBP-09014", ""},
				{strings.Replace(cpBody("Bad Flag"), `"is_beneficiary": true`, `"is_beneficiary": "yes"`, 1), "OBP-09014", "/is_beneficiary"},
				{`{"name": "x"`, "OBP-10001", ""},
			} {
				body := wantOBPError(t, s.Do(t, http.MethodPost, base, tc.body, auth(owner.Token)...), 400, tc.code)
				if tc.field != "" && body["field"] != tc.field {
					t.Errorf("%s: field = %v, want %s", tc.body, body["field"], tc.field)
				}
			}
			if got := names(); len(got) != 2 {
				t.Errorf("counterparties after refused requests = %v", got)
			}
		})
		t.Run("an unknown counterparty, or another account's, is OBP-30017", func(t *testing.T) {
			wantOBPError(t, s.Get(t, base+"/no-such-counterparty", auth(owner.Token)...), 404, "OBP-30017")
			wantOBPError(t, s.Do(t, http.MethodDelete, base+"/no-such-counterparty", "", auth(owner.Token)...), 404, "OBP-30017")
			openAccount(t, s, owner.Token, cpBank, "cp-other", "EUR")
			other, _ := cpPaths("cp-other", "owner")
			foreign := cpCreate(t, s, owner.Token, other, cpBody("Landlord"))["counterparty_id"].(string)
			wantOBPError(t, s.Get(t, base+"/"+foreign, auth(owner.Token)...), 404, "OBP-30017")
			wantOBPError(t, s.Do(t, http.MethodDelete, base+"/"+foreign, "", auth(owner.Token)...), 404, "OBP-30017")
			if r := s.Get(t, other+"/"+foreign, auth(owner.Token)...); r.Status != 200 {
				t.Errorf("a refused delete through another account removed it: %d %s", r.Status, r.Body)
			}
		})
		t.Run("counterparties belong to their view", func(t *testing.T) {
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+cpBank+"/accounts/cp-acct/views",
				`{"name": "_payees", "description": "payees", "allowed_actions": ["can_add_counterparty", "can_get_counterparty", "can_delete_counterparty"]}`,
				auth(owner.Token)...)
			if r.Status != 201 {
				t.Fatalf("create view: %d %s", r.Status, r.Body)
			}
			if r := grantView(t, s, owner.Token, cpBank, "cp-acct", owner.ID, "_payees"); r.Status != 201 {
				t.Fatalf("grant: %d %s", r.Status, r.Body)
			}
			payees, _ := cpPaths("cp-acct", "_payees")
			// The same name under another view is another counterparty.
			other := cpCreate(t, s, owner.Token, payees, cpBody("Landlord"))
			if other["this_view_id"] != "_payees" {
				t.Errorf("this_view_id = %v", other["this_view_id"])
			}
			if got := cpNames(t, s, owner.Token, payees); len(got) != 1 {
				t.Errorf("counterparties under _payees = %v", got)
			}
			if got := names(); len(got) != 2 {
				t.Errorf("counterparties under owner = %v", got)
			}
			wantOBPError(t, s.Get(t, payees+"/"+id, auth(owner.Token)...), 404, "OBP-30017")
		})
		t.Run("a view without can_add_counterparty is refused and writes nothing", func(t *testing.T) {
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+cpBank+"/accounts/cp-acct/views",
				`{"name": "_readers", "description": "read payees", "allowed_actions": ["can_get_counterparty"]}`, auth(owner.Token)...)
			if r.Status != 201 {
				t.Fatalf("create view: %d %s", r.Status, r.Body)
			}
			reader := newUser(t, s)
			if r := grantView(t, s, owner.Token, cpBank, "cp-acct", reader.ID, "_readers"); r.Status != 201 {
				t.Fatalf("grant: %d %s", r.Status, r.Body)
			}
			readers, _ := cpPaths("cp-acct", "_readers")
			refused := wantOBPError(t, s.Do(t, http.MethodPost, readers, cpBody("Sneaky"), auth(reader.Token)...), 403, "OBP-30022")
			if !strings.Contains(refused["message"].(string), "can_add_counterparty") {
				t.Errorf("refusal does not name can_add_counterparty: %v", refused["message"])
			}
			wantOBPError(t, s.Do(t, http.MethodDelete, readers+"/"+id, "", auth(reader.Token)...), 403, "OBP-30022")
			if got := cpNames(t, s, reader.Token, readers); len(got) != 0 {
				t.Errorf("counterparties under _readers = %v", got)
			}
			// Through a view they do not have, the reader is refused whatever the permission.
			wantOBPError(t, s.Get(t, base, auth(reader.Token)...), 403, "OBP-20017")
			wantOBPError(t, s.Do(t, http.MethodPost, base, cpBody("Sneaky"), auth(reader.Token)...), 403, "OBP-20017")
			wantOBPError(t, s.Do(t, http.MethodPost, base, cpBody("Sneaky")), 401, "OBP-20001")
			if got := names(); len(got) != 2 {
				t.Errorf("counterparties under owner after refusals = %v", got)
			}
		})
		t.Run("delete", func(t *testing.T) {
			if r := s.Do(t, http.MethodDelete, base+"/"+id, "", auth(owner.Token)...); r.Status != 204 || len(r.Body) != 0 {
				t.Fatalf("delete: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Get(t, base+"/"+id, auth(owner.Token)...), 404, "OBP-30017")
			wantOBPError(t, s.Do(t, http.MethodDelete, base+"/"+id, "", auth(owner.Token)...), 404, "OBP-30017")
			if got := names(); len(got) != 1 || got[0] != "Plumber" {
				t.Errorf("counterparties after delete = %v", got)
			}
			// The name is free again.
			cpCreate(t, s, owner.Token, base, cpBody("Landlord"))
		})
	})
}

func TestCounterpartiesManagement(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		owner := newUser(t, s)
		openAccount(t, s, owner.Token, cpBank, "cp-managed", "EUR")
		explicit, managed := cpPaths("cp-managed", "owner")
		clerk := newUser(t, s)

		t.Run("without a role the clerk is refused and nothing is written", func(t *testing.T) {
			r := wantOBPError(t, s.Do(t, http.MethodPost, managed, cpBody("Landlord"), auth(clerk.Token)...), 403, "OBP-20006")
			for _, role := range []string{"CanCreateCounterparty", "CanCreateCounterpartyAtAnyBank"} {
				if !strings.Contains(r["message"].(string), role) {
					t.Errorf("403 message %q does not name %s", r["message"], role)
				}
			}
			wantOBPError(t, s.Get(t, managed, auth(clerk.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Get(t, managed+"/x", auth(clerk.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Do(t, http.MethodDelete, managed+"/x", "", auth(clerk.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Get(t, strings.Replace(managed, "/counterparties", "/counterparty-names/Landlord", 1), auth(clerk.Token)...), 403, "OBP-20006")
			// A role at another bank does not reach this one.
			grant(t, s, admin, clerk.ID, "alpen.01.de", "CanCreateCounterparty")
			wantOBPError(t, s.Do(t, http.MethodPost, managed, cpBody("Landlord"), auth(clerk.Token)...), 403, "OBP-20006")
			if got := cpNames(t, s, owner.Token, explicit); len(got) != 0 {
				t.Errorf("counterparties after refusals = %v", got)
			}
		})

		for _, r := range []string{"CanCreateCounterparty", "CanGetCounterparty", "CanGetCounterparties", "CanDeleteCounterparty"} {
			grant(t, s, admin, clerk.ID, cpBank, r)
		}
		created := cpCreate(t, s, clerk.Token, managed, cpBody("Landlord"))
		id := created["counterparty_id"].(string)
		t.Run("with the bank role: created under the view, seen by the account's owner", func(t *testing.T) {
			if created["created_by_user_id"] != clerk.ID || created["this_view_id"] != "owner" || created["this_account_id"] != "cp-managed" {
				t.Errorf("counterparty = %v", created)
			}
			if got := cpNames(t, s, owner.Token, explicit); len(got) != 1 || got[0] != "Landlord" {
				t.Errorf("the owner's counterparties = %v", got)
			}
			wantOBPError(t, s.Do(t, http.MethodPost, explicit, cpBody("Landlord"), auth(owner.Token)...), 400, "OBP-30014")
			wantOBPError(t, s.Do(t, http.MethodPost, managed, cpBody("Landlord"), auth(clerk.Token)...), 400, "OBP-30014")
		})
		t.Run("get, list and by name", func(t *testing.T) {
			if got := s.Get(t, managed+"/"+id, auth(clerk.Token)...).JSON(t); got["counterparty_id"] != id || got["metadata"] == nil {
				t.Errorf("by id = %v", got)
			}
			if got := cpNames(t, s, clerk.Token, managed); len(got) != 1 || got[0] != "Landlord" {
				t.Errorf("list = %v", got)
			}
			byName := strings.Replace(managed, "/counterparties", "/counterparty-names/", 1)
			r := s.Get(t, byName+"Landlord", auth(clerk.Token)...)
			if r.Status != 200 || r.JSON(t)["counterparty_id"] != id {
				t.Errorf("by name: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Get(t, byName+"Nobody", auth(clerk.Token)...), 404, "OBP-30004")
			wantOBPError(t, s.Get(t, managed+"/no-such-counterparty", auth(clerk.Token)...), 404, "OBP-30017")
		})
		t.Run("unknown bank, account and view", func(t *testing.T) {
			// The administrator holds the AtAnyBank roles, so the guard lets the call reach the checks.
			noBank := "/obp/v5.1.0/management/banks/no.such.bank/accounts/cp-managed/owner/counterparties"
			wantOBPError(t, s.Do(t, http.MethodPost, noBank, cpBody("X"), auth(admin)...), 404, "OBP-30001")
			wantOBPError(t, s.Get(t, noBank, auth(admin)...), 404, "OBP-30001")
			_, noAccount := cpPaths("no-such-account", "owner")
			wantOBPError(t, s.Do(t, http.MethodPost, noAccount, cpBody("X"), auth(admin)...), 404, "OBP-30018")
			_, noView := cpPaths("cp-managed", "_no_such_view")
			wantOBPError(t, s.Do(t, http.MethodPost, noView, cpBody("X"), auth(admin)...), 404, "OBP-30005")
			wantOBPError(t, s.Get(t, noView, auth(admin)...), 404, "OBP-30005")
			if got := cpNames(t, s, clerk.Token, managed); len(got) != 1 {
				t.Errorf("counterparties after refusals = %v", got)
			}
		})
		t.Run("the system roles reach any bank", func(t *testing.T) {
			r := s.Do(t, http.MethodPost, managed, cpBody("By Admin"), auth(admin)...)
			if r.Status != 201 {
				t.Fatalf("create with CanCreateCounterpartyAtAnyBank: %d %s", r.Status, r.Body)
			}
			if got := cpNames(t, s, admin, managed); len(got) != 2 {
				t.Errorf("list with CanGetCounterpartiesAtAnyBank = %v", got)
			}
		})
		t.Run("delete", func(t *testing.T) {
			if r := s.Do(t, http.MethodDelete, managed+"/"+id, "", auth(clerk.Token)...); r.Status != 204 || len(r.Body) != 0 {
				t.Fatalf("delete: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Get(t, managed+"/"+id, auth(clerk.Token)...), 404, "OBP-30017")
			wantOBPError(t, s.Get(t, explicit+"/"+id, auth(owner.Token)...), 404, "OBP-30017")
			wantOBPError(t, s.Do(t, http.MethodDelete, managed+"/"+id, "", auth(clerk.Token)...), 404, "OBP-30017")
		})
	})
}
