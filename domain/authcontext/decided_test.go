package authcontext

import (
	"context"
	"testing"

	"github.com/obp-go/obp/domain/sca"
)

// A decoupled challenge's decision settles the update as an answer would, once.
func TestDecisionsSettleTheUpdate(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		accepted bool
		want     Status
		pairs    int
	}{{true, Accepted, 1}, {false, Rejected, 0}} {
		svc, m, _ := newTestService("+44")
		u, err := svc.RequestUpdate(ctx, ellie, "gh.29.uk", "SMS", Pair{"CUSTOMER_NUMBER", "5987953"})
		if err != nil {
			t.Fatal(err)
		}
		ch := sca.Challenge{ID: "ch-" + u.ID, Purpose: sca.PurposeAuthContextUpdate, PurposeID: u.ID, UserID: "ellie"}
		for range 2 { // a second report of the same decision changes nothing
			if err := svc.Decided(ctx, ch, tc.accepted); err != nil {
				t.Fatalf("Decided(%v): %v", tc.accepted, err)
			}
		}
		pairs, _ := svc.UserAuthContext(ctx, "ellie")
		if m.updates[u.ID].Status != tc.want || len(pairs) != tc.pairs {
			t.Errorf("Decided(%v): update %s with pairs %v; want %s with %d", tc.accepted, m.updates[u.ID].Status, pairs, tc.want, tc.pairs)
		}
	}
}
