package handlers_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/internal/testenv"
)

// waitFor polls until ok or the deadline, and returns how long it took.
func waitFor(t *testing.T, deadline time.Duration, ok func() bool) (time.Duration, bool) {
	start := time.Now()
	for time.Since(start) < deadline {
		if ok() {
			return time.Since(start), true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return time.Since(start), ok()
}

// Two server processes on one PostgreSQL: a grant or revoke made through one holds on
// the other within a second.
func TestGrantsPropagateToAnotherProcess(t *testing.T) {
	db := testenv.OpenPostgres(t)
	a := testenv.Start(t, db, app.Options{Sandbox: true})
	b := testenv.StartProcess(t, db.URL()).Server()
	admin := adminToken(t, a)
	u := newUser(t, a)
	onB := func() int { return b.Get(t, "/obp/v5.1.0/users", auth(u.Token)...).Status }

	if got := onB(); got != 403 {
		t.Fatalf("before the grant, B answers %d", got)
	}
	id := grant(t, a, admin, u.ID, "", "CanGetAnyUser")
	took, ok := waitFor(t, time.Second, func() bool { return onB() == 200 })
	if !ok {
		t.Fatalf("grant on A not effective on B after %v", took)
	}
	t.Logf("grant visible on B after %v", took)

	if r := a.Do(t, http.MethodDelete, "/obp/v5.1.0/users/"+u.ID+"/entitlement/"+id, "", auth(admin)...); r.Status != 204 {
		t.Fatalf("revoke: %d %s", r.Status, r.Body)
	}
	took, ok = waitFor(t, time.Second, func() bool { return onB() == 403 })
	if !ok {
		t.Fatalf("revoke on A not effective on B after %v", took)
	}
	t.Logf("revoke visible on B after %v", took)
}

// `obp admin grant` writes the entitlement row and notifies running servers.
func TestAdminGrantCommandReachesRunningServers(t *testing.T) {
	db := testenv.OpenPostgres(t)
	a := testenv.Start(t, db, app.Options{Sandbox: true})
	u := newUser(t, a)
	out, err := testenv.RunCommand(t, db.URL(), "admin", "grant", "--user", u.Username, "--role", "CanGetAnyUser")
	if err != nil {
		t.Fatalf("admin grant: %v\n%s", err, out)
	}
	if _, ok := waitFor(t, time.Second, func() bool { return a.Get(t, "/obp/v5.1.0/users", auth(u.Token)...).Status == 200 }); !ok {
		t.Fatalf("grant from the command line not effective within 1s; command said: %s", out)
	}
	if out, err := testenv.RunCommand(t, db.URL(), "admin", "grant", "--user", u.Username, "--role", "CanCreateEntitlementAtOneBank"); err == nil {
		t.Errorf("a bank role without --bank was accepted: %s", out)
	}
	if out, err := testenv.RunCommand(t, db.URL(), "admin", "grant", "--user", "nobody", "--role", "CanGetAnyUser"); err == nil {
		t.Errorf("an unknown user was accepted: %s", out)
	}
}
