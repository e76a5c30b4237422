package payment

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
)

var payer = account.Ref{BankID: "b", AccountID: "a1"}

// awaitingAnswers is a request from payer that needs required answers, with one pending
// challenge each for alice and bob (codes "111" and "222").
type awaitingAnswers struct {
	s      *Service
	store  *requestMemory
	board  *challengeBoard
	ledger *bookkeeper
}

func newAwaitingAnswers(required int) awaitingAnswers {
	r := Request{ID: "tr1", From: payer, To: account.Ref{BankID: "b", AccountID: "a2"}, ViewID: "owner", Type: Account,
		Status: Initiated, Amount: money.Money{Currency: "EUR", Minor: 500_00}, RequiredAnswers: required, CreatedBy: "alice"}
	challenge := func(id, userID string) sca.Challenge {
		return sca.Challenge{ID: id, Purpose: sca.PurposeTransactionRequest, PurposeID: "tr1",
			ChallengeType: sca.ChallengeTypeTransactionRequest, UserID: userID, Status: sca.Pending, AttemptsLeft: 3}
	}
	w := awaitingAnswers{
		store: &requestMemory{byID: map[string]Request{"tr1": r}},
		board: &challengeBoard{byID: map[string]sca.Challenge{"c-alice": challenge("c-alice", "alice"), "c-bob": challenge("c-bob", "bob")},
			code: map[string]string{"c-alice": "111", "c-bob": "222"}},
		ledger: &bookkeeper{posted: map[string]string{}},
	}
	w.s = NewService(Deps{Store: w.store, Conn: w.ledger, Legs: w.ledger, Challenges: w.board, Log: slog.New(slog.DiscardHandler),
		Clock: func() time.Time { return time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC) }})
	return w
}

func (w awaitingAnswers) answer(userID, challengeID, answer string) (Result, error) {
	return w.s.Answer(context.Background(), call.Context{UserID: userID}, payer, Account, "tr1", challengeID, answer)
}

func isCode(err error, code *obperr.Code) bool {
	e, ok := obperr.As(err)
	return ok && e.Code == code
}

func TestEnoughAnswersPostThePaymentAndCompleteTheRequest(t *testing.T) {
	for _, tc := range []struct {
		name     string
		external bool
		want     Status
	}{
		{"to an account here", false, Completed},
		{"forwarded through settlement", true, Forwarded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newAwaitingAnswers(1)
			r := w.store.byID["tr1"]
			r.External = tc.external
			w.store.byID["tr1"] = r
			res, err := w.answer("alice", "c-alice", "111")
			if err != nil {
				t.Fatal(err)
			}
			if res.Request.Status != tc.want || res.Request.TransactionID != "leg-tr1" {
				t.Errorf("request %s with transaction %q; want %s with leg-tr1", res.Request.Status, res.Request.TransactionID, tc.want)
			}
			if w.ledger.postings() != 1 || w.store.claims != 1 {
				t.Errorf("%d postings after %d claims; want 1 and 1", w.ledger.postings(), w.store.claims)
			}
			if len(res.Challenges) != 2 {
				t.Errorf("result carries %d challenges, want 2", len(res.Challenges))
			}
		})
	}
}

func TestFewerAnswersThanRequiredLeaveTheRequestNextChallengePending(t *testing.T) {
	w := newAwaitingAnswers(2)
	res, err := w.answer("alice", "c-alice", "111")
	if err != nil || res.Request.Status != NextChallengePending {
		t.Fatalf("first of two answers = %s, %v; want NEXT_CHALLENGE_PENDING", res.Request.Status, err)
	}
	if w.ledger.postings() != 0 {
		t.Error("posted with one answer of two")
	}
	res, err = w.answer("bob", "c-bob", "222")
	if err != nil || res.Request.Status != Completed || w.ledger.postings() != 1 {
		t.Errorf("second answer = %s, %v after %d postings; want COMPLETED after 1", res.Request.Status, err, w.ledger.postings())
	}
}

