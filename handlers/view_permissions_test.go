package handlers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

// viewPath fills a view-guarded doc's path for one account and view.
func viewPath(d handlers.ResourceDoc, bankID, accountID, viewID string) string {
	return placeholder.ReplaceAllStringFunc(d.Path, func(m string) string {
		switch m {
		case "{BANK_ID}":
			return bankID
		case "{ACCOUNT_ID}":
			return accountID
		case "{VIEW_ID}":
			return viewID
		}
		return "x"
	})
}

// TestViewPermissionMatrix walks every view-guarded endpoint of the registry: a user
// whose view grants the permission passes, one whose view lacks it is refused, one with
// no view on the account is refused — with the same text whether or not the account
// exists.
func TestViewPermissionMatrix(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		owner := newUser(t, s)
		openAccount(t, s, owner.Token, "gh.29.uk", "matrix-acct", "GBP")
		// A custom view that grants nothing, held by a second user.
		r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts/matrix-acct/views",
			`{"name": "_nothing", "description": "grants nothing", "allowed_actions": []}`, auth(owner.Token)...)
		if r.Status != 201 {
			t.Fatalf("create empty view: %d %s", r.Status, r.Body)
		}
		restricted := newUser(t, s)
		if r := grantView(t, s, owner.Token, "gh.29.uk", "matrix-acct", restricted.ID, "_nothing"); r.Status != 201 {
			t.Fatalf("grant: %d %s", r.Status, r.Body)
		}
		stranger := newUser(t, s)
		guarded := 0
		for _, d := range s.HTTP.Docs {
			if d.View == nil || len(d.Roles) > 0 {
				continue // endpoints guarded by roles too are walked by the role matrix
			}
			guarded++
			t.Run(d.OperationID, func(t *testing.T) {
				body := exampleBody(t, d)
				call := func(u testUser, accountID, viewID string) *testenv.Response {
					return s.Do(t, d.Verb, viewPath(d, "gh.29.uk", accountID, viewID), body, auth(u.Token)...)
				}
				// No view on the account: refused, and the refusal is the same for an account that does not exist.
				a := wantOBPError(t, call(stranger, "matrix-acct", "owner"), 403, "OBP-20017")
				b := wantOBPError(t, call(stranger, "no-such-account", "owner"), 403, "OBP-20017")
				if a["message"] != b["message"] {
					t.Errorf("refusals differ for a real and a missing account: %q vs %q", a["message"], b["message"])
				}
				if strings.Contains(a["message"].(string), "matrix-acct") {
					t.Errorf("refusal names the account: %q", a["message"])
				}
				// A view that grants nothing.
				lacking := call(restricted, "matrix-acct", "_nothing")
				if d.View.Permission != "" {
					if lacking.Status != 403 {
						t.Errorf("a view without %s passes: %d %s", d.View.Permission, lacking.Status, lacking.Body)
					}
				} else if lacking.Status == 401 || strings.HasPrefix(message(t, lacking), "OBP-20017") {
					t.Errorf("access alone should pass the view guard: %d %s", lacking.Status, lacking.Body)
				} else if a := d.DecidedInService; a != nil && len(a.ViewPermissions) > 0 && lacking.Status != 403 {
					// the service decides from the body; a view with none of its permissions never passes
					t.Errorf("a view with none of %v passes: %d %s", a.ViewPermissions, lacking.Status, lacking.Body)
				}
				// The owner view grants everything.
				if ok := call(owner, "matrix-acct", "owner"); ok.Status == 401 || ok.Status == 403 &&
					(strings.HasPrefix(message(t, ok), "OBP-20017") || strings.HasPrefix(message(t, ok), "OBP-30022")) {
					t.Errorf("the owner is refused by the view guard: %d %s", ok.Status, ok.Body)
				}
			})
		}
		if guarded < 10 {
			t.Errorf("only %d view-guarded endpoints", guarded)
		}
	})
}
