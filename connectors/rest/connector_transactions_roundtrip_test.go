package rest_test

import (
	"context"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/internal/testenv"
)

// The methods the conformance suite does not reach: the reconciler's getter and the
// other sides of an account's transactions, through the adapter over the mapped store.
func TestTransferOutcomeAndOtherAccountsOverREST(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		r, m := roundTrip(t, db)
		b, err := m.CreateOrUpdateBank(ctx, bank.Bank{ID: "rt." + ids.New(), ShortName: "RT", FullName: "Round trip"})
		if err != nil {
			t.Fatal(err)
		}
		var refs []account.Ref
		for range 2 {
			a, err := m.CreateBankAccount(ctx, account.Account{BankID: b.ID, ID: ids.New(), Label: "RT",
				Balance: money.Money{Currency: "EUR"}, ProductCode: "CURRENT", CreatedAt: time.Now().UTC()})
			if err != nil {
				t.Fatal(err)
			}
			refs = append(refs, a.Ref())
		}
		posted := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
		tr := transaction.Transfer{ID: ids.New(), From: refs[0], To: refs[1], Amount: money.Money{Currency: "EUR", Minor: 250},
			Type: "RT", Description: "round trip", Posted: posted, Completed: posted.Add(time.Minute), AllowOverdraft: true}
		p, err := r.MakePayment(ctx, tr)
		if err != nil {
			t.Fatalf("MakePayment returned %v", err)
		}
		if !p.Debit.Posted.Equal(posted) || !p.Credit.Completed.Equal(tr.Completed) {
			t.Errorf("legs posted %v, completed %v; want the transfer's dates %v, %v (our posted/completed fields)",
				p.Debit.Posted, p.Credit.Completed, posted, tr.Completed)
		}

		id, found, err := r.DebitLegOf(ctx, tr.ID)
		if err != nil || !found || id != p.Debit.ID {
			t.Errorf("DebitLegOf(posted) = %q, %t, %v; want %q, true", id, found, err, p.Debit.ID)
		}
		if id, found, err := r.DebitLegOf(ctx, ids.New()); err != nil || found || id != "" {
			t.Errorf("DebitLegOf(never posted) = %q, %t, %v; want not found", id, found, err)
		}

		others, err := r.GetCounterpartiesFromTransactions(ctx, refs[1])
		want := []transaction.OtherAccount{{Ref: refs[0]}}
		if err != nil || len(others) != 1 || others[0] != want[0] {
			t.Errorf("GetCounterpartiesFromTransactions = %+v, %v; want %+v", others, err, want)
		}
		if none, err := r.GetCounterpartiesFromTransactions(ctx, account.Ref{BankID: b.ID, AccountID: ids.New()}); err != nil || none == nil || len(none) != 0 {
			t.Errorf("GetCounterpartiesFromTransactions of an account without transactions = %#v, %v; want an empty list", none, err)
		}
	})
}
