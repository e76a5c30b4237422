package handlers_test

import (
	"net/http"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// When attempts ran out concurrently a wrong answer sometimes answered 202 (with
// NEXT_CHALLENGE_PENDING or REJECTED). Pinned: every wrong answer is a 4xx, whatever
// the others do, and nothing is paid.
func TestWrongAnswersRacingTheLastAttemptAreRefused(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := dummySCA(t, db)
		ellie := sandboxToken(t, s, "ellie")
		before := balanceOf(t, s, ellie, "ellie-current")
		for round := 0; round < 3; round++ {
			tr := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "1200.00")).JSON(t)
			id, ch := tr["id"].(string), challengeOf(t, tr)
			results := testenv.Concurrently(t, 8, func(int) (*testenv.Response, error) {
				return tryAnswer(s, ellie, "ellie-current", "ACCOUNT", id, ch, "999")
			})
			for _, r := range results {
				if r.Status != 400 {
					t.Errorf("a wrong answer racing the last attempt: %d %s", r.Status, r.Body)
				}
			}
			if st := s.Get(t, trBase+"ellie-current/owner/transaction-requests/"+id, auth(ellie)...).JSON(t)["status"]; st != "REJECTED" {
				t.Errorf("after the attempts ran out the request is %v", st)
			}
		}
		if b := balanceOf(t, s, ellie, "ellie-current"); b != before {
			t.Errorf("wrong answers moved money: %s -> %s", before, b)
		}
	})
}

// An answer racing a cancel answered 202 CANCELLED. Pinned: a late answer is a 4xx
// (OBP-40020); either the cancel or the payment wins, never both, never a 202 that did not pay.
func TestAnswerRacingACancelIsRefusedOrPays(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := testenv.Start(t, db, app.Options{Sandbox: true, Payments: app.PaymentOptions{ScaMethod: "DUMMY", ThresholdDefault: 10}})
		ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
		for round := 0; round < 6; round++ {
			tr := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "20.00")).JSON(t)
			id := tr["id"].(string)
			both := testenv.Concurrently(t, 2, func(i int) (*testenv.Response, error) {
				if i == 0 {
					return tryAnswer(s, ellie, "ellie-current", "ACCOUNT", id, challengeOf(t, tr), "123")
				}
				return s.Try(http.MethodPut, "/obp/v5.1.0/management/transaction-requests/"+id, `{"status": "CANCELLED"}`, auth(admin)...)
			})
			ans, cancel := both[0], both[1]
			switch {
			case ans.Status == 202:
				if st := ans.JSON(t)["status"]; st != "COMPLETED" {
					t.Errorf("round %d: the answer was accepted with status %v", round, st)
				}
				wantOBPError(t, cancel, 400, "OBP-40020")
			case cancel.Status == 200:
				wantOBPError(t, ans, 400, "OBP-40020")
			default:
				t.Errorf("round %d: answer %d %s; cancel %d %s", round, ans.Status, ans.Body, cancel.Status, cancel.Body)
			}
		}
		checkBooks(t, db)
	})
}

// The challenge endpoint looked the challenge up before checking that the view may see
// transaction requests. Pinned: a view without can_see_transaction_requests is refused
// first, with the same answer whether or not the request and challenge exist.
func TestChallengeAnswerChecksTheViewFirst(t *testing.T) {
	s := testenv.Start(t, testenv.OpenSQLite(t), app.Options{Sandbox: true, Payments: app.PaymentOptions{ScaMethod: "DUMMY"}})
	ellie, omar := sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")
	tr := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "1200.00")).JSON(t)
	through := func(requestID, challengeID string) *testenv.Response {
		return s.Do(t, http.MethodPost, trBase+"ellie-current/_family/transaction-request-types/ACCOUNT/transaction-requests/"+requestID+"/challenge",
			`{"id": "`+challengeID+`", "answer": "123"}`, auth(omar)...)
	}
	real := wantOBPError(t, through(tr["id"].(string), challengeOf(t, tr)), 403, "OBP-30022")
	fake := wantOBPError(t, through("no-such-request", "no-such-challenge"), 403, "OBP-30022")
	if real["message"] != fake["message"] {
		t.Errorf("the refusal tells an existing request from a missing one:\n%v\n%v", real["message"], fake["message"])
	}
}
