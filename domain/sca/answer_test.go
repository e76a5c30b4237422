package sca

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

var t0 = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

const rightAnswer = "424242"

// pendingChallenge is alice's challenge, issued at t0 with three attempts and OBP's TTL.
func pendingChallenge() Challenge {
	return Challenge{ID: "c1", Purpose: PurposeTransactionRequest, PurposeID: "tr1", ChallengeType: ChallengeTypeTransactionRequest,
		Method: "SMS", UserID: "alice", Status: Pending, Salt: "salt", AnswerHash: HashAnswer("salt", rightAnswer),
		AttemptsLeft: 3, ExpiresAt: t0.Add(DefaultTTL), CreatedAt: t0}
}

func answering(c Challenge) (*Service, *challengeMemory, *fixedClock) {
	store := newChallengeMemory(c)
	clk := &fixedClock{now: t0.Add(time.Minute)}
	return NewService(store, Config{}, clk.Now), store, clk
}

func TestRightAnswerAnswersTheChallengeOnce(t *testing.T) {
	s, store, _ := answering(pendingChallenge())
	c, err := s.Answer(context.Background(), "c1", "alice", rightAnswer)
	if err != nil || c.Status != Answered {
		t.Fatalf("Answer = %s, %v; want ANSWERED, no error", c.Status, err)
	}
	if got := store.get("c1"); got.Status != Answered || got.AttemptsLeft != 2 {
		t.Errorf("stored %s with %d attempts left; want ANSWERED with 2", got.Status, got.AttemptsLeft)
	}
}

func TestWrongAnswerSpendsOneAttemptAndSaysHowManyAreLeft(t *testing.T) {
	s, store, _ := answering(pendingChallenge())
	for _, left := range []int{2, 1} {
		c, err := s.Answer(context.Background(), "c1", "alice", "000000")
		e, ok := obperr.As(err)
		if !ok || e.Code != obperr.InvalidChallengeAnswer {
			t.Fatalf("wrong answer: %v; want InvalidChallengeAnswer", err)
		}
		if want := strconv.Itoa(left) + " attempt(s) left."; e.Detail != want {
			t.Errorf("detail %q, want %q", e.Detail, want)
		}
		if c.Status != Pending || store.get("c1").AttemptsLeft != left {
			t.Errorf("after a wrong answer: %s with %d left; want PENDING with %d", c.Status, store.get("c1").AttemptsLeft, left)
		}
	}
}

func TestWrongLastAnswerFailsTheChallenge(t *testing.T) {
	c := pendingChallenge()
	c.AttemptsLeft = 1
	s, store, _ := answering(c)
	got, err := s.Answer(context.Background(), "c1", "alice", "000000")
	if !errors.Is(err, obperr.AllowedAttemptsUsedUp) || got.Status != Failed {
		t.Fatalf("last wrong answer = %s, %v; want FAILED, AllowedAttemptsUsedUp", got.Status, err)
	}
	if store.get("c1").Status != Failed {
		t.Errorf("stored %s, want FAILED", store.get("c1").Status)
	}
}

func TestAnswersToAFailedChallengeAreRefused(t *testing.T) {
	c := pendingChallenge()
	c.Status, c.AttemptsLeft = Failed, 0
	s, store, _ := answering(c)
	for _, answer := range []string{rightAnswer, "000000"} {
		got, err := s.Answer(context.Background(), "c1", "alice", answer)
		if !errors.Is(err, obperr.AllowedAttemptsUsedUp) || got.Status != Failed {
			t.Errorf("answer %q to a failed challenge = %s, %v; want FAILED, AllowedAttemptsUsedUp", answer, got.Status, err)
		}
	}
	if store.get("c1").Status != Failed {
		t.Errorf("stored %s, want FAILED", store.get("c1").Status)
	}
}

func TestExpiredChallengeIsRefusedWithoutSpendingAnAttempt(t *testing.T) {
	for name, after := range map[string]time.Duration{"at expiry": DefaultTTL, "after expiry": DefaultTTL + time.Second} {
		t.Run(name, func(t *testing.T) {
			s, store, clk := answering(pendingChallenge())
			clk.now = t0.Add(after)
			got, err := s.Answer(context.Background(), "c1", "alice", rightAnswer)
			if !errors.Is(err, obperr.OneTimePasswordExpired) || got.Status != Pending {
				t.Errorf("answer = %s, %v; want OneTimePasswordExpired", got.Status, err)
			}
			if left := store.get("c1").AttemptsLeft; left != 3 {
				t.Errorf("%d attempts left, want 3", left)
			}
		})
	}
}

