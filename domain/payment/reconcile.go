package payment

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/obp-go/obp/domain/transaction"
)

// LegFinder finds the debit leg posted for a transfer (a payment's legs carry its
// transaction request id as transfer id).
type LegFinder interface {
	DebitLegOf(ctx context.Context, transferID string) (transactionID string, found bool, err error)
}

// Reconcile settles requests left PROCESSING for longer than stuck — a server stopped
// between claiming a request and recording the payment's outcome. The ledger decides:
// a posted payment completes the request, none fails it; nothing is paid twice.
func (s *Service) Reconcile(ctx context.Context, legs LegFinder, stuck time.Duration) (int, error) {
	list, err := s.store.StaleProcessing(ctx, s.now().Add(-stuck))
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range list {
		txID, posted, err := legs.DebitLegOf(ctx, r.ID)
		if err != nil {
			return n, err
		}
		to, failure := outcome(r), ""
		if !posted {
			to, failure = Failed, "interrupted before the payment was posted"
		}
		ok, err := s.store.Finish(ctx, r.ID, []Status{Processing}, to, txID, failure)
		if err != nil {
			return n, err
		}
		if ok {
			n++
			s.log.Warn("reconciled an interrupted transaction request", slog.String("transaction_request_id", r.ID), slog.String("status", string(to)))
		}
	}
	return n, nil
}

// postedLeg is the debit leg the ledger holds for a transfer it says it has posted. Had
// it none, the outcome is not known, and the request is left for the reconciler.
func (s *Service) postedLeg(ctx context.Context, transferID string) (transaction.Transaction, error) {
	id, found, err := s.legs.DebitLegOf(ctx, transferID)
	if err == nil && !found {
		err = fmt.Errorf("the ledger reports transfer %s posted but holds no debit leg for it", transferID)
	}
	return transaction.Transaction{ID: id}, err
}
