package mapped_test

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/internal/testenv"
)

// A payment that records its request commits both or neither: the request is stored
// with the debit leg's id, and a request id already taken posts nothing.
func TestMakePaymentRecordingIsOneTransaction(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		conn, store := mapped.NewConnector(db, clock.System), mapped.NewStore(db, clock.System)
		b, err := conn.CreateOrUpdateBank(ctx, bank.Bank{ID: "rec." + ids.New()[:8], ShortName: "R", FullName: "Recording"})
		if err != nil {
			t.Fatal(err)
		}
		newAccount := func() account.Ref {
			a, err := conn.CreateBankAccount(ctx, account.Account{BankID: b.ID, ID: ids.New(), Label: "r",
				Balance: money.Money{Currency: "EUR"}, CreatedAt: time.Now().UTC()})
			if err != nil {
				t.Fatal(err)
			}
			return a.Ref()
		}
		from, to := newAccount(), newAccount()
		var sent payment.Request
		pay := func(id string, minor int64) (transaction.Posted, error) {
			now := time.Now().UTC().Truncate(time.Second)
			amount := money.Money{Currency: "EUR", Minor: minor}
			tr := transaction.Transfer{ID: id, From: from, To: to, Amount: amount, Type: "ACCOUNT", Description: "d", Posted: now, Completed: now, AllowOverdraft: true}
			sent = payment.Request{ID: id, From: from, To: to, ViewID: "owner", Type: payment.Account, Status: payment.Completed,
				Amount: amount, Description: "d", ChargePolicy: "SHARED", Details: `{"x":1}`, CounterpartyID: "cp", External: true,
				RequiredAnswers: 1, CreatedBy: "u", ConsumerID: "c", Created: now, Updated: now}
			return conn.MakePaymentRecording(ctx, tr, sent)
		}
		balance := func(ref account.Ref) int64 {
			a, err := conn.GetBankAccount(ctx, ref)
			if err != nil {
				t.Fatal(err)
			}
			return a.Balance.Minor
		}

		first := ids.New()
		posted, err := pay(first, 500)
		if err != nil {
			t.Fatalf("MakePaymentRecording = %v", err)
		}
		got, err := store.GetTransactionRequest(ctx, first)
		want := sent
		want.TransactionID = posted.Debit.ID
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("the recorded request = %+v, %v;\nwant %+v", got, err, want)
		}
		if leg, err := conn.GetTransaction(ctx, from, posted.Debit.ID); err != nil || !reflect.DeepEqual(leg, posted.Debit) {
			t.Errorf("the debit leg read back = %+v, %v;\nwant %+v", leg, err, posted.Debit)
		}

		// The same request again: refused as a retry, and nothing more is posted.
		if _, err := pay(first, 500); !errors.Is(err, payment.ErrRequestExists) {
			t.Errorf("a second payment under the same request id = %v, want ErrRequestExists", err)
		}
		// A request whose id is taken by another request, not by a posting: the legs and
		// balances of the failed transaction are rolled back with it.
		taken := ids.New()
		now := time.Now().UTC()
		if err := store.CreateTransactionRequest(ctx, payment.Request{ID: taken, From: from, ViewID: "owner", Type: payment.Account,
			Status: payment.Initiated, Amount: money.Money{Currency: "EUR", Minor: 1}, Created: now, Updated: now}); err != nil {
			t.Fatal(err)
		}
		if _, err := pay(taken, 700); !errors.Is(err, payment.ErrRequestExists) {
			t.Errorf("a payment whose request id is taken = %v, want ErrRequestExists", err)
		}
		if _, posted, err := conn.DebitLegOf(ctx, taken); err != nil || posted {
			t.Errorf("a payment whose request could not be recorded left a leg (%v, %v)", posted, err)
		}
		if f, g := balance(from), balance(to); f != -500 || g != 500 {
			t.Errorf("balances %d and %d, want -500 and 500: only the first payment moved money", f, g)
		}
		// A refusal records nothing either.
		refused := ids.New()
		tr := transaction.Transfer{ID: refused, From: from, To: to, Amount: money.Money{Currency: "EUR", Minor: 1}, Type: "ACCOUNT"}
		if _, err := conn.MakePaymentRecording(ctx, tr, payment.Request{ID: refused, From: from, Type: payment.Account,
			Amount: tr.Amount}); !errors.Is(err, obperr.InsufficientFunds) {
			t.Errorf("a payment beyond the balance = %v, want InsufficientFunds", err)
		}
		if _, err := store.GetTransactionRequest(ctx, refused); !errors.Is(err, obperr.TransactionRequestNotFound) {
			t.Errorf("a refused payment's request was recorded (%v)", err)
		}
	})
}
