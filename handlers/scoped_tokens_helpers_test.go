package handlers_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

const (
	stBank        = "gh.29.uk"
	stTokens      = "/obp/v5.1.0/banks/" + stBank + "/scoped-access-tokens"
	stRefresh     = "/obp/v5.1.0/oauth-token/refresh"
	stEllieOwner  = "/obp/v5.1.0/banks/" + stBank + "/accounts/ellie-current/owner/account"
	stReadAccount = "OBPv4.0.0-getPrivateAccountByIDFull"
	stUpdateLabel = "OBPv4.0.0-updateAccountLabel"
	stGetBank     = "OBPv5.0.0-getBank"
)

// stBed is a sandbox on a clock the test moves, where ellie holds
// CanCreateScopedAccessToken at gh.29.uk.
type stBed struct {
	s            *testenv.Server
	db           *mapped.DB
	clk          *clock
	admin, ellie string
	ellieID      string
}

func newSTBed(t *testing.T, db *mapped.DB) *stBed {
	t.Helper()
	clk := &clock{now: time.Now().UTC().Truncate(time.Second)}
	b := &stBed{s: testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now}), db: db, clk: clk}
	b.admin = adminToken(t, b.s)
	b.ellie = sandboxToken(t, b.s, "ellie")
	b.ellieID = userIDOf(t, b.s, b.ellie)
	grant(t, b.s, b.admin, b.ellieID, stBank, "CanCreateScopedAccessToken")
	return b
}

func userIDOf(t *testing.T, s *testenv.Server, tok string) string {
	t.Helper()
	r := s.Get(t, "/obp/v5.1.0/users/current", auth(tok)...)
	if r.Status != 200 {
		t.Fatalf("current user: %d %s", r.Status, r.Body)
	}
	return r.JSON(t)["user_id"].(string)
}

// stRequest is a Viewer token for userID on ellie-current, from this machine, reading it.
func stRequest(userID string) map[string]any {
	return map[string]any{"user_id": userID, "access_right": "Viewer", "account_ids": []string{"ellie-current"},
		"allowed_ip_addresses": []string{"127.0.0.1", "::1"}, "permitted_operation_ids": []string{stReadAccount}}
}

// issue creates a token as creator and returns the answer, failing unless it is a 201.
func (b *stBed) issue(t *testing.T, creator string, body map[string]any) map[string]any {
	t.Helper()
	r := b.s.Do(t, http.MethodPost, stTokens, jsonBody(t, body), auth(creator)...)
	if r.Status != 201 {
		t.Fatalf("create scoped token: %d %s", r.Status, r.Body)
	}
	return r.JSON(t)
}

func (b *stBed) refresh(t *testing.T, tok string) *testenv.Response {
	t.Helper()
	return b.s.Do(t, http.MethodPost, stRefresh, "", bearer(tok)...)
}

// scopedTokenRows is every stored row of scoped_access_tokens, each column as text.
func scopedTokenRows(t *testing.T, db *mapped.DB) []map[string]any {
	t.Helper()
	var rows []map[string]any
	testenv.Query(t, db, &rows, "SELECT * FROM scoped_access_tokens")
	return rows
}
