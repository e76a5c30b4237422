package sca

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
)

// scriptedMethod answers with a fixed code, or fails, and records whom it challenged.
type scriptedMethod struct {
	Hashed
	answer string
	err    error
	sentTo []string
}

func (m *scriptedMethod) Name() string { return "SCRIPTED" }

func (m *scriptedMethod) Issue(_ context.Context, in Issue) (Issued, error) {
	if m.err != nil {
		return Issued{}, m.err
	}
	m.sentTo = append(m.sentTo, in.Recipient.UserID)
	return Issued{Answer: m.answer}, nil
}

var aPayment = Subject{Kind: KindPayment, Payment: &PaymentSubject{Amount: money.Money{Currency: "EUR", Minor: 120000},
	From: "bank/alice-current", PayeeName: "Bob", PayeeAccount: "IBAN:DE89370400440532013000"}}

func issue(cfg Config, m Method, to ...Recipient) ([]Challenge, *challengeMemory, error) {
	store := newChallengeMemory()
	s := NewService(store, cfg, (&fixedClock{now: t0}).Now)
	cs, err := s.Issue(context.Background(), PurposeTransactionRequest, "tr1", ChallengeTypeTransactionRequest, m, to, aPayment)
	return cs, store, err
}

func TestIssueMakesOneChallengePerRecipient(t *testing.T) {
	m := &scriptedMethod{answer: "987654"}
	cs, store, err := issue(Config{}, m, Recipient{UserID: "alice"}, Recipient{UserID: "bob"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].UserID != "alice" || cs[1].UserID != "bob" || len(m.sentTo) != 2 {
		t.Fatalf("issued %+v, sent to %v; want one challenge each for alice and bob", cs, m.sentTo)
	}
	if cs[0].ID == cs[1].ID {
		t.Error("two recipients share a challenge id")
	}
	stored, _ := store.ListChallenges(context.Background(), PurposeTransactionRequest, "tr1")
	if len(stored) != 2 || len(store.created) != 1 {
		t.Errorf("stored %d challenges in %d writes; want 2 in 1", len(stored), len(store.created))
	}
	for _, c := range cs {
		if c.Status != Pending || c.Purpose != PurposeTransactionRequest || c.PurposeID != "tr1" ||
			c.ChallengeType != ChallengeTypeTransactionRequest || c.Method != "SCRIPTED" {
			t.Errorf("challenge %+v", c)
		}
	}
}

func TestIssueStoresOnlyASaltedHashOfTheAnswer(t *testing.T) {
	const answer = "987654"
	_, store, err := issue(Config{}, &scriptedMethod{answer: answer}, Recipient{UserID: "alice"}, Recipient{UserID: "bob"})
	if err != nil {
		t.Fatal(err)
	}
	stored := store.created[0]
	for _, c := range stored {
		if strings.Contains(fmt.Sprintf("%+v", c), answer) {
			t.Errorf("stored challenge holds the answer in clear: %+v", c)
		}
		if c.Salt == "" || c.AnswerHash != HashAnswer(c.Salt, answer) || !c.Matches(answer) {
			t.Errorf("stored hash %q with salt %q does not match the answer", c.AnswerHash, c.Salt)
		}
	}
	if stored[0].Salt == stored[1].Salt || stored[0].AnswerHash == stored[1].AnswerHash {
		t.Error("two challenges with the same answer share a salt or a hash")
	}
}

func TestIssueTakesLifetimeAndAttemptsFromConfigOrOBPDefaults(t *testing.T) {
	for _, tc := range []struct {
		name         string
		cfg          Config
		ttl          time.Duration
		attemptsLeft int
	}{
		{"defaults", Config{}, 600 * time.Second, 3},
		{"negative is default", Config{TTL: -time.Second, Attempts: -1}, 600 * time.Second, 3},
		{"configured", Config{TTL: 90 * time.Second, Attempts: 5}, 90 * time.Second, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, _, err := issue(tc.cfg, &scriptedMethod{answer: "1"}, Recipient{UserID: "alice"})
			if err != nil {
				t.Fatal(err)
			}
			if c := cs[0]; !c.CreatedAt.Equal(t0) || !c.ExpiresAt.Equal(t0.Add(tc.ttl)) || c.AttemptsLeft != tc.attemptsLeft {
				t.Errorf("created %v, expires %v, %d attempts; want %v, %v, %d",
					c.CreatedAt, c.ExpiresAt, c.AttemptsLeft, t0, t0.Add(tc.ttl), tc.attemptsLeft)
			}
		})
	}
}

func TestIssueWithoutAnAddressIsScaMethodNotAvailable(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    Method
	}{
		{"no phone", SMSMethod{}},
		{"no e-mail", EmailMethod{}},
		{"wrapped no phone", &scriptedMethod{err: fmt.Errorf("sms gateway: %w", ErrNoPhone)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, store, err := issue(Config{}, tc.m, Recipient{UserID: "alice"})
			if !errors.Is(err, obperr.ScaMethodNotAvailable) || cs != nil {
				t.Errorf("Issue = %v, %v; want ScaMethodNotAvailable", cs, err)
			}
			if len(store.created) != 0 {
				t.Error("a challenge that could not be delivered was stored")
			}
		})
	}
}

func TestIssueWhoseDeliveryFailsStoresNothing(t *testing.T) {
	down := errors.New("gateway down")
	_, store, err := issue(Config{}, &scriptedMethod{err: down}, Recipient{UserID: "alice"})
	if !errors.Is(err, down) || errors.Is(err, obperr.ScaMethodNotAvailable) {
		t.Errorf("Issue: %v; want the delivery error, not ScaMethodNotAvailable", err)
	}
	if len(store.created) != 0 {
		t.Error("a challenge that could not be delivered was stored")
	}
}
