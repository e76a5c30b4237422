package rest

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"path"
	"testing"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

// byMethod is a test adapter answering each method with its own func; a method without
// one answers 404.
func byMethod(t *testing.T, answers map[string]func(w http.ResponseWriter, r *http.Request)) *Connector {
	t.Helper()
	_, c := newAdapter(t, func(w http.ResponseWriter, r *http.Request, _ int32) {
		if f, ok := answers[path.Base(r.URL.Path)]; ok {
			f(w, r)
			return
		}
		http.NotFound(w, r)
	})
	return NewConnector(c)
}

func answer(status Status, data any) func(w http.ResponseWriter, r *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) { reply(w, status, data) }
}

var (
	payFrom      = account.Account{BankID: "gh.29.uk", ID: "acc-1", Balance: money.Money{Currency: "EUR", Minor: 5000}}
	payTo        = account.Account{BankID: "gh.29.uk", ID: "acc-2", Balance: money.Money{Currency: "EUR"}}
	rentTransfer = transaction.Transfer{ID: "tr-1", From: payFrom.Ref(), To: payTo.Ref(), Amount: money.Money{Currency: "EUR", Minor: 1012},
		Type: "SEPA", Description: "rent", Posted: legAt, Completed: legAt}
)

// bothAccounts answers checkBankAccountExists with the rent transfer's accounts.
func bothAccounts(w http.ResponseWriter, r *http.Request) {
	var out OutBoundCheckBankAccountExists
	decodeOutQuiet(r, &out)
	a := payFrom
	if out.AccountID.Value == payTo.ID {
		a = payTo
	}
	reply(w, ok, FromAccount(a))
}

// decodeOutQuiet reads the request as an OutBound message; a test answer fails on a bad one anyway.
func decodeOutQuiet(r *http.Request, out any) { _ = json.NewDecoder(r.Body).Decode(out) }

func TestMakePaymentOfAPostedTransferIsErrTransferPosted(t *testing.T) {
	c := byMethod(t, map[string]func(http.ResponseWriter, *http.Request){
		"checkBankAccountExists": bothAccounts,
		"makePaymentv210":        answer(Status{ErrorCode: errorTransferPosted, BackendMessages: []BackendMessage{}}, nil),
	})
	if _, err := c.MakePayment(callCtx(), rentTransfer); !errors.Is(err, transaction.ErrTransferPosted) {
		t.Errorf("MakePayment answered %s returned %v; want transaction.ErrTransferPosted", errorTransferPosted, err)
	}
}

func TestMakePaymentWithoutAnAnswerHasAnUnknownOutcome(t *testing.T) {
	c := byMethod(t, map[string]func(http.ResponseWriter, *http.Request){
		"checkBankAccountExists": bothAccounts,
		"makePaymentv210":        func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "core down", http.StatusBadGateway) },
	})
	_, err := c.MakePayment(callCtx(), rentTransfer)
	var unknown *OutcomeUnknownError
	if !errors.Is(err, transaction.ErrOutcomeUnknown) || !errors.As(err, &unknown) {
		t.Errorf("MakePayment answered 502 returned %v; want an *OutcomeUnknownError", err)
	}
	if _, refused := obperr.As(err); refused {
		t.Errorf("MakePayment answered 502 returned OBP error %v; an unknown outcome must not read as a refusal", err)
	}
}

func TestMakePaymentToAMissingAccountSendsNoPayment(t *testing.T) {
	sent := false
	c := byMethod(t, map[string]func(http.ResponseWriter, *http.Request){
		"checkBankAccountExists": answer(Status{ErrorCode: obperr.BankAccountNotFound.Message(), BackendMessages: []BackendMessage{}}, nil),
		"makePaymentv210":        func(http.ResponseWriter, *http.Request) { sent = true },
	})
	if _, err := c.MakePayment(callCtx(), rentTransfer); !errors.Is(err, obperr.BankAccountNotFound) || sent {
		t.Errorf("MakePayment to a missing account returned %v (rentTransfer sent: %t); want obperr.BankAccountNotFound, nothing sent", err, sent)
	}
}

// Posted, but the legs could not be read: the rentTransfer succeeded, with the legs the
// transfer tells.
func TestMakePaymentPostedWithUnreadableLegsSucceeds(t *testing.T) {
	c := byMethod(t, map[string]func(http.ResponseWriter, *http.Request){
		"checkBankAccountExists":        bothAccounts,
		"makePaymentv210":               answer(ok, ID{"tx-debit"}),
		"getDoubleEntryBookTransaction": func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "down", http.StatusServiceUnavailable) },
	})
	p, err := c.MakePayment(callCtx(), rentTransfer)
	if err != nil {
		t.Fatalf("MakePayment posted with unreadable legs returned %v; want success", err)
	}
	if p.Debit.ID != "tx-debit" || p.Debit.TransferID != rentTransfer.ID || p.Debit.Amount.Minor != -1012 ||
		p.Credit.Amount.Minor != 1012 || p.Credit.Ref() != payTo.Ref() || p.Credit.Other != payFrom.Ref() {
		t.Errorf("legs = %+v; want the debit leg's id and the transfer's accounts and amounts", p)
	}
}

