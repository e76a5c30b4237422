package handlers_test

import (
	"sync"
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
	db.Gorm.Raw("SELECT SUM(balance) FROM accounts").Scan(&total)

	const n = 200
	codes := make([]int, n)
	messages := make([]string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := pay(t, s, u.Token, "race-src", "ACCOUNT", toAccount("race-dst", "GBP", "1.00"))
			codes[i] = r.Status
			if r.Status != 201 {
				messages[i] = message(t, r)
			}
		}(i)
	}
	wg.Wait()
	ok, funds := 0, 0
	for i, c := range codes {
		switch {
		case c == 201:
			ok++
		case c == 400 && len(messages[i]) > 9 && messages[i][:9] == "OBP-40043":
			funds++
		default:
			t.Errorf("payment %d: %d %s", i, c, messages[i])
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
	db.Gorm.Raw("SELECT SUM(balance) FROM accounts").Scan(&after)
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
	var wg sync.WaitGroup
	fails := make(chan string, 200)
	for i := 0; i < 100; i++ {
		for _, dir := range [][2]string{{"ping", "pong"}, {"pong", "ping"}} {
			wg.Add(1)
			go func(from, to string) {
				defer wg.Done()
				if r := pay(t, s, u.Token, from, "ACCOUNT", toAccount(to, "GBP", "1.00")); r.Status != 201 {
					fails <- string(r.Body)
				}
			}(dir[0], dir[1])
		}
	}
	wg.Wait()
	close(fails)
	for f := range fails {
		t.Errorf("payment failed: %s", f)
	}
	if a, b := balanceOf(t, s, u.Token, "ping"), balanceOf(t, s, u.Token, "pong"); a != "500.00" || b != "500.00" {
		t.Errorf("balances after 100 payments each way = %s, %s; want 500.00 both", a, b)
	}
	checkBooks(t, db)
}
