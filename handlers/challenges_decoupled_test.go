package handlers_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/internal/testenv"
)

// pushMethod is a test-only decoupled method, as a push confirmation is: the user decides
// on their device and the test, standing in for the device's server, calls Decide.
type pushMethod struct {
	mu     sync.Mutex
	issued map[string]sca.Issue // by challenge id
}

func (*pushMethod) Name() string                                                { return "PUSH" }
func (*pushMethod) Decoupled() bool                                             { return true }
func (*pushMethod) Verify(context.Context, sca.Challenge, string) (bool, error) { return false, nil }

func (m *pushMethod) Issue(_ context.Context, in sca.Issue) (sca.Issued, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.issued[in.Challenge.ID] = in
	return sca.Issued{Ref: "push-" + in.Challenge.ID}, nil
}

func (m *pushMethod) subject(id string) sca.Subject {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.issued[id].Subject
}

func TestDecoupledChallengesOfPayments(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		push := &pushMethod{issued: map[string]sca.Issue{}}
		s := testenv.Start(t, db, app.Options{Sandbox: true, Payments: app.PaymentOptions{ScaMethod: "PUSH",
			ExtraMethods: map[string]sca.Method{"PUSH": push}}})
		ellie := sandboxToken(t, s, "ellie")
		ctx := context.Background()
		initiate := func() (id, challenge string) {
			tr := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "1200.00")).JSON(t)
			c := tr["challenges"].([]any)[0].(map[string]any)
			if tr["status"] != "INITIATED" || c["sca_method"] != "PUSH" || c["sca_status"] != "PENDING" {
				t.Fatalf("a payment at the threshold = %v", tr)
			}
			return tr["id"].(string), c["id"].(string)
		}
		polled := func(id string) (status, scaStatus any) {
			tr := s.Get(t, trBase+"ellie-current/owner/transaction-requests/"+id, auth(ellie)...).JSON(t)
			return tr["status"], tr["challenges"].([]any)[0].(map[string]any)["sca_status"]
		}

		t.Run("the device shows exactly what is paid", func(t *testing.T) {
			_, ch := initiate()
			want := "Pay 1200.00 GBP from account gh.29.uk/ellie-current to OBP:gh.29.uk/omar-current."
			if got := push.subject(ch).Text(); got != want {
				t.Errorf("shown %q, want %q", got, want)
			}
		})
		t.Run("pending until decided; accepted, it is paid once", func(t *testing.T) {
			before := balanceOf(t, s, ellie, "ellie-current")
			id, ch := initiate()
			if st, scaSt := polled(id); st != "INITIATED" || scaSt != "PENDING" {
				t.Errorf("polled before the decision: %v, %v", st, scaSt)
			}
			wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", id, ch, "123"), 400, "OBP-40050")
			if _, err := s.Challenges.Decide(ctx, ch, true, "signed on the device"); err != nil {
				t.Fatalf("Decide: %v", err)
			}
			if st, scaSt := polled(id); st != "COMPLETED" || scaSt != "ANSWERED" {
				t.Errorf("polled after ACCEPT: %v, %v", st, scaSt)
			}
			for _, accepted := range []bool{true, false} {
				if _, err := s.Challenges.Decide(ctx, ch, accepted, ""); !errors.Is(err, sca.ErrSettled) {
					t.Errorf("a second Decide(%v): %v, want ErrSettled", accepted, err)
				}
			}
			var legs int64
			testenv.Query(t, db, &legs, "SELECT COUNT(*) FROM transactions WHERE transfer_id = ?", id)
			if st, _ := polled(id); legs != 2 || st != "COMPLETED" || balanceOf(t, s, ellie, "ellie-current") == before {
				t.Errorf("%d legs, status %v after a second decision", legs, st)
			}
		})
		t.Run("declined, it is rejected", func(t *testing.T) {
			id, ch := initiate()
			if _, err := s.Challenges.Decide(ctx, ch, false, "declined on the device"); err != nil {
				t.Fatalf("Decide: %v", err)
			}
			if st, scaSt := polled(id); st != "REJECTED" || scaSt != "DECLINED" {
				t.Errorf("polled after DECLINE: %v, %v", st, scaSt)
			}
			if _, err := s.Challenges.Decide(ctx, ch, true, ""); !errors.Is(err, sca.ErrSettled) {
				t.Errorf("ACCEPT after DECLINE: %v, want ErrSettled", err)
			}
			if st, _ := polled(id); st != "REJECTED" {
				t.Errorf("after a late ACCEPT: %v", st)
			}
		})
		t.Run("parallel decisions pay once", func(t *testing.T) {
			id, ch := initiate()
			var wg sync.WaitGroup
			for range 6 {
				wg.Add(1)
				go func() { defer wg.Done(); _, _ = s.Challenges.Decide(ctx, ch, true, "") }()
			}
			wg.Wait()
			var legs int64
			testenv.Query(t, db, &legs, "SELECT COUNT(*) FROM transactions WHERE transfer_id = ?", id)
			if st, _ := polled(id); legs != 2 || st != "COMPLETED" {
				t.Errorf("%d legs, status %v", legs, st)
			}
		})
		checkBooks(t, db)
	})
}
