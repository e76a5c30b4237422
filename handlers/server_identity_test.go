package handlers_test

import (
	"testing"

	"github.com/obp-go/obp/internal/testenv"
)

// Two processes on one database, on different ports and with no OBP_HOSTNAME, share one
// identity (chosen by the first and kept in the database): a token issued through one is
// taken by the other, and the sandbox users the first seeded are the second's local users.
func TestProcessesWithoutHostnameShareOneIdentity(t *testing.T) {
	db := testenv.OpenPostgres(t)
	seededEnv := []string{"OBP_HOSTNAME=", "OBP_SANDBOX=true", "OBP_ADMIN_USERNAME=" + testenv.AdminUsername,
		"OBP_ADMIN_PASSWORD=" + testenv.AdminPassword, "OBP_SANDBOX_CONSUMER_KEY=" + testenv.ConsumerKey}
	a := testenv.StartProcess(t, db.URL(), seededEnv...).Server()
	b := testenv.StartProcess(t, db.URL(), "OBP_HOSTNAME=").Server()
	if a.URL == b.URL {
		t.Fatal("the two processes listen on one address")
	}
	for _, pair := range [][2]*testenv.Server{{a, b}, {b, a}} {
		tok := adminToken(t, pair[0])
		r := pair[1].Get(t, "/obp/v5.1.0/users/current", auth(tok)...)
		if r.Status != 200 {
			t.Fatalf("a token issued by %s refused by %s: %d %s", pair[0].URL, pair[1].URL, r.Status, r.Body)
		}
		if got := r.JSON(t)["provider"]; got != a.URL {
			t.Fatalf("provider %v, want the first process's address %s", got, a.URL)
		}
	}
}
