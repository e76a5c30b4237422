package scaletest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// paymentRetryLimit bounds how long one client keeps retrying one payment.
const paymentRetryLimit = 90 * time.Second

// B is killed with SIGKILL in the middle of a payment load through haproxy. Every client
// retries a failed or timed-out payment with the same Idempotency-Key and body until it
// gets an answer. Afterwards every payment happened exactly once, the books balance, and
// no transaction request is left PROCESSING past the reconciler's period.
func TestKillOneProcessDuringPayments(t *testing.T) {
	s := load(t)
	if s.bPID <= 0 {
		t.Fatal("OBP_SCALE_B_PID: want the pid of process B")
	}
	admin := login(t, s.a, s.user, s.password, s.key)
	db := database(t, s.databaseURL)
	run := "scale-" + stamp()
	each := s.payments / s.clients
	total := each * s.clients
	src, dst := make([]string, s.clients), make([]string, s.clients)
	for c := range s.clients {
		src[c], dst[c] = fmt.Sprintf("%s-src-%d", run, c), fmt.Sprintf("%s-dst-%d", run, c)
		openFunded(t, s.a, admin, src[c], "1000.00")
		openFunded(t, s.a, admin, dst[c], "0")
	}
	sumBefore := query[int64](t, db, "SELECT COALESCE(SUM(balance), 0) FROM accounts")

	var completed atomic.Int64
	var killedAt atomic.Int64 // payments completed when B was killed
	killed := make(chan time.Time, 1)
	go func() {
		for completed.Load() < int64(total/3) {
			time.Sleep(2 * time.Millisecond)
		}
		killedAt.Store(completed.Load())
		if err := syscall.Kill(s.bPID, syscall.SIGKILL); err != nil {
			t.Errorf("kill -9 %d: %v", s.bPID, err)
		}
		killed <- time.Now()
	}()

	type outcome struct {
		key, id, status string
		tries           int
	}
	outcomes := make([][]outcome, s.clients)
	var mu sync.Mutex
	transient := map[string]int{} // what the clients retried, by kind
	start := time.Now()
	var wg sync.WaitGroup
	for c := range s.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range each {
				key := fmt.Sprintf("%s-%d-%d", run, c, n)
				body := payBody(dst[c], "1.00", key) // the key as description: the ledger is counted by it below
				o := outcome{key: key}
				deadline := time.Now().Add(paymentRetryLimit)
				for {
					o.tries++
					r, err := try(s.lb, http.MethodPost, payPath(src[c]), admin, body, "Idempotency-Key", key)
					kind := ""
					switch {
					case err != nil:
						kind = "transport error"
						if strings.Contains(err.Error(), "Timeout") {
							kind = "client timeout"
						}
					case r.Status >= 500:
						kind = strconv.Itoa(r.Status)
					case r.Status == 409 && r.code() == "OBP-40049": // the key's claim is held by a run in flight
						kind = "409 OBP-40049"
					}
					if kind == "" {
						if r.Status != 201 {
							o.status = fmt.Sprintf("%d %s", r.Status, r.Body)
						} else {
							var m struct{ ID, Status string }
							if err := json.Unmarshal(r.Body, &m); err != nil {
								m.Status = fmt.Sprintf("201 that is not a transaction request: %s", r.Body)
							}
							o.id, o.status = m.ID, m.Status
						}
						break
					}
					mu.Lock()
					transient[kind]++
					mu.Unlock()
					if time.Now().After(deadline) {
						o.status = "no answer after " + paymentRetryLimit.String() + ": " + kind
						break
					}
					wait := 100 * time.Millisecond
					if r.Header != nil {
						if s, err := strconv.Atoi(r.Header.Get("Retry-After")); err == nil && s > 0 {
							wait = min(time.Duration(s)*time.Second, time.Second)
						}
					}
					time.Sleep(wait)
				}
				outcomes[c] = append(outcomes[c], o)
				if o.status == "COMPLETED" {
					completed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	var killTime time.Time
	select {
	case killTime = <-killed:
	case <-time.After(time.Second):
		t.Fatalf("B was never killed (%d of %d payments completed)", completed.Load(), total)
	}

	ids := map[string]string{}
	tries := 0
	for _, list := range outcomes {
		for _, o := range list {
			tries += o.tries
			if o.status != "COMPLETED" {
				t.Errorf("payment %s: %s after %d tries", o.key, o.status, o.tries)
				continue
			}
			if other, dup := ids[o.id]; dup {
				t.Errorf("payments %s and %s answered with one transaction request %s", other, o.key, o.id)
			}
			ids[o.id] = o.key
		}
	}
	kinds := make([]string, 0, len(transient))
	for k, v := range transient {
		kinds = append(kinds, fmt.Sprintf("%s x %d", k, v))
	}
	slices.Sort(kinds)
	fmt.Printf("SCALE kill -9 of B after %d of %d payments; %d clients, %d requests sent in %v (%.0f payments/s); retried: %s\n",
		killedAt.Load(), total, s.clients, tries, elapsed.Round(time.Millisecond), float64(total)/elapsed.Seconds(), strings.Join(kinds, ", "))

	// Exactly once, counted in the ledger by Idempotency-Key (the description).
	like := run + "-%"
	if n := query[int64](t, db, "SELECT COUNT(*) FROM transaction_requests WHERE description LIKE $1", like); n != int64(total) {
		t.Errorf("%d transaction requests for %d payments", n, total)
	}
	if n := query[int64](t, db, "SELECT COUNT(*) FROM (SELECT description FROM transactions WHERE description LIKE $1 GROUP BY description HAVING COUNT(*) <> 2) x", like); n != 0 {
		t.Errorf("%d payments whose ledger legs are not exactly two", n)
	}
	if n := query[int64](t, db, "SELECT COUNT(DISTINCT description) FROM transactions WHERE description LIKE $1", like); n != int64(total) {
		t.Errorf("the ledger holds %d of the %d payments", n, total)
	}
	if n := query[int64](t, db, "SELECT COUNT(DISTINCT transfer_id) FROM transactions WHERE description LIKE $1", like); n != int64(total) {
		t.Errorf("%d transfers for %d payments", n, total)
	}
	for c := range s.clients {
		got := query[int64](t, db, "SELECT balance FROM accounts WHERE bank_id = $1 AND id = $2", bank, src[c])
		if want := int64(1000-each) * 100; got != want {
			t.Errorf("%s: balance %d minor units, want %d", src[c], got, want)
		}
	}
	// The books: the sum of all balances unchanged, every transfer two legs summing to
	// zero, every balance the sum of its account's transactions.
	if after := query[int64](t, db, "SELECT COALESCE(SUM(balance), 0) FROM accounts"); after != sumBefore {
		t.Errorf("the sum of all balances moved from %d to %d", sumBefore, after)
	}
	if n := query[int64](t, db, "SELECT COUNT(*) FROM (SELECT transfer_id FROM transactions GROUP BY transfer_id HAVING SUM(amount) <> 0 OR COUNT(*) <> 2) x"); n != 0 {
		t.Errorf("%d transfers that are not two legs summing to zero", n)
	}
	if n := query[int64](t, db, `SELECT COUNT(*) FROM (SELECT a.id FROM accounts a LEFT JOIN transactions t ON t.bank_id = a.bank_id AND t.account_id = a.id
		GROUP BY a.bank_id, a.id, a.balance HAVING a.balance <> COALESCE(SUM(t.amount), 0)) x`); n != 0 {
		t.Errorf("%d accounts whose balance is not the sum of their transactions", n)
	}

	// Nothing left PROCESSING once the reconciler's period has passed since the kill.
	if wait := time.Until(killTime.Add(s.reconcile + time.Second)); wait > 0 {
		time.Sleep(wait)
	}
	if n := query[int64](t, db, "SELECT COUNT(*) FROM transaction_requests WHERE status = 'PROCESSING'"); n != 0 {
		t.Errorf("%d transaction requests still PROCESSING %v after the kill", n, time.Since(killTime).Round(time.Second))
	}
	fmt.Printf("SCALE after the kill: %d payments, each exactly once in the ledger (two legs, one transfer, one transaction request); books balance; none PROCESSING %v after the kill\n",
		total, time.Since(killTime).Round(time.Second))
}

// After the script restarts B: it serves, and takes a token issued through A.
func TestRestartedProcessServes(t *testing.T) {
	s := load(t)
	tok := login(t, s.a, s.user, s.password, s.key)
	want(t, do(t, s.b, http.MethodGet, "/obp/v5.1.0/users/current", tok, ""), 200, "A's token on the restarted B")
	fromB := login(t, s.b, s.user, s.password, s.key)
	want(t, do(t, s.a, http.MethodGet, "/obp/v5.1.0/users/current", fromB, ""), 200, "the restarted B's token on A")
	want(t, do(t, s.b, http.MethodGet, "/health/ready", "", ""), 200, "B ready")
	for range 4 {
		want(t, do(t, s.lb, http.MethodGet, "/obp/v5.1.0/users/current", fromB, ""), 200, "through haproxy")
	}
	fmt.Println("SCALE the restarted B serves; tokens cross both ways")
}
