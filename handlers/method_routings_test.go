package handlers_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/port"
	domainclock "github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/internal/testenv"
)

const methodRoutingsPath = "/obp/v3.1.0/management/method_routings"

func TestMethodRoutingCRUD(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		body := `{"method_name": "getBank", "connector_name": "rest_vMar2019", "is_bank_id_exact_match": false,
			"bank_id_pattern": "some_bankId_.*", "parameters": [{"key": "url", "value": "http://mydomain.com/xxx"}]}`

		t.Run("guards: logged in, with the role", func(t *testing.T) {
			wantOBPError(t, s.Do(t, http.MethodPost, methodRoutingsPath, body), 401, "OBP-20001")
			wantOBPError(t, s.Do(t, http.MethodPost, methodRoutingsPath, body, auth(u.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Get(t, methodRoutingsPath, auth(u.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Do(t, http.MethodDelete, methodRoutingsPath+"/x", "", auth(u.Token)...), 403, "OBP-20006")
		})

		grant(t, s, admin, u.ID, "", "CanCreateMethodRouting")
		grant(t, s, admin, u.ID, "", "CanUpdateMethodRouting")
		grant(t, s, admin, u.ID, "", "CanGetMethodRoutings")
		grant(t, s, admin, u.ID, "", "CanDeleteMethodRouting")
		tok := auth(u.Token)

		r := s.Do(t, http.MethodPost, methodRoutingsPath, body, tok...)
		if r.Status != 201 {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		got := r.JSON(t)
		id, _ := got["method_routing_id"].(string)
		if id == "" || got["method_name"] != "getBank" || got["connector_name"] != "rest_vMar2019" || got["bank_id_pattern"] != "some_bankId_.*" ||
			got["is_bank_id_exact_match"] != false {
			t.Errorf("created = %s", r.Body)
		}
		if ps, _ := got["parameters"].([]any); len(ps) != 1 || ps[0].(map[string]any)["value"] != "http://mydomain.com/xxx" {
			t.Errorf("parameters = %v", got["parameters"])
		}

		t.Run("OBP's camelCase names are read too", func(t *testing.T) {
			r := s.Do(t, http.MethodPost, methodRoutingsPath, `{"methodName": "getBanks", "connectorName": "mapped", "isBankIdExactMatch": false,
				"parameters": [{"key": "outBoundMapping", "value": {"cId": "outboundAdapterCallContext.correlationId"}}]}`, tok...)
			if r.Status != 201 {
				t.Fatalf("create: %d %s", r.Status, r.Body)
			}
			b := r.JSON(t)
			if b["method_name"] != "getBanks" || b["bank_id_pattern"] != "*" {
				t.Errorf("created = %s", r.Body)
			}
			ps, _ := b["parameters"].([]any)
			if v := ps[0].(map[string]any)["value"]; v != `{"cId":"outboundAdapterCallContext.correlationId"}` {
				t.Errorf("a JSON object parameter is answered as its compact text (OBP's schema: a string): %s", r.Body)
			}
		})

		t.Run("bad input is refused and writes nothing", func(t *testing.T) {
			for _, tc := range []struct{ body, code string }{
				{`{"method_name": "getBank", "connector_name": "mapped", "is_bank_id_exact_match": false, "bank_id_pattern": "some_bankId_(["}`, "OBP-70001"},
				{`{"method_name": "getBankz", "connector_name": "mapped", "is_bank_id_exact_match": false}`, "OBP-10022"},
				{`{"method_name": "getBank", "connector_name": "star", "is_bank_id_exact_match": false}`, "OBP-10021"},
				{`{"method_name": "getBank", "connector_name": "rest_vMar2019", "is_bank_id_exact_match": false}`, "OBP-10017"},
				{`{"method_name": "getBank", "connector_name": "rest_vMar2019", "is_bank_id_exact_match": false, "parameters": [{"key": "url", "value": "mydomain"}]}`, "OBP-10017"},
				{`{"method_name": "getBank", "is_bank_id_exact_match": false}`, "OBP-09014"},
				{`{"method_name": "getBank", "methodName": "getBank", "connector_name": "mapped", "is_bank_id_exact_match": false}`, "OBP-09014"},
			} {
				wantOBPError(t, s.Do(t, http.MethodPost, methodRoutingsPath, tc.body, tok...), 400, tc.code)
			}
			if n := len(list(t, s.Get(t, methodRoutingsPath, tok...), "method_routings")); n != 2 {
				t.Errorf("%d routings after refusals, want 2", n)
			}
		})

		t.Run("one exact-match routing per method and bank", func(t *testing.T) {
			exact := `{"method_name": "getBank", "connector_name": "mapped", "is_bank_id_exact_match": true, "bank_id_pattern": "gh.29.uk"}`
			if r := s.Do(t, http.MethodPost, methodRoutingsPath, exact, tok...); r.Status != 201 {
				t.Fatalf("create exact: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Do(t, http.MethodPost, methodRoutingsPath, exact, tok...), 400, "OBP-70003")
			wantOBPError(t, s.Do(t, http.MethodPut, methodRoutingsPath+"/"+id, exact, tok...), 400, "OBP-70003")
		})

		t.Run("GET filters by method_name; active adds the defaults", func(t *testing.T) {
			if rs := list(t, s.Get(t, methodRoutingsPath+"?method_name=getBank", tok...), "method_routings"); len(rs) != 2 {
				t.Errorf("getBank routings = %v, want 2", rs)
			}
			if rs := list(t, s.Get(t, methodRoutingsPath+"?method_name=not_exists_method_name", tok...), "method_routings"); len(rs) != 0 {
				t.Errorf("unknown method routings = %v, want none", rs)
			}
			all := list(t, s.Get(t, methodRoutingsPath+"?active=true", tok...), "method_routings")
			if len(all) != 3+len(port.Methods) {
				t.Errorf("active lists %d, want the 3 routings and %d defaults", len(all), len(port.Methods))
			}
			for i := 1; i < len(all); i++ {
				if all[i-1]["method_name"].(string) > all[i]["method_name"].(string) {
					t.Errorf("not ordered by method name at %d", i)
				}
			}
		})

		t.Run("update", func(t *testing.T) {
			r := s.Do(t, http.MethodPut, methodRoutingsPath+"/"+id, `{"method_name": "getBank", "connector_name": "mapped", "is_bank_id_exact_match": false,
				"bank_id_pattern": "gh\\..*", "method_routing_id": "ignored"}`, tok...)
			if r.Status != 200 || r.JSON(t)["connector_name"] != "mapped" || r.JSON(t)["method_routing_id"] != id || r.JSON(t)["bank_id_pattern"] != `gh\..*` {
				t.Errorf("update: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Do(t, http.MethodPut, methodRoutingsPath+"/not-exists-id", body, tok...), 400, "OBP-70002")
			wantOBPError(t, s.Do(t, http.MethodPut, methodRoutingsPath+"/"+id, `{"method_name": "getBank", "connector_name": "mapped",
				"is_bank_id_exact_match": false, "bank_id_pattern": "("}`, tok...), 400, "OBP-70001")
		})

		t.Run("delete", func(t *testing.T) {
			r := s.Do(t, http.MethodDelete, methodRoutingsPath+"/"+id, "", tok...)
			if r.Status != 200 || string(r.Body) != "true" {
				t.Errorf("delete: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Do(t, http.MethodDelete, methodRoutingsPath+"/"+id, "", tok...), 400, "OBP-70002")
			if rs := list(t, s.Get(t, methodRoutingsPath+"?method_name=getBank", tok...), "method_routings"); len(rs) != 1 {
				t.Errorf("after delete: %v", rs)
			}
		})
	})
}

// With OBP_CONNECTOR=star a bank routed to an adapter lives there: created, read and
// listed through it, never in mapped's tables. The adapter here is a second mapped
// connector on a database of its own, handed out by the REST factory.
func TestStarConnectorServesARoutedBank(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		other := testenv.OpenSQLite(t)
		if db.Engine == mapped.Postgres {
			other = testenv.OpenPostgres(t)
		}
		ctx := context.Background()
		if _, err := other.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		adapter := mapped.NewConnector(other, domainclock.System)
		factoryURLs := map[string]bool{}
		s := testenv.Start(t, db, app.Options{Sandbox: true, Connector: "star",
			RestFactory: func(url string, _ map[string]string) (port.Connector, error) {
				factoryURLs[url] = true
				return adapter, nil
			}})
		admin := auth(adminToken(t, s))
		if c := s.Get(t, "/obp/v5.1.0/root").JSON(t)["connector"]; c != "star" {
			t.Errorf("root connector = %v, want star", c)
		}
		for _, m := range []string{port.GetBank, port.CreateOrUpdateBank, port.GetBanks} {
			r := s.Do(t, http.MethodPost, methodRoutingsPath, `{"method_name": "`+m+`", "connector_name": "rest_vMar2019",
				"is_bank_id_exact_match": true, "bank_id_pattern": "routed.01.uk", "parameters": [{"key": "url", "value": "http://adapter.example/obp"}]}`, admin...)
			if r.Status != 201 {
				t.Fatalf("routing %s: %d %s", m, r.Status, r.Body)
			}
		}
		r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "routed.01.uk", "bank_code": "RTD", "full_name": "Routed Bank"}`, admin...)
		if r.Status != 201 {
			t.Fatalf("create routed bank: %d %s", r.Status, r.Body)
		}
		if _, err := adapter.GetBank(ctx, "routed.01.uk"); err != nil {
			t.Errorf("the routed bank is not at the adapter: %v", err)
		}
		if _, err := mapped.NewConnector(db, domainclock.System).GetBank(ctx, "routed.01.uk"); err == nil {
			t.Error("the routed bank was written to mapped's tables")
		}
		if g := s.Get(t, "/obp/v5.1.0/banks/routed.01.uk"); g.Status != 200 || g.JSON(t)["full_name"] != "Routed Bank" {
			t.Errorf("read routed bank: %d %s", g.Status, g.Body)
		}
		ids := map[string]bool{}
		for _, b := range list(t, s.Get(t, "/obp/v5.1.0/banks"), "banks") {
			ids[b["id"].(string)] = true
		}
		if !ids["routed.01.uk"] || !ids["gh.29.uk"] {
			t.Errorf("GET /banks lists %v, want mapped's banks and the adapter's", ids)
		}
		if len(factoryURLs) != 1 || !factoryURLs["http://adapter.example/obp"] {
			t.Errorf("factory asked for %v", factoryURLs)
		}
	})
}
