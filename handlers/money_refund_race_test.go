package handlers_test

import (
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/internal/testenv"
)

// Twenty parallel REFUND requests for one 5.00 credit once stored three requests, and
// answering them paid 15.00. Pinned: one request is stored (the others get OBP-30068 and
// no challenge is sent for them), and answering every challenge posts one refund.
func TestParallelRefundsOfOneCreditPayOnce(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := dummySCA(t, db)
		ellie, omar := sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")
		credit := s.Do(t, http.MethodPost, trBase+"omar-current/owner/transaction-request-types/ACCOUNT/transaction-requests",
			toAccount("ellie-current", "GBP", "5.00"), auth(omar)...).JSON(t)
		if credit["status"] != "COMPLETED" {
			t.Fatalf("credit = %v", credit)
		}
		var creditLeg string
		testenv.Query(t, db, &creditLeg, "SELECT id FROM transactions WHERE transfer_id = ? AND amount > 0", credit["id"])
		before := balanceOf(t, s, omar, "omar-current")
		outboxBefore := countRows(t, db, "challenges")

		body := `{"value": {"currency": "GBP", "amount": "5.00"}, "description": "refund", "refund": {"transaction_id": "` + creditLeg + `", "reason_code": "CUST"}}`
		const racers = 20
		results := testenv.Concurrently(t, racers, func(int) (*testenv.Response, error) {
			return tryPay(s, ellie, "ellie-current", "REFUND", body)
		})
		var created []map[string]any
		for _, r := range results {
			switch {
			case r.Status == 201:
				created = append(created, r.JSON(t))
			case r.Status == 400:
				wantOBPError(t, r, 400, "OBP-30068")
			default:
				t.Errorf("racing refund: %d %s", r.Status, r.Body)
			}
		}
		if len(created) != 1 {
			t.Fatalf("%d of %d racing refunds were stored, want 1", len(created), racers)
		}
		if n := countRows(t, db, "challenges") - outboxBefore; n != 1 {
			t.Errorf("%d challenges were issued for one stored refund", n)
		}
		for _, tr := range created {
			if r := answer(t, s, ellie, "ellie-current", "REFUND", tr["id"].(string), challengeOf(t, tr), "123"); r.Status != 202 || r.JSON(t)["status"] != "COMPLETED" {
				t.Errorf("answer: %d %s", r.Status, r.Body)
			}
		}
		if after := balanceOf(t, s, omar, "omar-current"); after != addMoney(t, before, "5.00") {
			t.Errorf("omar had %s and has %s after the refund race; want exactly 5.00 back", before, after)
		}
		wantOBPError(t, pay(t, s, ellie, "ellie-current", "REFUND", body), 400, "OBP-30068")
		checkBooks(t, db)
	})
}

// addMoney adds two GBP decimal strings.
func addMoney(t *testing.T, a, b string) string {
	t.Helper()
	x, err := money.Parse(a, "GBP")
	if err != nil {
		t.Fatal(err)
	}
	y, err := money.Parse(b, "GBP")
	if err != nil {
		t.Fatal(err)
	}
	return money.FormatMinor(x.Minor+y.Minor, "GBP")
}
