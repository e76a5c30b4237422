package payment

import (
	"context"
	"fmt"
	"testing"

	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/transaction"
)

// remoteLedger posts, then loses the answer: the payment's outcome is unknown to the caller.
type remoteLedger struct{ ledger }

func (l *remoteLedger) MakePayment(ctx context.Context, t transaction.Transfer) (transaction.Posted, error) {
	if _, err := l.ledger.MakePayment(ctx, t); err != nil {
		return transaction.Posted{}, err
	}
	return transaction.Posted{}, fmt.Errorf("adapter timed out: %w", transaction.ErrOutcomeUnknown)
}

// A payment whose posting a remote ledger left unknown is recorded PROCESSING and answered
// as such: no error, no second posting on a retry, nothing guessed.
func TestAnUnknownOutcomeLeavesTheRequestProcessing(t *testing.T) {
	reqs := requests{stored: map[string]Request{}}
	l := &remoteLedger{ledger{posted: map[string]string{}}}
	s := serviceOver(reqs, l)
	ctx := idempotency.WithResourceID(context.Background(), "request-1")
	n := tenEuros
	res, err := s.Create(ctx, call.Context{UserID: "u"}, n)
	if err != nil {
		t.Fatalf("Create = %v; want the request answered PROCESSING", err)
	}
	if res.Request.Status != Processing || res.Request.TransactionID != "" {
		t.Errorf("request = %+v; want PROCESSING without a transaction id", res.Request)
	}
	if got := reqs.stored["request-1"]; got.Status != Processing {
		t.Errorf("stored request status %q; want PROCESSING, for the reconciler", got.Status)
	}
	again, err := s.Create(ctx, call.Context{UserID: "u"}, n)
	if err != nil || again.Request.Status != Processing || l.calls != 1 {
		t.Errorf("retry = %+v, %v after %d postings; want the stored PROCESSING request", again.Request, err, l.calls)
	}
}
