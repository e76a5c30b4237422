package handlers_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

const authContextUpdates = "/obp/v5.0.0/banks/gh.29.uk/users/current/auth-context-updates/"

func authContextPath(userID string) string { return "/obp/v5.0.0/users/" + userID + "/auth-context" }

func TestAuthContextAdministration(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin, ellie := adminToken(t, s), sandboxToken(t, s, "ellie")
		boss := newUser(t, s)
		omarID := s.Get(t, "/obp/v5.1.0/users/current", auth(sandboxToken(t, s, "omar"))...).JSON(t)["user_id"].(string)
		post := `{"key": "CUSTOMER_NUMBER", "value": "5987953"}`

		wantOBPError(t, s.Do(t, http.MethodPost, authContextPath(omarID), post), 401, "OBP-20001")
		for _, r := range []*testenv.Response{
			s.Do(t, http.MethodPost, authContextPath(omarID), post, auth(ellie)...),
			s.Get(t, authContextPath(omarID), auth(ellie)...),
			s.Do(t, http.MethodDelete, "/obp/v3.1.0/users/"+omarID+"/auth-context", "", auth(ellie)...),
			s.Do(t, http.MethodDelete, "/obp/v3.1.0/users/"+omarID+"/auth-context/any", "", auth(ellie)...),
		} {
			if body := wantOBPError(t, r, 403, "OBP-20006"); !strings.Contains(body["message"].(string), "UserAuthContext") {
				t.Errorf("the refusal does not name the role: %v", body["message"])
			}
		}
		for _, role := range []string{"CanCreateUserAuthContext", "CanGetUserAuthContext", "CanDeleteUserAuthContext"} {
			grant(t, s, admin, boss.ID, "", role)
		}

		r := s.Do(t, http.MethodPost, authContextPath(omarID), post, auth(boss.Token)...)
		if r.Status != 201 {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		created := r.JSON(t)
		if created["user_id"] != omarID || created["key"] != "CUSTOMER_NUMBER" || created["value"] != "5987953" ||
			created["consumer_id"] == "" || created["time_stamp"] == "" || created["user_auth_context_id"] == "" {
			t.Errorf("created = %v", created)
		}
		// The same key again replaces the value: one pair per user and key.
		again := s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+omarID+"/auth-context", `{"key": "CUSTOMER_NUMBER", "value": "42"}`, auth(boss.Token)...).JSON(t)
		if again["user_auth_context_id"] != created["user_auth_context_id"] || again["value"] != "42" {
			t.Errorf("the same key again = %v", again)
		}
		s.Do(t, http.MethodPost, authContextPath(omarID), `{"key": "PHONE_NUMBER", "value": "+44 20 7946 0000"}`, auth(boss.Token)...)
		wantOBPError(t, s.Do(t, http.MethodPost, authContextPath("no-such-user"), post, auth(boss.Token)...), 404, "OBP-20005")
		wantOBPError(t, s.Do(t, http.MethodPost, authContextPath(omarID), `{"key": "CUSTOMER_NUMBER"}`, auth(boss.Token)...), 400, "OBP-09014")
		wantOBPError(t, s.Get(t, authContextPath("no-such-user"), auth(boss.Token)...), 404, "OBP-20005")

		list := s.Get(t, authContextPath(omarID), auth(boss.Token)...)
		pairs := list.JSON(t)["user_auth_contexts"].([]any)
		if list.Status != 200 || len(pairs) != 2 || pairs[0].(map[string]any)["value"] != "42" {
			t.Fatalf("list: %d %s", list.Status, list.Body)
		}
		del := "/obp/v3.1.0/users/" + omarID + "/auth-context"
		wantOBPError(t, s.Do(t, http.MethodDelete, del+"/no-such-context", "", auth(boss.Token)...), 404, "OBP-30056")
		// A pair of one user cannot be deleted through another's path.
		wantOBPError(t, s.Do(t, http.MethodDelete, "/obp/v3.1.0/users/"+boss.ID+"/auth-context/"+created["user_auth_context_id"].(string), "", auth(boss.Token)...), 404, "OBP-30056")
		if r := s.Do(t, http.MethodDelete, del+"/"+created["user_auth_context_id"].(string), "", auth(boss.Token)...); r.Status != 204 {
			t.Fatalf("delete one: %d %s", r.Status, r.Body)
		}
		if n := len(s.Get(t, authContextPath(omarID), auth(boss.Token)...).JSON(t)["user_auth_contexts"].([]any)); n != 1 {
			t.Errorf("%d pairs after deleting one of two", n)
		}
		wantOBPError(t, s.Do(t, http.MethodDelete, "/obp/v5.1.0/users/no-such-user/auth-context", "", auth(boss.Token)...), 404, "OBP-20005")
		if r := s.Do(t, http.MethodDelete, "/obp/v5.1.0/users/"+omarID+"/auth-context", "", auth(boss.Token)...); r.Status != 204 {
			t.Fatalf("delete all: %d %s", r.Status, r.Body)
		}
		if n := len(s.Get(t, authContextPath(omarID), auth(boss.Token)...).JSON(t)["user_auth_contexts"].([]any)); n != 0 {
			t.Errorf("%d pairs after deleting all", n)
		}
	})
}

