package connectortest

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

// testLedgerGuards checks the ledger's own refusals, which hold whatever the caller did
// before: a transfer id posts once, and a transaction is refunded once, however many
// refunds race for it.
func testLedgerGuards(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	payer, payee := newAccount(t, c, b.ID, "EUR"), newAccount(t, c, b.ID, "EUR")
	tr := transfer(payer.Ref(), payee.Ref(), 500, true)
	credit, err := c.MakePayment(ctx, tr)
	if err != nil {
		t.Fatalf("MakePayment returned %v", err)
	}
	if _, err := c.MakePayment(ctx, tr); !errors.Is(err, transaction.ErrTransferPosted) {
		t.Errorf("MakePayment of an already posted transfer id returned %v; want transaction.ErrTransferPosted", err)
	}
	if got := balance(t, c, payee.Ref()); got != 500 {
		t.Errorf("after posting one transfer twice the payee holds %d; want 500 (posted once)", got)
	}

	const racers = 10
	var wg sync.WaitGroup
	var mu sync.Mutex
	posted, refused := 0, 0
	for i := 0; i < racers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			refund := transfer(payee.Ref(), payer.Ref(), 500, false)
			refund.RefundOf = credit.Credit.ID
			_, err := c.MakePayment(ctx, refund)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				posted++
			case errors.Is(err, obperr.RefundedTransaction), errors.Is(err, obperr.InsufficientFunds):
				refused++
			default:
				t.Errorf("racing refund returned %v; want success, obperr.RefundedTransaction or obperr.InsufficientFunds", err)
			}
		}()
	}
	wg.Wait()
	if posted != 1 || refused != racers-1 {
		t.Errorf("%d racing refunds of one transaction: %d posted; want exactly 1", racers, posted)
	}
	if got := balance(t, c, payee.Ref()); got != 0 {
		t.Errorf("after the refund race the payee holds %d; want 0", got)
	}
	// A second refund that the funds would allow is still refused.
	top := transfer(payer.Ref(), payee.Ref(), 500, true)
	if _, err := c.MakePayment(ctx, top); err != nil {
		t.Fatalf("MakePayment returned %v", err)
	}
	again := transfer(payee.Ref(), payer.Ref(), 500, false)
	again.RefundOf = credit.Credit.ID
	if _, err := c.MakePayment(ctx, again); !errors.Is(err, obperr.RefundedTransaction) {
		t.Errorf("a second refund of one transaction returned %v; want obperr.RefundedTransaction (OBP-30068)", err)
	}
}
