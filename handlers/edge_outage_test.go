package handlers_test

import (
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// When PostgreSQL could not be reached every call answered 500 OBP-50000, as if the
// server had a bug, and clients had no hint to retry. Pinned: 503 OBP-50019 with
// Retry-After while the database is away (reads, logins by token, writes), and normal
// answers once it is back. The database sits behind a proxy the test cuts.
func TestDatabaseOutageAnswers503NotServerError(t *testing.T) {
	testenv.SkipWithREST(t, "the database cut here is the example adapter's store too, so the adapter fails first "+
		"(OBP-50003); an adapter's outage is TestMisbehavingAdapter's subject")
	u, err := url.Parse(testenv.PostgresSchemaURL(t))
	if err != nil {
		t.Fatal(err)
	}
	proxy := testenv.NewTCPProxy(t, u.Host)
	u.Host = proxy.Addr
	db, err := mapped.Open(u.String(), mapped.PoolConfig{MaxOpen: 4, MaxIdle: 4, MaxLifetime: time.Hour, MaxIdleTime: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := sandbox(t, db)
	admin := auth(adminToken(t, s))

	proxy.Cut()
	for i := 0; i < 3; i++ { // the first calls meet pooled connections that die, the later ones refused dials
		for _, r := range []*testenv.Response{
			s.Get(t, "/obp/v5.1.0/banks"),
			s.Get(t, "/obp/v5.1.0/users/current", admin...),
			s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "outage.bank", "bank_code": "OUT", "full_name": "Outage"}`, admin...),
		} {
			wantOBPError(t, r, 503, "OBP-50019")
			if r.Header.Get("Retry-After") == "" {
				t.Errorf("503 without Retry-After: %s", r.Body)
			}
		}
	}

	proxy.Restore(t)
	deadline := time.Now().Add(10 * time.Second)
	for s.Get(t, "/obp/v5.1.0/banks").Status != 200 {
		if time.Now().After(deadline) {
			t.Fatal("the server did not answer normally within 10s of the database coming back")
		}
		time.Sleep(100 * time.Millisecond)
	}
	if r := s.Get(t, "/obp/v5.1.0/users/current", admin...); r.Status != 200 {
		t.Errorf("after the outage, users/current: %d %s", r.Status, r.Body)
	}
}