// outboxCodes reads the one-time codes of the outbox's messages not seen before.
type outboxCodes struct {
	s     *testenv.Server
	admin string
	seen  map[string]bool
}

func (o *outboxCodes) next(t *testing.T) string {
	t.Helper()
	var code string
	for _, m := range o.s.Get(t, "/obp/v5.1.0/management/notifications/outbox", auth(o.admin)...).JSON(t)["messages"].([]any) {
		msg := m.(map[string]any)
		if id := msg["id"].(string); !o.seen[id] {
			o.seen[id] = true
			if code != "" {
				t.Fatal("more than one new message in the outbox")
			}
			code = sixDigits.FindString(msg["body"].(string))
		}
	}
	if code == "" {
		t.Fatal("no new code in the outbox")
	}
	return code
}

func TestAuthContextUpdates(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		clk := &clock{now: time.Now().UTC()}
		s := testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now})
		admin, ellie, omar := adminToken(t, s), sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")
		ellieID := s.Get(t, "/obp/v5.1.0/users/current", auth(ellie)...).JSON(t)["user_id"].(string)
		codes := &outboxCodes{s: s, admin: admin, seen: map[string]bool{}}
		auditor := newUser(t, s)
		grant(t, s, admin, auditor.ID, "", "CanGetUserAuthContext")
		ellieContext := func() []any {
			return s.Get(t, authContextPath(ellieID), auth(auditor.Token)...).JSON(t)["user_auth_contexts"].([]any)
		}
		request := func(key, value string) (id, code string) {
			t.Helper()
			r := s.Do(t, http.MethodPost, authContextUpdates+"SMS", fmt.Sprintf(`{"key": %q, "value": %q}`, key, value), auth(ellie)...)
			if r.Status != 201 {
				t.Fatalf("request: %d %s", r.Status, r.Body)
			}
			u := r.JSON(t)
			if u["status"] != "INITIATED" || u["user_id"] != ellieID || u["key"] != key || u["value"] != value || u["consumer_id"] == "" {
				t.Fatalf("request = %v", u)
			}
			return u["user_auth_context_update_id"].(string), codes.next(t)
		}
		answerPath := func(id string) string { return authContextUpdates + id + "/challenge" }
		answerUpdate := func(tok, id, ans string) *testenv.Response {
			t.Helper()
			return s.Do(t, http.MethodPost, answerPath(id), fmt.Sprintf(`{"answer": %q}`, ans), auth(tok)...)
		}

		t.Run("the right code sets the pair", func(t *testing.T) {
			id, code := request("CUSTOMER_NUMBER", "5987953")
			if len(ellieContext()) != 0 {
				t.Fatal("the pair is set before the code is answered")
			}
			r := answerUpdate(ellie, id, code)
			if r.Status != 200 || r.JSON(t)["status"] != "ACCEPTED" || r.JSON(t)["user_auth_context_update_id"] != id {
				t.Fatalf("answer: %d %s", r.Status, r.Body)
			}
			pairs := ellieContext()
			if len(pairs) != 1 || pairs[0].(map[string]any)["key"] != "CUSTOMER_NUMBER" || pairs[0].(map[string]any)["value"] != "5987953" {
				t.Errorf("ellie's auth context = %v", pairs)
			}
			if strings.Contains(s.Logs.String(), code) {
				t.Error("the one-time code appears in the log")
			}
		})
		t.Run("a wrong code, then attempts used up", func(t *testing.T) {
			id, code := request("PHONE_NUMBER", "+44 7700 900123")
			wantOBPError(t, answerUpdate(ellie, id, "000000"), 400, "OBP-40016")
			wantOBPError(t, answerUpdate(ellie, id, "000001"), 400, "OBP-40016")
			if r := answerUpdate(ellie, id, "000002"); r.Status != 200 || r.JSON(t)["status"] != "REJECTED" {
				t.Fatalf("last attempt: %d %s", r.Status, r.Body)
			}
			if r := answerUpdate(ellie, id, code); r.Status != 200 || r.JSON(t)["status"] != "REJECTED" {
				t.Errorf("the right code after a rejection: %d %s", r.Status, r.Body)
			}
			if len(ellieContext()) != 1 {
				t.Errorf("a rejected update was stored: %v", ellieContext())
			}
		})
		t.Run("another user cannot answer", func(t *testing.T) {
			id, code := request("PHONE_NUMBER", "+44 7700 900456")
			wantOBPError(t, answerUpdate(omar, id, code), 404, "OBP-30057")
			wantOBPError(t, answerUpdate(ellie, "no-such-update", code), 404, "OBP-30057")
			r := s.Do(t, http.MethodPost, "/obp/v5.0.0/banks/other.bank/users/current/auth-context-updates/"+id+"/challenge",
				fmt.Sprintf(`{"answer": %q}`, code), auth(ellie)...)
			wantOBPError(t, r, 404, "OBP-30057")
			if r := answerUpdate(ellie, id, code); r.JSON(t)["status"] != "ACCEPTED" {
				t.Errorf("the owner's answer after the refusals: %s", r.Body)
			}
		})
		t.Run("an expired code", func(t *testing.T) {
			id, code := request("PHONE_NUMBER", "+44 7700 900789")
			clk.Advance(601 * time.Second)
			defer clk.Advance(-601 * time.Second)
			wantOBPError(t, answerUpdate(ellie, id, code), 400, "OBP-20211")
		})
		t.Run("requests refused", func(t *testing.T) {
			post := `{"key": "CUSTOMER_NUMBER", "value": "1"}`
			wantOBPError(t, s.Do(t, http.MethodPost, authContextUpdates+"SMS", post), 401, "OBP-20001")
			wantOBPError(t, s.Do(t, http.MethodPost, authContextUpdates+"SMS", `{"key": "private-key", "value": "x"}`, auth(ellie)...), 400, "OBP-30088")
			wantOBPError(t, s.Do(t, http.MethodPost, authContextUpdates+"CARRIER_PIGEON", post, auth(ellie)...), 400, "OBP-35034")
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.0.0/banks/no-such-bank/users/current/auth-context-updates/SMS", post, auth(ellie)...), 404, "OBP-30001")
			// A user the bank has no customer record for has no phone to send the code to.
			stranger := newUser(t, s)
			wantOBPError(t, s.Do(t, http.MethodPost, authContextUpdates+"SMS", post, auth(stranger.Token)...), 400, "OBP-40045")
		})
		t.Run("correct answers at once accept once", func(t *testing.T) {
			id, code := request("CUSTOMER_NUMBER", "7777777")
			results := testenv.Concurrently(t, 6, func(int) (*testenv.Response, error) {
				return s.Try(http.MethodPost, answerPath(id), fmt.Sprintf(`{"answer": %q}`, code), auth(ellie)...)
			})
			for _, r := range results {
				if r.Status != 200 || r.JSON(t)["status"] != "ACCEPTED" {
					t.Errorf("concurrent answer: %d %s", r.Status, r.Body)
				}
			}
			var rows []string
			testenv.Query(t, db, &rows, `SELECT value FROM user_auth_contexts WHERE user_id = ? AND "key" = 'CUSTOMER_NUMBER'`, ellieID)
			if len(rows) != 1 || rows[0] != "7777777" {
				t.Errorf("ellie's CUSTOMER_NUMBER rows = %v", rows)
			}
		})
		var hashes []string
		testenv.Query(t, db, &hashes, "SELECT answer_hash FROM challenges WHERE purpose = 'AUTH_CONTEXT_UPDATE'")
		for _, h := range hashes {
			if len(h) != 64 {
				t.Errorf("stored answer %q is not a hash", h)
			}
		}
	})
}