// An OBP adapter answers the legs by id only: each is read with getTransaction.
func TestDoubleEntryLegsByIDAreRead(t *testing.T) {
	debit, credit := leg, leg
	credit.ID, credit.AccountID, credit.Other, credit.Amount.Minor = "tx-2", "acc-2", leg.Ref(), 1012
	reads := 0
	c := byMethod(t, map[string]func(http.ResponseWriter, *http.Request){
		"getDoubleEntryBookTransaction": answer(ok, DoubleEntryTransaction{
			DebitTransactionBankID: ID{debit.BankID}, DebitTransactionAccountID: ID{debit.AccountID}, DebitTransactionID: ID{debit.ID},
			CreditTransactionBankID: ID{credit.BankID}, CreditTransactionAccountID: ID{credit.AccountID}, CreditTransactionID: ID{credit.ID}}),
		"getTransaction": func(w http.ResponseWriter, r *http.Request) {
			reads++
			var out OutBoundGetTransaction
			decodeOutQuiet(r, &out)
			x := debit
			if out.TransactionID.Value == credit.ID {
				x = credit
			}
			this := legThis
			this.ID = x.AccountID
			reply(w, ok, NewTransactionCommons(x, this))
		},
	})
	p, err := c.GetDoubleEntryBookTransaction(callCtx(), credit.Ref(), credit.ID)
	if err != nil || p.Debit.ID != debit.ID || p.Credit.ID != credit.ID || p.Credit.Amount.Minor != 1012 || reads != 2 {
		t.Errorf("GetDoubleEntryBookTransaction = %+v, %v after %d reads; want both legs read with getTransaction", p, err, reads)
	}
}

func TestGetTransactionsRefusesAnotherAccountsTransaction(t *testing.T) {
	c := byMethod(t, map[string]func(http.ResponseWriter, *http.Request){
		"getTransactions": answer(ok, []TransactionCommons{NewTransactionCommons(leg, legThis)}),
	})
	if _, err := c.GetTransactions(callCtx(), account.Ref{BankID: "gh.29.uk", AccountID: "acc-9"}, transaction.Query{Limit: 10}); !errors.Is(err, obperr.InvalidConnectorResponseForGetTransactions) {
		t.Errorf("GetTransactions answered with another account's transaction returned %v; want OBP-50204", err)
	}
}

func TestGetCounterpartiesCutsAnUnpagedAnswer(t *testing.T) {
	all := make([]CounterpartyTraitCommons, 5)
	for i := range all {
		p := payee
		p.ID = string(rune('a' + i))
		all[i] = NewCounterpartyTraitCommons(p)
	}
	c := byMethod(t, map[string]func(http.ResponseWriter, *http.Request){"getCounterparties": answer(ok, all)})
	got, err := c.GetCounterparties(callCtx(), account.Ref{BankID: payee.ThisBankID, AccountID: payee.ThisAccountID}, payee.ThisViewID, 2, 1)
	if err != nil || len(got) != 2 || got[0].ID != "b" || got[1].ID != "c" {
		t.Errorf("GetCounterparties(limit 2, offset 1) of an adapter that ignores them = %+v, %v; want b and c", got, err)
	}
}

func TestDeleteCounterpartyAnsweredFalseIsNotFound(t *testing.T) {
	c := byMethod(t, map[string]func(http.ResponseWriter, *http.Request){"deleteCounterpartyByCounterpartyId": answer(ok, false)})
	if err := c.DeleteCounterpartyByCounterpartyID(callCtx(), "cp-1"); !errors.Is(err, obperr.CounterpartyNotFoundByCounterpartyID) {
		t.Errorf("DeleteCounterpartyByCounterpartyID answered false returned %v; want OBP-30017", err)
	}
}

func TestDebitLegOfRefusesAPostedOutcomeWithoutItsLeg(t *testing.T) {
	c := byMethod(t, map[string]func(http.ResponseWriter, *http.Request){"getTransferOutcome": answer(ok, TransferOutcome{Posted: true})})
	if _, _, err := c.DebitLegOf(context.Background(), "tr-1"); !errors.Is(err, obperr.InvalidConnectorResponse) {
		t.Errorf("DebitLegOf answered posted without a transaction id returned %v; want OBP-50200", err)
	}
}
