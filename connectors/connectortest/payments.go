package connectortest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

func transfer(from, to account.Ref, minor int64, overdraft bool) transaction.Transfer {
	now := time.Now().UTC().Truncate(time.Second)
	return transaction.Transfer{ID: fresh("tr"), From: from, To: to, Amount: money.Money{Currency: "EUR", Minor: minor}, Type: "CONFORMANCE",
		Description: "conformance", Posted: now, Completed: now, AllowOverdraft: overdraft}
}

func balance(t *testing.T, c Connector, ref account.Ref) int64 {
	t.Helper()
	a, err := c.GetBankAccount(context.Background(), ref)
	if err != nil {
		t.Fatalf("GetBankAccount(%v) returned %v", ref, err)
	}
	return a.Balance.Minor
}

func testPayments(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	src, dst := newAccount(t, c, b.ID, "EUR"), newAccount(t, c, b.ID, "EUR")
	usd := newAccount(t, c, b.ID, "USD")

	p, err := c.MakePayment(ctx, transfer(src.Ref(), dst.Ref(), 1000, true))
	if err != nil {
		t.Fatalf("MakePayment with AllowOverdraft returned %v; want both legs posted", err)
	}
	if p.Debit.Amount.Minor != -1000 || p.Credit.Amount.Minor != 1000 || p.Debit.Amount.Minor+p.Credit.Amount.Minor != 0 {
		t.Errorf("MakePayment legs = %d and %d; want -1000 and +1000 (a transfer sums to zero)", p.Debit.Amount.Minor, p.Credit.Amount.Minor)
	}
	if p.Debit.TransferID == "" || p.Debit.TransferID != p.Credit.TransferID {
		t.Errorf("MakePayment legs carry transfer ids %q and %q; want one shared id", p.Debit.TransferID, p.Credit.TransferID)
	}
	if got := balance(t, c, src.Ref()); got != -1000 || p.Debit.NewBalance.Minor != -1000 {
		t.Errorf("source balance %d, debit new_balance %d; want -1000 both", got, p.Debit.NewBalance.Minor)
	}
	if got := balance(t, c, dst.Ref()); got != 1000 || p.Credit.NewBalance.Minor != 1000 {
		t.Errorf("target balance %d, credit new_balance %d; want 1000 both", got, p.Credit.NewBalance.Minor)
	}

	for _, tc := range []struct {
		name string
		tr   transaction.Transfer
		want error
	}{
		{"more than the balance", transfer(dst.Ref(), src.Ref(), 1001, false), obperr.InsufficientFunds},
		{"a currency neither account has", func() transaction.Transfer {
			x := transfer(dst.Ref(), src.Ref(), 1, false)
			x.Amount.Currency = "GBP"
			return x
		}(), obperr.InvalidTransactionRequestCurrency},
		{"to an account of another currency", transfer(dst.Ref(), usd.Ref(), 1, false), obperr.InvalidTransactionRequestCurrency},
		{"to an account that does not exist", transfer(dst.Ref(), account.Ref{BankID: b.ID, AccountID: fresh("missing")}, 1, false), obperr.BankAccountNotFound},
	} {
		if _, err := c.MakePayment(ctx, tc.tr); !errors.Is(err, tc.want) {
			t.Errorf("MakePayment %s returned %v; want %v", tc.name, err, tc.want)
		}
	}
	if s, d := balance(t, c, src.Ref()), balance(t, c, dst.Ref()); s != -1000 || d != 1000 {
		t.Errorf("refused payments moved money: balances %d and %d; want -1000 and 1000 unchanged", s, d)
	}
	if list, _ := c.GetTransactions(ctx, dst.Ref(), transaction.Query{Limit: 50}); len(list) != 1 {
		t.Errorf("after one posted and four refused payments, %v has %d transactions; want 1", dst.Ref(), len(list))
	}
	de, err := c.GetDoubleEntryBookTransaction(ctx, dst.Ref(), p.Credit.ID)
	if err != nil || de.Debit.ID != p.Debit.ID || de.Credit.ID != p.Credit.ID {
		t.Errorf("GetDoubleEntryBookTransaction(credit leg) = %+v, %v; want both legs of the payment", de, err)
	}
	if _, err := c.GetDoubleEntryBookTransaction(ctx, src.Ref(), p.Credit.ID); !errors.Is(err, obperr.DoubleEntryTransactionNotFound) {
		t.Errorf("GetDoubleEntryBookTransaction of another account's leg returned %v; want obperr.DoubleEntryTransactionNotFound (OBP-30087)", err)
	}
}

// testConcurrentPayments sends many small payments at once from an account that can
// afford only some of them: exactly those complete and nothing is lost.
func testConcurrentPayments(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	funding, src, dst := newAccount(t, c, b.ID, "EUR"), newAccount(t, c, b.ID, "EUR"), newAccount(t, c, b.ID, "EUR")
	if _, err := c.MakePayment(ctx, transfer(funding.Ref(), src.Ref(), 1000, true)); err != nil {
		t.Fatalf("funding MakePayment returned %v", err)
	}
	const attempts, each = 40, 100 // 40 payments of 1.00 from 10.00
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok, refused := 0, 0
	for i := 0; i < attempts; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.MakePayment(ctx, transfer(src.Ref(), dst.Ref(), each, false))
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				ok++
			case errors.Is(err, obperr.InsufficientFunds):
				refused++
			default:
				t.Errorf("concurrent MakePayment returned %v; want success or obperr.InsufficientFunds only", err)
			}
		}()
	}
	wg.Wait()
	if ok != 10 || refused != attempts-10 {
		t.Errorf("%d concurrent payments of 1.00 from 10.00: %d completed, %d refused; want exactly 10 completed", attempts, ok, refused)
	}
	if s, d := balance(t, c, src.Ref()), balance(t, c, dst.Ref()); s != 0 || d != 1000 {
		t.Errorf("after the race the balances are %d and %d; want 0 and 1000 (no lost update, no overdraft)", s, d)
	}
}
