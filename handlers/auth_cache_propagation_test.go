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
