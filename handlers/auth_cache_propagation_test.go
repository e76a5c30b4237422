package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/internal/testenv"
)

// Authentication state is held in memory by each process; a change made through one
// process (a logout, a lock, an app disabled) holds on the other as soon as it commits.
func TestAuthStateChangesHoldOnAnotherProcess(t *testing.T) {
	db := testenv.OpenPostgres(t)
	a := testenv.Start(t, db, app.Options{Sandbox: true})
	b := testenv.StartProcess(t, db.URL()).Server()
	admin := adminToken(t, a)
	provider := url.PathEscape("http://127.0.0.1")
	refusedOnB := func(tok, code string) func() bool {
		return func() bool {
			r := b.Get(t, "/obp/v5.1.0/users/current", auth(tok)...)
			return r.Status == 401 && strings.Contains(string(r.Body), code)
		}
	}
	warm := func(tok string) {
		t.Helper()
		for range 3 { // cached on B now
			if r := b.Get(t, "/obp/v5.1.0/users/current", auth(tok)...); r.Status != 200 {
				t.Fatalf("B refuses a good token: %d %s", r.Status, r.Body)
			}
		}
	}
	within := func(what string, ok func() bool) {
		t.Helper()
		took, done := waitFor(t, time.Second, ok)
		if !done {
			t.Fatalf("%s on A does not hold on B after %v", what, took)
		}
		t.Logf("%s on A held on B after %v", what, took)
	}

	u := newUser(t, a)
	warm(u.Token)
	if r := a.Do(t, http.MethodDelete, "/my/logins/direct", "", auth(u.Token)...); r.Status != 204 {
		t.Fatalf("logout: %d %s", r.Status, r.Body)
	}
	within("a logout", refusedOnB(u.Token, "OBP-20003"))

	v := newUser(t, a)
	warm(v.Token)
	if r := a.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+provider+"/"+v.Username+"/locks", "", auth(admin)...); r.Status != 201 {
		t.Fatalf("lock: %d %s", r.Status, r.Body)
	}
	within("a lock", refusedOnB(v.Token, "OBP-20013"))

	w := newUser(t, a)
	warm(w.Token)
	consumers := a.Get(t, "/obp/v5.1.0/management/consumers", auth(admin)...).JSON(t)["consumers"].([]any)
	if len(consumers) != 1 {
		t.Fatalf("want the sandbox's one consumer, have %d", len(consumers))
	}
	id := consumers[0].(map[string]any)["consumer_id"].(string)
	if r := a.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+id, `{"enabled": false}`, auth(admin)...); r.Status != 200 {
		t.Fatalf("disable: %d %s", r.Status, r.Body)
	}
	within("disabling the app", refusedOnB(w.Token, "OBP-20058"))
}

// The embedded authorization server's access tokens are held in memory as DirectLogin's
// are: a revocation, a lock or a disabled app through one process holds on the other as
// soon as it commits.
func TestOAuth2TokenChangesHoldOnAnotherProcess(t *testing.T) {
	db := testenv.OpenPostgres(t)
	a := testenv.Start(t, db, app.Options{Sandbox: true})
	b := testenv.StartProcess(t, db.URL()).Server()
	admin := adminToken(t, a)
	client := newOAuthApp(t, a, admin, "Web")
	token := func(username string) string {
		t.Helper()
		tok := signIn(t, a, client, "obp", username)["access_token"].(string)
		for range 3 { // held on B now
			if r := b.Get(t, "/obp/v5.1.0/users/current", bearer(tok)...); r.Status != 200 {
				t.Fatalf("B refuses a good token: %d %s", r.Status, r.Body)
			}
		}
		return tok
	}
	refusedOnB := func(what, tok, code string) {
		t.Helper()
		took, done := waitFor(t, time.Second, func() bool {
			r := b.Get(t, "/obp/v5.1.0/users/current", bearer(tok)...)
			return r.Status == 401 && strings.Contains(string(r.Body), code)
		})
		if !done {
			t.Fatalf("%s on A does not hold on B after %v", what, took)
		}
		t.Logf("%s on A held on B after %v", what, took)
	}

	revoked := token("ellie")
	if status, body := tokenCall(t, a, client, "/oauth2/revoke", url.Values{"token": {revoked}}); status != 200 {
		t.Fatalf("revoke: %d %v", status, body)
	}
	refusedOnB("a revocation", revoked, "OBP-20204")

	locked := token("ellie")
	provider := url.PathEscape("http://127.0.0.1")
	if r := a.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+provider+"/ellie/locks", "", auth(admin)...); r.Status != 201 {
		t.Fatalf("lock: %d %s", r.Status, r.Body)
	}
	refusedOnB("a lock", locked, "OBP-20013")
	if r := a.Do(t, http.MethodPut, "/obp/v5.1.0/users/"+provider+"/ellie/lock-status", "", auth(admin)...); r.Status != 200 {
		t.Fatalf("unlock: %d %s", r.Status, r.Body)
	}

	disabled := token("ellie")
	if r := a.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+client.ID, `{"enabled": false}`, auth(admin)...); r.Status != 200 {
		t.Fatalf("disable: %d %s", r.Status, r.Body)
	}
	refusedOnB("disabling the app", disabled, "OBP-20204")
}
