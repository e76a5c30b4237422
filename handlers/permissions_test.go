package handlers_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

var placeholder = regexp.MustCompile(`\{([A-Z_]+)\}`)

// concretePath fills a doc's path: BANK_ID with bankID, anything else with "x".
func concretePath(d handlers.ResourceDoc, bankID string) string {
	return placeholder.ReplaceAllStringFunc(d.Path, func(m string) string {
		if m == "{BANK_ID}" {
			return bankID
		}
		return "x"
	})
}

func exampleBody(t *testing.T, d handlers.ResourceDoc) string {
	if d.RequestSchema == "" {
		return ""
	}
	b, err := json.Marshal(d.ExampleRequest)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRolePermissionMatrix walks every role-guarded endpoint of the registry: without
// the role the call is 403 naming it, with the role at another bank still 403, with it
// at the right bank (or system-wide) the call passes the guard.
func TestRolePermissionMatrix(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		const bankID, otherBank = "gh.29.uk", "alpen.01.de"
		guarded := 0
		for _, d := range s.HTTP.Docs {
			if len(d.Roles) == 0 {
				continue
			}
			guarded++
			t.Run(d.OperationID, func(t *testing.T) {
				path, body := concretePath(d, bankID), exampleBody(t, d)
				u := newUser(t, s)
				call := func() *testenv.Response { return s.Do(t, d.Verb, path, body, auth(u.Token)...) }

				r := wantOBPError(t, call(), 403, "OBP-20006")
				for _, role := range d.Roles {
					if !strings.Contains(r["message"].(string), role.Name) {
						t.Errorf("403 message %q does not name %s", r["message"], role.Name)
					}
				}
				if anon := s.Do(t, d.Verb, path, body); anon.Status != 401 {
					t.Errorf("anonymous call: status %d, want 401", anon.Status)
				}

				role := d.Roles[0]
				if role.RequiresBankID {
					grant(t, s, admin, u.ID, otherBank, role.Name)
					wantOBPError(t, call(), 403, "OBP-20006")
					grant(t, s, admin, u.ID, bankID, role.Name)
				} else {
					grant(t, s, admin, u.ID, "", role.Name)
				}
				after := call()
				if after.Status == 401 || after.Status == 403 && strings.Contains(message(t, after), "OBP-20006") {
					t.Errorf("with %s the call is still refused: %d %s", role.Name, after.Status, after.Body)
				}
			})
		}
		if guarded < 10 {
			t.Errorf("only %d role-guarded endpoints", guarded)
		}
	})
}
