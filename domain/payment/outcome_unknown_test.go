package payment

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/sca"
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
	s := NewService(Deps{Store: storeOf{reqs}, Conn: l, Accounts: accounts{}, Checks: allowAll{}, Legs: l,
		Challenges: sca.NewService(reqs, sca.Config{}, nil), EnabledTypes: map[Type]bool{Account: true}, Log: slog.Default(),
		Clock: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }})
	ctx := idempotency.WithResourceID(context.Background(), "request-1")
	n := New{From: account.Ref{BankID: "b", AccountID: "from"}, To: account.Ref{BankID: "b", AccountID: "to"}, ViewID: "owner",
		Type: Account, Currency: "EUR", Amount: "10.00"}
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