// authContextProbe answers what a connector called during the request would be sent as
// the caller's auth context.
var authContextProbe = handlers.ResourceDoc{
	OperationID: "OBPv5.1.0-testAuthContextProbe", Verb: "GET", Path: "/obp/v5.1.0/test/auth-context",
	Summary: "What a connector receives as the caller's auth context", Auth: handlers.LoggedIn,
	Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn),
	Handle: func(c *handlers.Call) error {
		pairs, err := c.Caller().LoadAuthContext(c.Ctx)
		if err != nil {
			return err
		}
		out := map[string]string{}
		for _, p := range pairs {
			out[p.Key] = p.Value
		}
		return c.JSON(out)
	},
}

// The pairs set for a user reach the connectors of that user's calls, and no one else's.
func TestAuthContextTravelsToConnectors(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := testenv.Start(t, db, app.Options{Sandbox: true, ExtraDocs: []handlers.ResourceDoc{authContextProbe}})
		admin, ellie, omar := adminToken(t, s), sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")
		ellieID := s.Get(t, "/obp/v5.1.0/users/current", auth(ellie)...).JSON(t)["user_id"].(string)
		boss := newUser(t, s)
		grant(t, s, admin, boss.ID, "", "CanCreateUserAuthContext")
		if r := s.Do(t, http.MethodPost, authContextPath(ellieID), `{"key": "CUSTOMER_NUMBER", "value": "5987953"}`, auth(boss.Token)...); r.Status != 201 {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		if got := s.Get(t, authContextProbe.Path, auth(ellie)...).JSON(t); len(got) != 1 || got["CUSTOMER_NUMBER"] != "5987953" {
			t.Errorf("ellie's calls carry %v", got)
		}
		if got := s.Get(t, authContextProbe.Path, auth(omar)...).JSON(t); len(got) != 0 {
			t.Errorf("omar's calls carry %v", got)
		}
	})
}