func TestAnotherUsersAnswerIsRefusedAndSpendsNothing(t *testing.T) {
	s, store, _ := answering(pendingChallenge())
	for _, answer := range []string{rightAnswer, "000000"} {
		if _, err := s.Answer(context.Background(), "c1", "mallory", answer); !errors.Is(err, obperr.ChallengeNotForThisUser) {
			t.Errorf("mallory answering %q: %v; want ChallengeNotForThisUser", answer, err)
		}
	}
	if got := store.get("c1"); got.Status != Pending || got.AttemptsLeft != 3 {
		t.Errorf("stored %s with %d left; want PENDING with 3", got.Status, got.AttemptsLeft)
	}
}

func TestAnsweringAnAnsweredChallengeAgain(t *testing.T) {
	for _, tc := range []struct {
		name, answer string
		want         error
	}{
		{"same answer is a retry", rightAnswer, nil},
		{"another answer is wrong", "000000", obperr.InvalidChallengeAnswer},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, store, clk := answering(pendingChallenge())
			if _, err := s.Answer(context.Background(), "c1", "alice", rightAnswer); err != nil {
				t.Fatal(err)
			}
			clk.now = t0.Add(DefaultTTL + time.Hour) // settled: expiry no longer matters
			got, err := s.Answer(context.Background(), "c1", "alice", tc.answer)
			if !errors.Is(err, tc.want) || tc.want == nil && err != nil || got.Status != Answered {
				t.Errorf("again = %s, %v; want ANSWERED, %v", got.Status, err, tc.want)
			}
			if left := store.get("c1").AttemptsLeft; left != 2 {
				t.Errorf("%d attempts left, want 2: a settled challenge spends none", left)
			}
		})
	}
}

// The store refuses the attempt because concurrent answers took what was left: the
// answer, right or wrong, is never accepted.
func TestAnswerIsRefusedWhenTheStoreHasNoAttemptLeft(t *testing.T) {
	for _, tc := range []struct {
		name      string
		meanwhile func(c *Challenge)
		answer    string
		want      *obperr.Code
		status    Status
	}{
		{"right answer after others used the attempts up", func(c *Challenge) { c.AttemptsLeft = 0 },
			rightAnswer, obperr.AllowedAttemptsUsedUp, Pending},
		{"right answer after others failed it", func(c *Challenge) { c.AttemptsLeft, c.Status = 0, Failed },
			rightAnswer, obperr.AllowedAttemptsUsedUp, Failed},
		{"wrong answer after another answered it", func(c *Challenge) { c.Status = Answered },
			"000000", obperr.InvalidChallengeAnswer, Answered},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, store, _ := answering(pendingChallenge())
			store.meanwhile = tc.meanwhile
			got, err := s.Answer(context.Background(), "c1", "alice", tc.answer)
			if !errors.Is(err, tc.want) {
				t.Errorf("answer: %v; want %s", err, tc.want.ID)
			}
			if got.Status != tc.status || store.get("c1").Status != tc.status {
				t.Errorf("challenge %s (stored %s); want %s", got.Status, store.get("c1").Status, tc.status)
			}
		})
	}
}

func TestParallelGuessesCannotExceedTheAllowedAttempts(t *testing.T) {
	s, store, _ := answering(pendingChallenge())
	const guesses = 12
	errs := make(chan error, guesses)
	var wg sync.WaitGroup
	for range guesses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.Answer(context.Background(), "c1", "alice", "000000")
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	wrong := 0
	for err := range errs {
		switch {
		case errors.Is(err, obperr.InvalidChallengeAnswer):
			wrong++
		case !errors.Is(err, obperr.AllowedAttemptsUsedUp):
			t.Errorf("guess: %v; want InvalidChallengeAnswer or AllowedAttemptsUsedUp", err)
		}
	}
	if wrong != 2 {
		t.Errorf("%d guesses judged wrong with attempts left, want 2 (the third fails the challenge)", wrong)
	}
	if got := store.get("c1"); got.Status != Failed || got.AttemptsLeft != 0 {
		t.Errorf("stored %s with %d left; want FAILED with 0", got.Status, got.AttemptsLeft)
	}
}

// Answers in flight may hold every attempt while one of them, right, is about to answer
// the challenge: a further right answer waits for that outcome instead of reporting the
// attempts used up (on which callers reject the request).
func TestAnswerWaitsForAnswersInFlight(t *testing.T) {
	s, store, _ := answering(pendingChallenge())
	store.meanwhile = func(c *Challenge) { c.AttemptsLeft = 0 }
	go func() {
		time.Sleep(60 * time.Millisecond)
		if _, err := store.Resolve(context.Background(), "c1", Answered); err != nil {
			t.Error(err)
		}
	}()
	got, err := s.Answer(context.Background(), "c1", "alice", rightAnswer)
	if err != nil || got.Status != Answered {
		t.Errorf("answer = %s, %v; want ANSWERED and no error once the answer in flight settled it", got.Status, err)
	}
}
