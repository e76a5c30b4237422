package handlers_test

import (
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestIdempotencyKeys(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := dummySCA(t, db)
		ellie := sandboxToken(t, s, "ellie")
		body := toAccount("omar-current", "GBP", "12.00")
		first := pay(t, s, ellie, "ellie-current", "ACCOUNT", body, "Idempotency-Key", "order-42")
		if first.Status != 201 || first.Header.Get("Idempotency-Hit") != "" {
			t.Fatalf("first: %d %s", first.Status, first.Body)
		}
		again := pay(t, s, ellie, "ellie-current", "ACCOUNT", body, "Idempotency-Key", "order-42")
		if again.Status != 201 || again.Header.Get("Idempotency-Hit") != "true" || string(again.Body) != string(first.Body) {
			t.Fatalf("replay: %d hit=%q\n%s\n%s", again.Status, again.Header.Get("Idempotency-Hit"), again.Body, first.Body)
		}
		if b := balanceOf(t, s, ellie, "ellie-current"); b != "2608.50" {
			t.Errorf("balance after a payment and its replay = %s, want 2608.50 (paid once)", b)
		}
		wantOBPError(t, pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "13.00"), "Idempotency-Key", "order-42"), 409, "OBP-40046")
		// a failed request forgets its key, so that a corrected retry runs
		wantOBPError(t, pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "EUR", "1.00"), "Idempotency-Key", "order-43"), 400, "OBP-40003")
		if r := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "EUR", "1.00"), "Idempotency-Key", "order-43"); r.Status != 400 || r.Header.Get("Idempotency-Hit") != "" {
			t.Errorf("retry of a failed request was not run again: %d hit=%q", r.Status, r.Header.Get("Idempotency-Hit"))
		}
		// keys are per user
		omar := sandboxToken(t, s, "omar")
		if r := pay(t, s, omar, "omar-current", "ACCOUNT", toAccount("ellie-current", "GBP", "1.00"), "Idempotency-Key", "order-42"); r.Status != 201 || r.Header.Get("Idempotency-Hit") != "" {
			t.Errorf("another user's request with the same key: %d hit=%q", r.Status, r.Header.Get("Idempotency-Hit"))
		}
		checkBooks(t, db)
	})
}