// Every answer arrives at once, with retries: one caller claims the request and posts; the
// others see it being paid or paid.
func TestConcurrentAnswersPostThePaymentExactlyOnce(t *testing.T) {
	for range 20 {
		w := newAwaitingAnswers(2)
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for _, a := range [][3]string{{"alice", "c-alice", "111"}, {"bob", "c-bob", "222"}, {"alice", "c-alice", "111"}, {"bob", "c-bob", "222"}} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res, err := w.answer(a[0], a[1], a[2])
				if err == nil && res.Request.Status != NextChallengePending && res.Request.Status != Processing && res.Request.Status != Completed {
					t.Errorf("%s sees %s", a[0], res.Request.Status)
				}
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			// A retry that arrives once the request is PROCESSING or COMPLETED is a late answer.
			if err != nil && !isCode(err, obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded) {
				t.Errorf("answer: %v", err)
			}
		}
		if w.ledger.postings() != 1 || w.store.claims != 1 || w.store.get("tr1").Status != Completed {
			t.Fatalf("%d postings, %d claims, request %s; want 1, 1, COMPLETED", w.ledger.postings(), w.store.claims, w.store.get("tr1").Status)
		}
	}
}

func TestAnswerThatLosesTheClaimGetsTheRequestAsItIs(t *testing.T) {
	for _, tc := range []struct {
		meanwhile Status
		refused   bool
	}{
		{Processing, false},
		{Completed, false},
		{Forwarded, false},
		{Cancelled, true},
		{Rejected, true},
		{Failed, true},
	} {
		t.Run(string(tc.meanwhile), func(t *testing.T) {
			w := newAwaitingAnswers(1)
			w.store.beforeClaim = func(r *Request) { r.Status = tc.meanwhile }
			res, err := w.answer("alice", "c-alice", "111")
			if tc.refused != isCode(err, obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded) || !tc.refused && err != nil {
				t.Errorf("answer: %v; refused %v", err, tc.refused)
			}
			if res.Request.Status != tc.meanwhile {
				t.Errorf("request %s, want it as it is: %s", res.Request.Status, tc.meanwhile)
			}
			if w.ledger.postings() != 0 || w.store.finishes != 0 {
				t.Errorf("the loser posted %d times and finished %d; want nothing", w.ledger.postings(), w.store.finishes)
			}
		})
	}
}

func TestLedgerRefusalFailsTheRequest(t *testing.T) {
	for _, tc := range []struct {
		refusal error
		code    *obperr.Code
	}{
		{obperr.InsufficientFunds, obperr.InsufficientFunds},
		{obperr.InvalidTransactionRequestCurrency.With("EUR only."), obperr.InvalidTransactionRequestCurrency},
	} {
		t.Run(tc.code.ID, func(t *testing.T) {
			w := newAwaitingAnswers(1)
			w.ledger.err = tc.refusal
			res, err := w.answer("alice", "c-alice", "111")
			if !isCode(err, tc.code) {
				t.Errorf("answer: %v; want the ledger's refusal %s", err, tc.code.ID)
			}
			if got := w.store.get("tr1"); got.Status != Failed || got.Failure == "" || got.TransactionID != "" {
				t.Errorf("request %s, failure %q, transaction %q; want FAILED with a reason and no transaction", got.Status, got.Failure, got.TransactionID)
			}
			if res.Request.ID != "tr1" || w.ledger.postings() != 1 {
				t.Errorf("result %+v after %d postings", res.Request, w.ledger.postings())
			}
		})
	}
}

