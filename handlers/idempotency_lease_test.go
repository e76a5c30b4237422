package handlers_test

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

// crashAfterPaying is the ACCOUNT payment endpoint whose first run dies after the money
// moved and before its answer was stored, as a process killed at that moment would.
func crashAfterPaying(real *func(*handlers.Call) error, crashes *atomic.Int32) handlers.ResourceDoc {
	return handlers.ResourceDoc{
		OperationID: "OBPv5.1.0-testPayThenCrash", Verb: "POST",
		Path:    "/obp/v5.1.0/test/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/ACCOUNT/pay-then-crash",
		Summary: "Pay, then die before answering", Auth: handlers.LoggedIn, View: &handlers.ViewGuard{},
		RequestSchema: "tr_account_post", Idempotent: true, SuccessStatus: 201,
		Handle: func(c *handlers.Call) error {
			if err := (*real)(c); err != nil {
				return err
			}
			if crashes.Add(-1) >= 0 {
				panic("killed after the payment was posted")
			}
			return nil
		},
	}
}

// After kill -9 or a database outage, a key whose request was in flight answered every
// retry with 409 for 24 hours. Pinned: the claim is a lease; a retry within it is told to
// come back (409 OBP-40049, Retry-After), a retry after it runs again under the same
// transaction request id and finds the payment the dead run posted, so nothing is paid twice.
func TestIdempotencyKeyOfAKilledRequestIsReclaimedWithoutPayingTwice(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		clk := &clock{now: time.Now().UTC()}
		var real func(*handlers.Call) error
		var crashes atomic.Int32
		crashes.Store(1)
		s := testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now, ExtraDocs: []handlers.ResourceDoc{crashAfterPaying(&real, &crashes)},
			Payments: app.PaymentOptions{ScaMethod: "DUMMY", IdempotencyLease: 30 * time.Second}})
		for _, d := range s.HTTP.Docs {
			if d.OperationID == "OBPv4.0.0-createTransactionRequestAccount" {
				real = d.Handle
			}
		}
		ellie := sandboxToken(t, s, "ellie")
		before := balanceOf(t, s, ellie, "ellie-current")
		path := "/obp/v5.1.0/test/banks/gh.29.uk/accounts/ellie-current/owner/transaction-request-types/ACCOUNT/pay-then-crash"
		body := toAccount("omar-current", "GBP", "25.00")
		send := func() *testenv.Response {
			return s.Do(t, http.MethodPost, path, body, append(auth(ellie), "Idempotency-Key", "rent-2026-12")...)
		}

		if r := send(); r.Status != 500 {
			t.Fatalf("the dying run answered %d %s", r.Status, r.Body)
		}
		paid := addMoney(t, before, "-25.00")
		if b := balanceOf(t, s, ellie, "ellie-current"); b != paid {
			t.Fatalf("the dying run did not pay: %s", b)
		}
		r := send()
		wantOBPError(t, r, 409, "OBP-40049")
		if ra := r.Header.Get("Retry-After"); ra == "" || ra == "0" {
			t.Errorf("Retry-After = %q during the lease", ra)
		}

		clk.Advance(31 * time.Second)
		again := send()
		if again.Status != 201 || again.Header.Get("Idempotency-Hit") != "" || again.JSON(t)["status"] != "COMPLETED" {
			t.Fatalf("retry after the lease: %d %s", again.Status, again.Body)
		}
		if b := balanceOf(t, s, ellie, "ellie-current"); b != paid {
			t.Errorf("after the retry ellie has %s, want %s (paid once)", b, paid)
		}
		var requests, legs int64
		testenv.Query(t, db, &requests, "SELECT COUNT(*) FROM transaction_requests WHERE amount = 2500")
		testenv.Query(t, db, &legs, "SELECT COUNT(*) FROM transactions WHERE transfer_id = ?", again.JSON(t)["id"])
		if requests != 1 || legs != 2 {
			t.Errorf("%d requests and %d legs for one payment, want 1 and 2", requests, legs)
		}
		if replay := send(); replay.Status != 201 || replay.Header.Get("Idempotency-Hit") != "true" {
			t.Errorf("replay once answered: %d hit=%q", replay.Status, replay.Header.Get("Idempotency-Hit"))
		}
		checkBooks(t, db)
	})
}

// Concurrent requests sharing a key could get 500 (the claim's row vanished between the
// insert and the read) and identical retries were told the key was used with a different
// request. Pinned: no 5xx, one payment, in-flight retries get OBP-40049, and the body's
// key order does not make it another request.
func TestConcurrentRetriesWithOneIdempotencyKey(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := dummySCA(t, db)
		ellie := sandboxToken(t, s, "ellie")
		before := balanceOf(t, s, ellie, "ellie-current")
		bodies := []string{
			`{"to": {"bank_id": "gh.29.uk", "account_id": "omar-current"}, "value": {"currency": "GBP", "amount": "4.00"}, "description": "x"}`,
			`{"description": "x", "value": {"amount": "4.00", "currency": "GBP"}, "to": {"account_id": "omar-current", "bank_id": "gh.29.uk"}}`,
		}
		results := testenv.Concurrently(t, 16, func(i int) (*testenv.Response, error) {
			return tryPay(s, ellie, "ellie-current", "ACCOUNT", bodies[i%2], "Idempotency-Key", "same-key")
		})
		created, first := 0, ""
		for _, r := range results {
			switch {
			case r.Status == 201:
				id := r.JSON(t)["id"].(string)
				if first == "" {
					first = id
				}
				if id != first {
					t.Errorf("two requests created under one key: %s and %s", first, id)
				}
				if r.Header.Get("Idempotency-Hit") == "" {
					created++
				}
			case r.Status == 409:
				if m := wantOBPError(t, r, 409, "OBP-40049"); strings.Contains(m["message"].(string), "different") {
					t.Errorf("an identical retry was told it differs: %v", m["message"])
				}
			default:
				t.Errorf("concurrent retry: %d %s", r.Status, r.Body)
			}
		}
		if created != 1 {
			t.Errorf("%d runs created the payment, want 1", created)
		}
		if b := balanceOf(t, s, ellie, "ellie-current"); b != addMoney(t, before, "-4.00") {
			t.Errorf("balance %s after concurrent retries, want one payment of 4.00 from %s", b, before)
		}
		if r := pay(t, s, ellie, "ellie-current", "ACCOUNT", bodies[1], "Idempotency-Key", "same-key"); r.Status != 201 || r.Header.Get("Idempotency-Hit") != "true" {
			t.Errorf("the same JSON in another key order: %d hit=%q", r.Status, r.Header.Get("Idempotency-Hit"))
		}
	})
}
