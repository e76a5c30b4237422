package handlers_test

import (
	"cmp"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

var placeholder = regexp.MustCompile(`\{([A-Z_]+)\}`)

// concretePath fills a doc's path: its bank parameter (BANK_ID unless it names another)
// with bankID, anything else with "x".
func concretePath(d handlers.ResourceDoc, bankID string) string {
	return placeholder.ReplaceAllStringFunc(d.Path, func(m string) string {
		if m == "{"+cmp.Or(d.BankParam, "BANK_ID")+"}" {
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

				refused := func(r *testenv.Response) {
					t.Helper()
					if d.RenderError != nil { // KOBIL's TMS: a missing role is its bare 401
						if r.Status != 401 || strings.TrimSpace(string(r.Body)) != `{"error":"HTTP 401 Unauthorized"}` {
							t.Errorf("without the role: %d %s", r.Status, r.Body)
						}
						return
					}
					m := wantOBPError(t, r, 403, "OBP-20006")
					for _, role := range d.Roles {
						if !strings.Contains(m["message"].(string), role.Name) {
							t.Errorf("403 message %q does not name %s", m["message"], role.Name)
						}
					}
				}
				refused(call())
				if anon := s.Do(t, d.Verb, path, body); anon.Status != 401 {
					t.Errorf("anonymous call: status %d, want 401", anon.Status)
				}

				role := d.Roles[0]
				if role.RequiresBankID {
					grant(t, s, admin, u.ID, otherBank, role.Name)
					refused(call())
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
