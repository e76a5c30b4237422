package consent

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
)

// consentMemory keeps consents with the conditional moves the Store promises.
type consentMemory struct {
	Store
	mu   sync.Mutex
	byID map[string]Consent
}

func (m *consentMemory) CreateConsent(_ context.Context, c Consent) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.byID[c.ID] = c
	return nil
}

func (m *consentMemory) GetConsent(_ context.Context, id string) (Consent, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.byID[id]
	if !ok {
		return c, obperr.ConsentNotFound
	}
	return c, nil
}

func (m *consentMemory) AcceptConsent(ctx context.Context, id string, at time.Time, _ user.User, _ []view.Access, _ []entitlement.Entitlement) (bool, error) {
	return m.SetConsentStatus(ctx, id, []Status{Initiated}, Accepted, at)
}

func (m *consentMemory) SetConsentStatus(_ context.Context, id string, from []Status, to Status, at time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.byID[id]
	for _, f := range from {
		if c.Status == f {
			c.Status, c.LastActionAt = to, at
			m.byID[id] = c
			return true, nil
		}
	}
	return false, nil
}

// challengeMemory is a minimal sca.Store: atomic moves out of PENDING.
type challengeMemory struct {
	mu   sync.Mutex
	byID map[string]sca.Challenge
}

func (m *challengeMemory) CreateChallenges(_ context.Context, cs []sca.Challenge) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, c := range cs {
		m.byID[c.ID] = c
	}
	return nil
}

func (m *challengeMemory) GetChallenge(_ context.Context, id string) (sca.Challenge, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.byID[id]
	if !ok {
		return c, obperr.ChallengeNotFound
	}
	return c, nil
}

func (m *challengeMemory) ListChallenges(ctx context.Context, p sca.Purpose, id string) ([]sca.Challenge, error) {
	return m.ListChallengesFor(ctx, p, []string{id})
}

func (m *challengeMemory) ListChallengesFor(_ context.Context, p sca.Purpose, ids []string) ([]sca.Challenge, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []sca.Challenge
	for _, c := range m.byID {
		for _, id := range ids {
			if c.Purpose == p && c.PurposeID == id {
				out = append(out, c)
			}
		}
	}
	return out, nil
}

func (m *challengeMemory) Attempt(context.Context, string) (int, bool, error) {
	return 0, false, errors.New("a decoupled challenge spends no attempt")
}

func (m *challengeMemory) Resolve(ctx context.Context, id string, to sca.Status) (bool, error) {
	return m.Decide(ctx, id, to, "")
}

func (m *challengeMemory) Decide(_ context.Context, id string, to sca.Status, evidence string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.byID[id]
	if c.Status != sca.Pending {
		return false, nil
	}
	c.Status, c.Evidence = to, evidence
	m.byID[id] = c
	return true, nil
}

// pushMethod is a test-only decoupled method: the user decides on their device.
type pushMethod struct{ shown []sca.Subject }

func (*pushMethod) Name() string                                                { return "PUSH" }
func (*pushMethod) Decoupled() bool                                             { return true }
func (*pushMethod) Verify(context.Context, sca.Challenge, string) (bool, error) { return false, nil }
func (m *pushMethod) Issue(_ context.Context, in sca.Issue) (sca.Issued, error) {
	m.shown = append(m.shown, in.Subject)
	return sca.Issued{Ref: "push"}, nil
}

type oneApp struct{}

func (oneApp) GetConsumer(_ context.Context, id string) (consumer.Consumer, error) {
	return consumer.Consumer{ID: id, AppName: "Budget", Enabled: true}, nil
}

type decoupledConsent struct {
	svc        *Service
	challenges *sca.Service
	consents   *consentMemory
	push       *pushMethod
}

func newDecoupledConsent(t *testing.T) decoupledConsent {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	push := &pushMethod{}
	challenges := sca.NewService(&challengeMemory{byID: map[string]sca.Challenge{}},
		sca.Config{Methods: map[string]sca.Method{"PUSH": push}}, fixedClock(now))
	consents := &consentMemory{byID: map[string]Consent{}}
	svc := NewService(Deps{Store: consents, Keys: newOneKey(t), Checks: holds{}, Consumers: oneApp{}, Challenges: challenges,
		Contacts: contactsOnRecord{}, Policy: noSync{}, Clock: fixedClock(now),
		Config: Config{Enabled: true, MaxTTL: 2 * time.Hour, DeviceMethods: []string{"PUSH"}}})
	challenges.OnDecided(sca.PurposeConsent, svc.Decided)
	return decoupledConsent{svc, challenges, consents, push}
}

func (d decoupledConsent) create(t *testing.T) (Consent, sca.Challenge) {
	t.Helper()
	by := call.Context{UserID: "ellie", ConsumerID: "app"}
	c, err := d.svc.Create(context.Background(), by, New{Method: "PUSH",
		Views: []ViewGrant{{BankID: "gh.29.uk", AccountID: "ellie-current", ViewID: "owner"}}})
	if err != nil {
		t.Fatal(err)
	}
	cs, err := d.challenges.List(context.Background(), sca.PurposeConsent, c.ID)
	if err != nil || len(cs) != 1 {
		t.Fatalf("challenges %v, %v", cs, err)
	}
	return c, cs[0]
}

func TestADecoupledConsentIsDecidedOnTheDevice(t *testing.T) {
	ctx, ellie := context.Background(), call.Context{UserID: "ellie", ConsumerID: "app"}
	for _, tc := range []struct {
		accepted bool
		want     Status
	}{{true, Accepted}, {false, Rejected}} {
		d := newDecoupledConsent(t)
		c, ch := d.create(t)
		if c.Status != Initiated {
			t.Fatalf("created %s", c.Status)
		}
		if want := `Give a consent for the app "Budget" to use view owner of account ellie-current at gh.29.uk until 2026-03-01T13:00:00Z.`; d.push.shown[0].Text() != want {
			t.Errorf("the device shows %q, want %q", d.push.shown[0].Text(), want)
		}
		if _, err := d.svc.Answer(ctx, ellie, "", c.ID, "123456"); !errors.Is(err, obperr.ChallengeDecoupled) {
			t.Errorf("answering with a code: %v; want ChallengeDecoupled", err)
		}
		if _, err := d.challenges.Decide(ctx, ch.ID, tc.accepted, "sig"); err != nil {
			t.Fatalf("Decide(%v): %v", tc.accepted, err)
		}
		if got, _ := d.consents.GetConsent(ctx, c.ID); got.Status != tc.want {
			t.Errorf("after Decide(%v) the consent is %s, want %s", tc.accepted, got.Status, tc.want)
		}
		if _, err := d.challenges.Decide(ctx, ch.ID, !tc.accepted, ""); !errors.Is(err, sca.ErrSettled) {
			t.Errorf("a second decision: %v; want ErrSettled", err)
		}
		if got, _ := d.consents.GetConsent(ctx, c.ID); got.Status != tc.want {
			t.Errorf("after a second decision the consent is %s, want %s", got.Status, tc.want)
		}
	}
}