// The ledger's answer is lost (a plain error): the money may have moved, so the request
// stays PROCESSING for the reconciler, and no later answer posts again.
func TestUnknownLedgerOutcomeLeavesTheRequestProcessing(t *testing.T) {
	w := newAwaitingAnswers(1)
	lost := errors.New("connection reset by peer")
	w.ledger.err = lost
	if _, err := w.answer("alice", "c-alice", "111"); !errors.Is(err, lost) {
		t.Fatalf("answer: %v; want the ledger's error", err)
	}
	if got := w.store.get("tr1"); got.Status != Processing || w.store.finishes != 0 {
		t.Errorf("request %s after %d finishes; want PROCESSING, unfinished", got.Status, w.store.finishes)
	}
	w.ledger.err = nil
	if _, err := w.answer("alice", "c-alice", "111"); !isCode(err, obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded) {
		t.Errorf("retry: %v; want TransactionRequestStatusNotInitiatedOrPendingOrForwarded", err)
	}
	if w.ledger.postings() != 1 || w.store.get("tr1").Status != Processing {
		t.Errorf("%d postings, request %s; want 1, PROCESSING", w.ledger.postings(), w.store.get("tr1").Status)
	}
}

func TestTransferAlreadyPostedCompletesWithTheLedgersLeg(t *testing.T) {
	w := newAwaitingAnswers(1)
	w.ledger.posted["tr1"] = "leg-of-an-earlier-run"
	res, err := w.answer("alice", "c-alice", "111")
	if err != nil || res.Request.Status != Completed || res.Request.TransactionID != "leg-of-an-earlier-run" {
		t.Errorf("answer = %s with %q, %v; want COMPLETED with leg-of-an-earlier-run", res.Request.Status, res.Request.TransactionID, err)
	}
}

func TestRejectByTheChallengedUserRejectsTheRequest(t *testing.T) {
	w := newAwaitingAnswers(2)
	res, err := w.answer("bob", "c-bob", RejectAnswer)
	if err != nil || res.Request.Status != Rejected || w.store.get("tr1").Status != Rejected {
		t.Errorf("REJECT = %s, %v; want REJECTED", res.Request.Status, err)
	}
	if w.ledger.postings() != 0 {
		t.Error("a rejected request was posted")
	}
	if _, err := w.answer("alice", "c-alice", "111"); !isCode(err, obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded) {
		t.Errorf("answer after REJECT: %v; want TransactionRequestStatusNotInitiatedOrPendingOrForwarded", err)
	}
}

func TestRejectByAnotherUserDoesNotRejectTheRequest(t *testing.T) {
	w := newAwaitingAnswers(2)
	if _, err := w.answer("alice", "c-bob", RejectAnswer); !errors.Is(err, obperr.ChallengeNotForThisUser) {
		t.Errorf("alice rejecting bob's challenge: %v; want ChallengeNotForThisUser", err)
	}
	if got := w.store.get("tr1").Status; got != Initiated {
		t.Errorf("request %s, want INITIATED", got)
	}
}

func TestChallengeFailedByWrongAnswersRejectsTheRequest(t *testing.T) {
	w := newAwaitingAnswers(1)
	var err error
	for range 3 {
		_, err = w.answer("alice", "c-alice", "999")
	}
	if !errors.Is(err, obperr.AllowedAttemptsUsedUp) || w.store.get("tr1").Status != Rejected {
		t.Errorf("last wrong answer: %v, request %s; want AllowedAttemptsUsedUp, REJECTED", err, w.store.get("tr1").Status)
	}
	if w.ledger.postings() != 0 {
		t.Error("a request with a failed challenge was posted")
	}
}

func TestAnswerToARequestOfAnotherAccountIsNotFound(t *testing.T) {
	w := newAwaitingAnswers(1)
	res, err := w.s.Answer(context.Background(), call.Context{UserID: "alice"}, account.Ref{BankID: "b", AccountID: "a2"}, Account, "tr1", "c-alice", "111")
	if !errors.Is(err, obperr.TransactionRequestNotFound) || res.Request.ID != "" {
		t.Errorf("answer = %+v, %v; want TransactionRequestNotFound and nothing of the request", res.Request, err)
	}
	if w.board.answers != 0 || w.ledger.postings() != 0 || w.store.get("tr1").Status != Initiated {
		t.Error("an answer to another account's request touched it")
	}
}
