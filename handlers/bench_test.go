package handlers_test

import (
	"net/http"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/internal/testenv"
)

// BenchmarkAccountRead is one GET of an account through the owner view, over loopback
// HTTP, with authentication, the guards and moderation (SQLite, or PostgreSQL with
// TEST_DATABASE_URL). `make bench` measures the same under load against pgbench.
func BenchmarkAccountRead(b *testing.B) {
	s := sandboxB(b)
	tok := token(b, s, "ellie", "sandbox-password-1234")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if r := s.Get(b, "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current/owner/account", auth(tok)...); r.Status != 200 {
			b.Fatalf("%d %s", r.Status, r.Body)
		}
	}
}

// BenchmarkPayment is one ACCOUNT payment below the challenge threshold.
func BenchmarkPayment(b *testing.B) {
	s := sandboxB(b)
	tok := token(b, s, "ellie", "sandbox-password-1234")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := s.Do(b, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current/owner/transaction-request-types/ACCOUNT/transaction-requests",
			`{"to": {"bank_id": "gh.29.uk", "account_id": "omar-current"}, "value": {"currency": "GBP", "amount": "0.01"}, "description": "bench"}`, auth(tok)...)
		if r.Status != 201 {
			b.Fatalf("%d %s", r.Status, r.Body)
		}
	}
}

func sandboxB(b *testing.B) *testenv.Server {
	db := testenv.OpenSQLite(b)
	if testenv.PostgresAvailable() {
		db = testenv.OpenPostgres(b)
	}
	return testenv.Start(b, db, app.Options{Sandbox: true})
}
