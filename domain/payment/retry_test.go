package payment

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/view"
)

// ledger is a connector whose transfers were posted already by an earlier, killed run.
type ledger struct {
	Connector
	posted map[string]string // transfer id -> debit leg id
	calls  int
}

func (l *ledger) GetChallengeThreshold(context.Context, string, string, string, Type, string, string) (int64, error) {
	return 100_000, nil
}

func (l *ledger) MakePayment(_ context.Context, t transaction.Transfer) (transaction.Posted, error) {
	l.calls++
	if _, ok := l.posted[t.ID]; ok {
		return transaction.Posted{}, transaction.ErrTransferPosted
	}
	l.posted[t.ID] = "leg-" + t.ID
	return transaction.Posted{Debit: transaction.Transaction{ID: l.posted[t.ID]}}, nil
}

func (l *ledger) DebitLegOf(_ context.Context, id string) (string, bool, error) {
	leg, ok := l.posted[id]
	return leg, ok, nil
}

type accounts struct{ account.Connector }

func (accounts) GetBankAccount(_ context.Context, ref account.Ref) (account.Account, error) {
	return account.Account{BankID: ref.BankID, ID: ref.AccountID, Balance: money.Money{Currency: "EUR", Minor: 10_000}}, nil
}

func (a accounts) GetBankAccounts(ctx context.Context, refs []account.Ref) ([]account.Account, error) {
	out := make([]account.Account, len(refs))
	for i, ref := range refs {
		out[i], _ = a.GetBankAccount(ctx, ref)
	}
	return out, nil
}

type allowAll struct{}

func (allowAll) HasRole(string, string, string) bool                         { return false }
func (allowAll) CanOnView(string, account.Ref, string, view.Permission) bool { return true }

type requests struct {
	sca.Store
	stored map[string]Request
}

func (requests) ListChallenges(context.Context, sca.Purpose, string) ([]sca.Challenge, error) {
	return nil, nil
}

func (r requests) CreateTransactionRequest(_ context.Context, req Request) error {
	if _, ok := r.stored[req.ID]; ok {
		return ErrRequestExists
	}
	r.stored[req.ID] = req
	return nil
}

func (r requests) GetTransactionRequest(_ context.Context, id string) (Request, error) {
	req, ok := r.stored[id]
	if !ok {
		return Request{}, obperr.TransactionRequestNotFound
	}
	return req, nil
}

// A run killed after the ledger posted and before the request was recorded leaves legs and
// no request. The retry under the same Idempotency-Key reuses the request id, so the
// ledger refuses to post again and the request is recorded with the first run's leg.
func TestRetryAfterAKilledRunRecordsThePostingWithoutPayingAgain(t *testing.T) {
	reqs := requests{stored: map[string]Request{}}
	l := &ledger{posted: map[string]string{"reserved-id": "leg-of-the-killed-run"}}
	s := serviceOver(reqs, l)
	ctx := idempotency.WithResourceID(context.Background(), "reserved-id")
	n := tenEuros
	res, err := s.Create(ctx, call.Context{UserID: "u"}, n)
	if err != nil {
		t.Fatal(err)
	}
	if res.Request.ID != "reserved-id" || res.Request.Status != Completed || res.Request.TransactionID != "leg-of-the-killed-run" {
		t.Errorf("retry = %+v; want the reserved id, COMPLETED, with the first run's leg", res.Request)
	}
	if len(reqs.stored) != 1 {
		t.Errorf("%d requests stored, want 1", len(reqs.stored))
	}
	again, err := s.Create(ctx, call.Context{UserID: "u"}, n)
	if err != nil || again.Request.TransactionID != "leg-of-the-killed-run" || l.calls != 1 {
		t.Errorf("a second retry = %+v, %v after %d postings; want the stored request and no new posting", again.Request, err, l.calls)
	}
}

// storeOf narrows requests to the payment Store the service needs here.
type storeOf struct{ requests }

func (storeOf) ListTransactionRequests(context.Context, account.Ref, int, int) ([]Request, error) {
	return nil, nil
}
func (storeOf) Transition(context.Context, string, []Status, Status) (bool, error) { return false, nil }
func (storeOf) Finish(context.Context, string, []Status, Status, string, string) (bool, error) {
	return false, nil
}
func (storeOf) StaleProcessing(context.Context, time.Time) ([]Request, error) { return nil, nil }
func (storeOf) ActiveRefundOf(context.Context, string) (Request, bool, error) {
	return Request{}, false, nil
}
func (storeOf) DiscardTransactionRequest(context.Context, string) error { return nil }

// serviceOver is the payment service over these requests and this ledger, on a fixed clock.
func serviceOver(reqs requests, l interface {
	Connector
	LegFinder
}) *Service {
	return NewService(Deps{Store: storeOf{reqs}, Conn: l, Accounts: accounts{}, Checks: allowAll{}, Legs: l,
		Challenges: sca.NewService(reqs, sca.Config{}, nil), EnabledTypes: map[Type]bool{Account: true}, Log: slog.Default(),
		Clock: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }})
}

// tenEuros is a payment below the threshold between two accounts of one bank.
var tenEuros = New{From: account.Ref{BankID: "b", AccountID: "from"}, To: account.Ref{BankID: "b", AccountID: "to"}, ViewID: "owner",
	Type: Account, Currency: "EUR", Amount: "10.00"}
