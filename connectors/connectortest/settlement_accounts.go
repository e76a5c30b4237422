package connectortest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/payment"
)

// testSettlementAccounts checks the bank's own accounts that money entering or leaving
// the server is booked against: one per bank, direction and currency, made on first use.
func testSettlementAccounts(t *testing.T, c Connector) {
	ctx := context.Background()
	b, other := newBank(t, c), newBank(t, c)
	settlement := func(bankID string, d payment.Direction, currency string) account.Ref {
		t.Helper()
		ref, err := c.GetSettlementAccount(ctx, bankID, d, currency)
		if err != nil {
			t.Fatalf("GetSettlementAccount(%s, %s, %s) returned %v; want the account, created when missing", bankID, d, currency, err)
		}
		a, err := c.GetBankAccount(ctx, ref)
		if err != nil || a.BankID != bankID || a.Balance.Currency != currency || len(a.HolderIDs) != 0 {
			t.Errorf("GetSettlementAccount(%s, %s, %s) = %v; GetBankAccount of it = %+v, %v; want an account of that bank in %s with no holder",
				bankID, d, currency, ref, a, err, currency)
		}
		return ref
	}

	in := settlement(b.ID, payment.Incoming, "EUR")
	if again := settlement(b.ID, payment.Incoming, "EUR"); again != in {
		t.Errorf("GetSettlementAccount(%s, INCOMING, EUR) returned %v, then %v; want the same account every time", b.ID, in, again)
	}
	seen := map[account.Ref]string{in: "INCOMING EUR at the first bank"}
	for _, tc := range []struct {
		what, bankID string
		d            payment.Direction
		currency     string
	}{
		{"OUTGOING EUR at the first bank", b.ID, payment.Outgoing, "EUR"},
		{"INCOMING USD at the first bank", b.ID, payment.Incoming, "USD"},
		{"INCOMING EUR at another bank", other.ID, payment.Incoming, "EUR"},
	} {
		ref := settlement(tc.bankID, tc.d, tc.currency)
		if prev, ok := seen[ref]; ok {
			t.Errorf("GetSettlementAccount gave %v for %s and for %s; want one account per bank, direction and currency", ref, prev, tc.what)
		}
		seen[ref] = tc.what
	}

	// Concurrent first uses agree on one account.
	unused := newBank(t, c)
	const callers = 10
	refs, errs := make([]account.Ref, callers), make([]error, callers)
	var wg sync.WaitGroup
	gate := make(chan struct{}) // released at once, so that the first uses overlap
	for i := range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			refs[i], errs[i] = c.GetSettlementAccount(ctx, unused.ID, payment.Outgoing, "GBP")
		}()
	}
	close(gate)
	wg.Wait()
	results := map[string]int{}
	for i := range callers {
		results[fmt.Sprintf("%v, %v", refs[i], errs[i])]++
	}
	if len(results) != 1 || errs[0] != nil {
		t.Errorf("%d concurrent first GetSettlementAccount(%s, OUTGOING, GBP) returned %v (result: times); want one account for all, no error",
			callers, unused.ID, results)
	}
	settlement(unused.ID, payment.Outgoing, "GBP")
}
