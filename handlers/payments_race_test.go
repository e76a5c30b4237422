package handlers_test

import (
	"strings"
	"testing"

	"github.com/obp-go/obp/internal/testenv"
)

// 200 concurrent payments of 1.00 from an account holding 50.00 on PostgreSQL: exactly
// 50 complete, the rest are refused for funds, no client sees a deadlock or a 5xx, and
// the books stay balanced.
func TestConcurrentPaymentsOnPostgres(t *testing.T) {
	db := testenv.OpenPostgres(t)
	s := dummySCA(t, db)
	admin := adminToken(t, s)
	u := newUser(t, s)
	openAccount(t, s, u.Token, "gh.29.uk", "race-src", "GBP")
	openAccount(t, s, u.Token, "gh.29.uk", "race-dst", "GBP")
	fund(t, s, admin, "gh.29.uk", "race-src", "GBP", "50.00", "2024-01-01T00:00:00Z")
	var total int64
	testenv.Query(t, db, &total, "SELECT SUM(balance) FROM accounts")

	results := testenv.Concurrently(t, 200, func(int) (*testenv.Response, error) {
		return tryPay(s, u.Token, "race-src", "ACCOUNT", toAccount("race-dst", "GBP", "1.00"))
	})
	ok, funds := 0, 0
	for i, r := range results {
		switch {
		case r.Status == 201:
			ok++
		case r.Status == 400 && strings.HasPrefix(message(t, r), "OBP-40043"):
			funds++
		default:
			t.Errorf("payment %d: %d %s", i, r.Status, r.Body)
		}
	}
	if ok != 50 || funds != 150 {
		t.Errorf("%d completed and %d refused for funds, want 50 and 150", ok, funds)
	}
	if b := balanceOf(t, s, u.Token, "race-src"); b != "0.00" {
		t.Errorf("source balance = %s, want 0.00", b)
	}
	if b := balanceOf(t, s, u.Token, "race-dst"); b != "50.00" {
		t.Errorf("target balance = %s, want 50.00", b)
	}
	var after int64
	testenv.Query(t, db, &after, "SELECT SUM(balance) FROM accounts")
	if after != total {
		t.Errorf("the sum of all balances moved from %d to %d", total, after)
	}
	checkBooks(t, db)
}

// Payments in both directions between two accounts at once finish without deadlock
// errors (rows are locked in a fixed order).
func TestOppositePaymentsDoNotDeadlock(t *testing.T) {
	db := testenv.OpenPostgres(t)
	s := dummySCA(t, db)
	admin := adminToken(t, s)
	u := newUser(t, s)
	openAccount(t, s, u.Token, "gh.29.uk", "ping", "GBP")
	openAccount(t, s, u.Token, "gh.29.uk", "pong", "GBP")
	fund(t, s, admin, "gh.29.uk", "ping", "GBP", "500.00", "2024-01-01T00:00:00Z")
	fund(t, s, admin, "gh.29.uk", "pong", "GBP", "500.00", "2024-01-01T00:00:00Z")
	dirs := [][2]string{{"ping", "pong"}, {"pong", "ping"}}
	results := testenv.Concurrently(t, 200, func(i int) (*testenv.Response, error) {
		return tryPay(s, u.Token, dirs[i%2][0], "ACCOUNT", toAccount(dirs[i%2][1], "GBP", "1.00"))
	})
	for _, r := range results {
		if r.Status != 201 {
			t.Errorf("payment failed: %s", r.Body)
		}
	}
	if a, b := balanceOf(t, s, u.Token, "ping"), balanceOf(t, s, u.Token, "pong"); a != "500.00" || b != "500.00" {
		t.Errorf("balances after 100 payments each way = %s, %s; want 500.00 both", a, b)
	}
	checkBooks(t, db)
}
