package sca

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

// pushMethod is a decoupled method as a push confirmation is: it sends nothing the user
// types back, keeps a reference of its own, and judges no answer.
type pushMethod struct {
	mu     sync.Mutex
	issued []Issue
}

func (*pushMethod) Name() string    { return "PUSH" }
func (*pushMethod) Decoupled() bool { return true }

func (m *pushMethod) Issue(_ context.Context, in Issue) (Issued, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.issued = append(m.issued, in)
	return Issued{Ref: "push-" + in.Challenge.ID}, nil
}

func (*pushMethod) Verify(context.Context, Challenge, string) (bool, error) { return false, nil }

// decision is one call an owner received.
type decision struct {
	id       string
	accepted bool
}

type owner struct {
	mu    sync.Mutex
	calls []decision
}

func (o *owner) decided(_ context.Context, c Challenge, accepted bool) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.calls = append(o.calls, decision{c.ID, accepted})
	return nil
}

func pushed(t *testing.T) (*Service, *challengeMemory, *fixedClock, *pushMethod, *owner, Challenge) {
	t.Helper()
	store, clk, m, o := newChallengeMemory(), &fixedClock{now: t0}, &pushMethod{}, &owner{}
	s := NewService(store, Config{Methods: map[string]Method{"PUSH": m}}, clk.Now)
	s.OnDecided(PurposeTransactionRequest, o.decided)
	cs, err := s.Issue(context.Background(), PurposeTransactionRequest, "tr1", ChallengeTypeTransactionRequest, m,
		[]Recipient{{UserID: "alice"}}, aPayment)
	if err != nil {
		t.Fatal(err)
	}
	clk.now = t0.Add(time.Minute)
	return s, store, clk, m, o, cs[0]
}

func TestDecoupledIssueKeepsTheMethodsRefAndTheSubjectNoAnswer(t *testing.T) {
	_, store, _, m, _, c := pushed(t)
	got := store.get(c.ID)
	if got.MethodRef != "push-"+c.ID || got.AnswerHash != "" || got.Subject != aPayment.Canonical() || got.Status != Pending {
		t.Errorf("stored %+v", got)
	}
	if len(m.issued) != 1 || m.issued[0].Challenge.ID != c.ID || m.issued[0].Subject.Text() != aPayment.Text() {
		t.Errorf("the method was asked %+v", m.issued)
	}
	if back, err := ParseSubject(got.Subject); err != nil || back.Canonical() != aPayment.Canonical() {
		t.Errorf("subject read back as %+v, %v", back, err)
	}
}

func TestDecideResolvesOnceAndTellsTheOwner(t *testing.T) {
	for _, accepted := range []bool{true, false} {
		s, store, _, _, o, c := pushed(t)
		got, err := s.Decide(context.Background(), c.ID, accepted, "signature")
		want := map[bool]Status{true: Answered, false: Declined}[accepted]
		if err != nil || got.Status != want || store.get(c.ID).Status != want || store.get(c.ID).Evidence != "signature" {
			t.Fatalf("Decide(%v) = %s, %v; stored %+v", accepted, got.Status, err, store.get(c.ID))
		}
		for _, again := range []bool{true, false} {
			if got, err := s.Decide(context.Background(), c.ID, again, "other"); !errors.Is(err, ErrSettled) || got.Status != want {
				t.Errorf("a second Decide(%v) = %s, %v; want %s, ErrSettled", again, got.Status, err, want)
			}
		}
		if len(o.calls) != 1 || o.calls[0] != (decision{c.ID, accepted}) || store.get(c.ID).Evidence != "signature" {
			t.Errorf("owner told %+v; evidence %q", o.calls, store.get(c.ID).Evidence)
		}
	}
}

func TestRacingDecisionsTellTheOwnerOnce(t *testing.T) {
	s, _, _, _, o, c := pushed(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = s.Decide(context.Background(), c.ID, i%2 == 0, "sig")
		}()
	}
	wg.Wait()
	if len(o.calls) != 1 {
		t.Errorf("owner told %d times, want once", len(o.calls))
	}
}

func TestAnsweringADecoupledChallengeIsRefusedAndSpendsNothing(t *testing.T) {
	s, store, _, _, o, c := pushed(t)
	if _, err := s.Answer(context.Background(), c.ID, "alice", "123456"); !errors.Is(err, obperr.ChallengeDecoupled) {
		t.Errorf("answer: %v; want ChallengeDecoupled", err)
	}
	if _, err := s.Answer(context.Background(), c.ID, "mallory", "123456"); !errors.Is(err, obperr.ChallengeNotForThisUser) {
		t.Errorf("another user's answer: %v; want ChallengeNotForThisUser", err)
	}
	if got := store.get(c.ID); got.Status != Pending || got.AttemptsLeft != DefaultAttempts || len(o.calls) != 0 {
		t.Errorf("stored %+v, owner told %v", got, o.calls)
	}
}

func TestDecideRefusesCodesAndExpiredChallenges(t *testing.T) {
	s, store, clk, _, o, c := pushed(t)
	clk.now = c.ExpiresAt
	if _, err := s.Decide(context.Background(), c.ID, true, ""); !errors.Is(err, obperr.OneTimePasswordExpired) {
		t.Errorf("an expired challenge: %v", err)
	}
	otp := pendingChallenge()
	otp.ID = "otp"
	store.byID[otp.ID] = otp
	if _, err := s.Decide(context.Background(), otp.ID, true, ""); !errors.Is(err, ErrNotDecoupled) {
		t.Errorf("a one-time code's challenge decided: %v", err)
	}
	if store.get(c.ID).Status != Pending || store.get(otp.ID).Status != Pending || len(o.calls) != 0 {
		t.Error("a refused decision changed something")
	}
}
