package authcontext

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/user"
)

type users map[string]bool

func (u users) Get(_ context.Context, id string) (user.User, error) {
	if !u[id] {
		return user.User{}, obperr.UserNotFoundByID
	}
	return user.User{ID: id}, nil
}

type banks struct{}

func (banks) GetBank(_ context.Context, id string) (bank.Bank, error) {
	if id != "gh.29.uk" {
		return bank.Bank{}, obperr.BankNotFound
	}
	return bank.Bank{ID: id}, nil
}

type contacts struct{ phone string }

func (c contacts) Contact(context.Context, string, string) (string, string, error) {
	return c.phone, "", nil
}

// scripted is a challenge framework whose answers say what the test tells them to.
type scripted struct {
	mu      sync.Mutex
	issued  []sca.Recipient
	answers error // what every answer returns
}

func (s *scripted) Method(name string) (sca.Method, error) { return sca.SMSMethod{}, nil }

func (s *scripted) Issue(_ context.Context, _ sca.Purpose, purposeID, _ string, _ sca.Method, to []sca.Recipient, _ sca.Subject) ([]sca.Challenge, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if to[0].Phone == "" {
		return nil, obperr.ScaMethodNotAvailable
	}
	s.issued = append(s.issued, to...)
	return []sca.Challenge{{ID: "ch-" + purposeID}}, nil
}

func (s *scripted) List(_ context.Context, _ sca.Purpose, purposeID string) ([]sca.Challenge, error) {
	return []sca.Challenge{{ID: "ch-" + purposeID}}, nil
}

func (s *scripted) Answer(context.Context, string, string, string) (sca.Challenge, error) {
	return sca.Challenge{}, s.answers
}

func newTestService(phone string) (*Service, *memory, *scripted) {
	m, ch := newMemory(), &scripted{}
	return NewService(Deps{Store: m, Users: users{"ellie": true, "omar": true}, Banks: banks{}, Contacts: contacts{phone},
		Challenges: ch}), m, ch
}

var ellie = call.Context{UserID: "ellie", ConsumerID: "app"}

// The loader connectors read returns the pairs stored for the user, one per key.
func TestTheLoaderReturnsTheStoredPairs(t *testing.T) {
	svc, _, _ := newTestService("")
	ctx := context.Background()
	for _, p := range []Pair{{"CUSTOMER_NUMBER", "1"}, {"PHONE_NUMBER", "+44"}, {"CUSTOMER_NUMBER", "5987953"}} {
		if _, err := svc.Create(ctx, ellie, "ellie", p); err != nil {
			t.Fatal(err)
		}
	}
	got, err := call.LazyAuthContext(svc, "ellie")(ctx)
	want := []call.KeyValue{{Key: "CUSTOMER_NUMBER", Value: "5987953"}, {Key: "PHONE_NUMBER", Value: "+44"}}
	if err != nil || len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("loader = %v, %v; want %v", got, err, want)
	}
	if other, _ := call.LazyAuthContext(svc, "omar")(ctx); len(other) != 0 {
		t.Errorf("omar's auth context = %v", other)
	}
}

func TestAdministration(t *testing.T) {
	svc, _, _ := newTestService("")
	ctx := context.Background()
	if _, err := svc.Create(ctx, ellie, "nobody", Pair{"K", "V"}); !errors.Is(err, obperr.UserNotFoundByID) {
		t.Errorf("create for an unknown user: %v", err)
	}
	c, _ := svc.Create(ctx, ellie, "ellie", Pair{"K", "V"})
	again, _ := svc.Create(ctx, ellie, "ellie", Pair{"K", "W"})
	if again.ID != c.ID || again.Value != "W" {
		t.Errorf("the same key again = %+v, want id %s kept and value W", again, c.ID)
	}
	if err := svc.Delete(ctx, "omar", c.ID); !errors.Is(err, obperr.DeleteUserAuthContextNotFound) {
		t.Errorf("delete ellie's pair as omar's: %v", err)
	}
	if err := svc.Delete(ctx, "ellie", c.ID); err != nil {
		t.Errorf("delete: %v", err)
	}
	if err := svc.Delete(ctx, "ellie", c.ID); !errors.Is(err, obperr.DeleteUserAuthContextNotFound) {
		t.Errorf("delete twice: %v", err)
	}
}

