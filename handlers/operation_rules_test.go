package handlers_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

const (
	schemaRulesPath   = "/obp/v4.0.0/management/json-schema-validations"
	authTypeRulesPath = "/obp/v4.0.0/management/authentication-type-validations"
	createBankOp      = "OBPv5.0.0-createBank"
	lowercaseIDSchema = `{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "required": ["id"],
		"properties": {"id": {"type": "string", "pattern": "^[a-z]+$"}}}`
)

func TestJSONSchemaValidationCRUDAndEnforcement(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := auth(adminToken(t, s))
		u := newUser(t, s)

		t.Run("guards: logged in, with the role", func(t *testing.T) {
			wantOBPError(t, s.Do(t, http.MethodPost, schemaRulesPath+"/"+createBankOp, lowercaseIDSchema), 401, "OBP-20001")
			wantOBPError(t, s.Do(t, http.MethodPost, schemaRulesPath+"/"+createBankOp, lowercaseIDSchema, auth(u.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Get(t, schemaRulesPath, auth(u.Token)...), 403, "OBP-20006")
		})
		t.Run("bad input is refused and writes nothing", func(t *testing.T) {
			wantOBPError(t, s.Do(t, http.MethodPost, schemaRulesPath+"/OBPv9.9.9-noSuchThing", lowercaseIDSchema, admin...), 400, "OBP-40048")
			wantOBPError(t, s.Do(t, http.MethodPost, schemaRulesPath+"/"+createBankOp, `{"type": 12}`, admin...), 400, "OBP-40026")
			wantOBPError(t, s.Do(t, http.MethodPost, schemaRulesPath+"/"+createBankOp, `["not", "an", "object"]`, admin...), 400, "OBP-09014")
			wantOBPError(t, s.Do(t, http.MethodPost, schemaRulesPath+"/"+createBankOp, `{"$ref": "file:///etc/passwd"}`, admin...), 400, "OBP-40026")
			wantOBPError(t, s.Do(t, http.MethodPut, schemaRulesPath+"/"+createBankOp, lowercaseIDSchema, admin...), 400, "OBP-40027")
			wantOBPError(t, s.Get(t, schemaRulesPath+"/"+createBankOp, admin...), 400, "OBP-40027")
			wantOBPError(t, s.Do(t, http.MethodDelete, schemaRulesPath+"/"+createBankOp, "", admin...), 400, "OBP-40027")
			if n := len(list(t, s.Get(t, schemaRulesPath, admin...), "json_schema_validations")); n != 0 {
				t.Errorf("%d rules after refusals", n)
			}
		})

		r := s.Do(t, http.MethodPost, schemaRulesPath+"/"+createBankOp, lowercaseIDSchema, admin...)
		if r.Status != 201 {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		if got := r.JSON(t); got["operation_id"] != createBankOp || got["json_schema"].(map[string]any)["type"] != "object" {
			t.Errorf("created = %s", r.Body)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, schemaRulesPath+"/"+createBankOp, lowercaseIDSchema, admin...), 400, "OBP-40029")

		t.Run("a body the rule refuses is OBP-09014 and writes nothing", func(t *testing.T) {
			e := wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "rule.01.uk", "bank_code": "RUL", "full_name": "Rule Bank"}`, admin...), 400, "OBP-09014")
			if msg, _ := e["message"].(string); !strings.Contains(msg, "/id") {
				t.Errorf("message names no field: %s", msg)
			}
			if g := s.Get(t, "/obp/v5.1.0/banks/rule.01.uk"); g.Status == 200 {
				t.Error("the refused bank was created")
			}
			if r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "rulebank", "bank_code": "RUL", "full_name": "Rule Bank"}`, admin...); r.Status != 201 {
				t.Errorf("a body the rule takes: %d %s", r.Status, r.Body)
			}
		})
		t.Run("read, list, public list, update", func(t *testing.T) {
			if g := s.Get(t, schemaRulesPath+"/"+createBankOp, admin...); g.Status != 200 || g.JSON(t)["operation_id"] != createBankOp {
				t.Errorf("get: %d %s", g.Status, g.Body)
			}
			if n := len(list(t, s.Get(t, schemaRulesPath, admin...), "json_schema_validations")); n != 1 {
				t.Errorf("list: %d", n)
			}
			if n := len(list(t, s.Get(t, "/obp/v4.0.0/endpoints/json-schema-validations"), "json_schema_validations")); n != 1 {
				t.Errorf("public list: %d", n)
			}
			if r := s.Do(t, http.MethodPut, schemaRulesPath+"/"+createBankOp, `{"type": "object", "required": ["id", "logo"]}`, admin...); r.Status != 200 {
				t.Fatalf("update: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "otherbank", "bank_code": "OTH", "full_name": "Other"}`, admin...), 400, "OBP-09014")
		})
		t.Run("deleted, the operation takes what it took before", func(t *testing.T) {
			r := s.Do(t, http.MethodDelete, schemaRulesPath+"/"+createBankOp, "", admin...)
			if r.Status != 200 || string(r.Body) != "true" {
				t.Fatalf("delete: %d %s", r.Status, r.Body)
			}
			if r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "rule.01.uk", "bank_code": "RUL", "full_name": "Rule Bank"}`, admin...); r.Status != 201 {
				t.Errorf("after delete: %d %s", r.Status, r.Body)
			}
		})
	})
}

func TestAuthenticationTypeValidationCRUDAndEnforcement(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := auth(adminToken(t, s))
		u := newUser(t, s)
		one := authTypeRulesPath + "/" + createBankOp

		wantOBPError(t, s.Do(t, http.MethodPost, one, `["OAuth2_OIDC"]`, auth(u.Token)...), 403, "OBP-20006")
		wantOBPError(t, s.Do(t, http.MethodPost, one, `["Kerberos"]`, admin...), 400, "OBP-09014")
		wantOBPError(t, s.Do(t, http.MethodPost, one, `{"allowed": ["OAuth2_OIDC"]}`, admin...), 400, "OBP-09014")
		wantOBPError(t, s.Do(t, http.MethodPost, authTypeRulesPath+"/nope", `["OAuth2_OIDC"]`, admin...), 400, "OBP-40048")
		wantOBPError(t, s.Do(t, http.MethodPut, one, `["OAuth2_OIDC"]`, admin...), 400, "OBP-40032")
		wantOBPError(t, s.Do(t, http.MethodDelete, one, "", admin...), 400, "OBP-40032")

		r := s.Do(t, http.MethodPost, one, `["OAuth2_OIDC"]`, admin...)
		if r.Status != 201 {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		if got := r.JSON(t); got["operation_id"] != createBankOp || len(got["allowed_authentication_types"].([]any)) != 1 {
			t.Errorf("created = %s", r.Body)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, one, `["DirectLogin"]`, admin...), 400, "OBP-40029")

		e := wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "auth.01.uk", "bank_code": "AUT", "full_name": "Auth Bank"}`, admin...), 400, "OBP-40034")
		if msg, _ := e["message"].(string); !strings.Contains(msg, "current request auth type: DirectLogin") {
			t.Errorf("message = %s", msg)
		}
		if g := s.Get(t, "/obp/v5.1.0/banks/auth.01.uk"); g.Status == 200 {
			t.Error("the refused bank was created")
		}
		if n := len(list(t, s.Get(t, "/obp/v4.0.0/endpoints/authentication-type-validations"), "authentication_types_validations")); n != 1 {
			t.Errorf("public list: %d", n)
		}
		if n := len(list(t, s.Get(t, authTypeRulesPath, admin...), "authentication_types_validations")); n != 1 {
			t.Errorf("list: %d", n)
		}
		if r := s.Do(t, http.MethodPut, one, `["OAuth2_OIDC", "DirectLogin"]`, admin...); r.Status != 200 {
			t.Fatalf("update: %d %s", r.Status, r.Body)
		}
		if g := s.Get(t, one, admin...); g.Status != 200 || len(g.JSON(t)["allowed_authentication_types"].([]any)) != 2 {
			t.Errorf("get: %d %s", g.Status, g.Body)
		}
		if r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "auth.01.uk", "bank_code": "AUT", "full_name": "Auth Bank"}`, admin...); r.Status != 201 {
			t.Errorf("allowed: %d %s", r.Status, r.Body)
		}
		if r := s.Do(t, http.MethodDelete, one, "", admin...); r.Status != 200 || string(r.Body) != "true" {
			t.Errorf("delete: %d %s", r.Status, r.Body)
		}
	})
}

// A rule made through one server holds on another sharing the database within a second.
func TestOperationRulesReachEveryProcess(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		if db.Engine != mapped.Postgres {
			t.Skip("one process per SQLite database")
		}
		a := sandbox(t, db)
		b := testenv.Start(t, db, app.Options{})
		admin := auth(adminToken(t, a))
		// A GET is ruled, so that probing it before the rule arrives changes nothing.
		if r := a.Do(t, http.MethodPost, authTypeRulesPath+"/OBPv4.0.0-getAllJsonSchemaValidations", `["OAuth2_OIDC"]`, admin...); r.Status != 201 {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		deadline := time.Now().Add(time.Second)
		for {
			r := b.Get(t, schemaRulesPath, admin...)
			if r.Status == 400 && strings.Contains(string(r.Body), "OBP-40034") {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("the other server still answers %d %s", r.Status, r.Body)
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
}