func TestRequestUpdateRules(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name, bank, method, key, phone string
		want                           error
	}{
		{"unknown method", "gh.29.uk", "TELEPATHY", "CUSTOMER_NUMBER", "+44", obperr.AuthContextUpdateScaMethods},
		{"lower-case method", "gh.29.uk", "sms", "CUSTOMER_NUMBER", "+44", obperr.AuthContextUpdateScaMethods},
		{"key not allowed", "gh.29.uk", "SMS", "private-key", "+44", obperr.InvalidAuthContextUpdateRequestKey},
		{"unknown bank", "nowhere", "SMS", "CUSTOMER_NUMBER", "+44", obperr.BankNotFound},
		{"nowhere to send the code", "gh.29.uk", "SMS", "CUSTOMER_NUMBER", "", obperr.ScaMethodNotAvailable},
		{"fine", "gh.29.uk", "SMS", "PHONE_NUMBER", "+44", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svc, m, _ := newTestService(tc.phone)
			u, err := svc.RequestUpdate(ctx, ellie, tc.bank, tc.method, Pair{tc.key, "v"})
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if tc.want == nil && (u.Status != Initiated || u.UserID != "ellie" || u.ConsumerID != "app") {
				t.Errorf("update = %+v", u)
			}
			if stored := len(m.updates); (tc.want == nil) != (stored == 1) { // a refused request writes nothing
				t.Errorf("%d updates stored", stored)
			}
		})
	}
}

func TestAnswerUpdate(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		by      call.Context
		bank    string
		answers error
		want    error
		status  Status
	}{
		{"correct", ellie, "gh.29.uk", nil, nil, Accepted},
		{"wrong, attempts left", ellie, "gh.29.uk", obperr.InvalidChallengeAnswer, obperr.InvalidChallengeAnswer, Initiated},
		{"expired", ellie, "gh.29.uk", obperr.OneTimePasswordExpired, obperr.OneTimePasswordExpired, Initiated},
		{"attempts used up", ellie, "gh.29.uk", obperr.AllowedAttemptsUsedUp.With("That was the last attempt."), nil, Rejected},
		{"another user", call.Context{UserID: "omar"}, "gh.29.uk", nil, obperr.UserAuthContextUpdateNotFound, Initiated},
		{"another bank", ellie, "other.bank", nil, obperr.UserAuthContextUpdateNotFound, Initiated},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svc, m, ch := newTestService("+44")
			u, err := svc.RequestUpdate(ctx, ellie, "gh.29.uk", "SMS", Pair{"CUSTOMER_NUMBER", "5987953"})
			if err != nil {
				t.Fatal(err)
			}
			ch.answers = tc.answers
			got, err := svc.AnswerUpdate(ctx, tc.by, tc.bank, u.ID, "123456")
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if tc.want == nil && got.Status != tc.status {
				t.Errorf("answered update = %s, want %s", got.Status, tc.status)
			}
			if stored := m.updates[u.ID]; stored.Status != tc.status {
				t.Errorf("stored update = %s, want %s", stored.Status, tc.status)
			}
			pairs, _ := svc.UserAuthContext(ctx, "ellie")
			if accepted := tc.status == Accepted; accepted != (len(pairs) == 1) {
				t.Errorf("ellie's auth context = %v after a %s update", pairs, tc.status)
			}
		})
	}
}

// Correct answers racing each other accept the update once.
func TestConcurrentCorrectAnswersAcceptOnce(t *testing.T) {
	svc, m, _ := newTestService("+44")
	ctx := context.Background()
	u, err := svc.RequestUpdate(ctx, ellie, "gh.29.uk", "SMS", Pair{"CUSTOMER_NUMBER", "5987953"})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got, err := svc.AnswerUpdate(ctx, ellie, "gh.29.uk", u.ID, "123456"); err != nil || got.Status != Accepted {
				t.Errorf("answer = %s, %v", got.Status, err)
			}
		}()
	}
	wg.Wait()
	if m.accepted != 1 {
		t.Errorf("accepted %d times", m.accepted)
	}
}
