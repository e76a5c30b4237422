package rest

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

// adapter is a test adapter: answer writes the reply to each POST (nil: never answers), counted in hits.
type adapter struct {
	hits   atomic.Int32
	stop   chan struct{}
	answer func(w http.ResponseWriter, r *http.Request, n int32)
}

func newAdapter(t *testing.T, answer func(w http.ResponseWriter, r *http.Request, n int32)) (*adapter, *Client) {
	t.Helper()
	a := &adapter{answer: answer, stop: make(chan struct{})}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if a.answer == nil { // hang: never answer, as a stuck core would
			_, _ = io.Copy(io.Discard, r.Body)
			a.hits.Add(1)
			select {
			case <-r.Context().Done():
			case <-a.stop:
			}
			return
		}
		a.answer(w, r, a.hits.Add(1))
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(a.stop) }) // runs first: releases hung handlers before Close waits for them
	return a, NewClient(srv.URL+"/restConnector", WithTimeout(2*time.Second), WithReadRetries(3, time.Millisecond))
}

func reply(w http.ResponseWriter, status Status, data any) {
	_ = json.NewEncoder(w).Encode(map[string]any{
		"inboundAdapterCallContext": map[string]any{"correlationId": "c-1"}, "status": status, "data": data})
}

var ok = Status{BackendMessages: []BackendMessage{}}

func callCtx() context.Context {
	return call.With(context.Background(), call.Context{CorrelationID: "c-1", UserID: "u-1", Username: "felix",
		AuthContext: func(context.Context) ([]call.KeyValue, error) {
			return []call.KeyValue{{Key: "CustomerNumber", Value: "42"}}, nil
		}})
}

// decodeOut reads the request as an OutBound message and checks its method and envelope.
func decodeOut(t *testing.T, r *http.Request, method string, out any) {
	t.Helper()
	if r.Method != http.MethodPost || r.URL.Path != "/restConnector/"+method {
		t.Errorf("request %s %s, want POST /restConnector/%s", r.Method, r.URL.Path, method)
	}
	if err := json.NewDecoder(r.Body).Decode(out); err != nil {
		t.Error(err)
	}
}

func TestGetBankSendsTheEnvelopeAndMapsTheBank(t *testing.T) {
	_, c := newAdapter(t, func(w http.ResponseWriter, r *http.Request, _ int32) {
		var out OutBoundGetBank
		decodeOut(t, r, "getBank", &out)
		info := out.OutboundAdapterCallContext.OutboundAdapterAuthInfo
		if out.BankID.Value != "gh.29.uk" || out.OutboundAdapterCallContext.CorrelationID != "c-1" ||
			info == nil || info.UserID != "u-1" || len(info.UserAuthContext) != 1 || info.UserAuthContext[0].Value != "42" {
			t.Errorf("outbound = %+v", out)
		}
		reply(w, ok, BankCommons{BankID: ID{"gh.29.uk"}, ShortName: "GH", BankRoutingScheme: "BIC", BankRoutingAddress: "GENODEM1GLS"})
	})
	b, err := c.GetBank(callCtx(), "gh.29.uk")
	if err != nil || b.ID != "gh.29.uk" || b.ShortName != "GH" || len(b.Routings) != 1 {
		t.Fatalf("GetBank = %+v, %v", b, err)
	}
}

func TestCheckBankAccountExistsMapsTheAccount(t *testing.T) {
	_, c := newAdapter(t, func(w http.ResponseWriter, r *http.Request, _ int32) {
		var out OutBoundCheckBankAccountExists
		decodeOut(t, r, "checkBankAccountExists", &out)
		if out.BankID.Value != "b" || out.AccountID.Value != "a" {
			t.Errorf("outbound = %+v", out)
		}
		reply(w, ok, map[string]any{"accountId": ID{"a"}, "bankId": ID{"b"}, "balance": "12.5", "currency": "EUR",
			"lastUpdate": "2018-03-09T00:00:00Z", "accountRoutings": []AccountRouting{{Scheme: "IBAN", Address: "DE89370400440532013000"}}})
	})
	a, err := c.CheckBankAccountExists(callCtx(), account.Ref{BankID: "b", AccountID: "a"})
	if err != nil || a.ID != "a" || a.Balance != (money.Money{Currency: "EUR", Minor: 1250}) || len(a.Routings) != 1 {
		t.Fatalf("CheckBankAccountExists = %+v, %v", a, err)
	}
}

func TestMakePaymentv210ReturnsTheTransactionID(t *testing.T) {
	_, c := newAdapter(t, func(w http.ResponseWriter, r *http.Request, _ int32) {
		var out OutBoundMakePaymentv210
		decodeOut(t, r, "makePaymentv210", &out)
		if out.Amount != "10.12" || out.TransactionRequestID.Value != "tr-1" || out.FromAccount.AccountID.Value != "from" {
			t.Errorf("outbound = %+v", out)
		}
		reply(w, ok, ID{"tx-1"})
	})
	id, err := c.MakePaymentv210(callCtx(), payment())
	if err != nil || id != "tx-1" {
		t.Fatalf("MakePaymentv210 = %q, %v", id, err)
	}
}

func payment() Payment {
	eur := money.Money{Currency: "EUR"}
	return Payment{ChargePolicy: "SHARED",
		From: account.Account{BankID: "b", ID: "from", Balance: eur}, To: account.Account{BankID: "b", ID: "to", Balance: eur},
		Transfer: transaction.Transfer{ID: "tr-1", Amount: money.Money{Currency: "EUR", Minor: 1012}, Type: "SEPA"}}
}

func TestAnErrorCodeIsAnOBPErrorWithTheBackendMessagesKeptForTheLog(t *testing.T) {
	failing := Status{ErrorCode: "CORE-17", BackendMessages: []BackendMessage{{Source: "core", Text: "secret core detail"}}}
	a, c := newAdapter(t, func(w http.ResponseWriter, r *http.Request, _ int32) {
		if strings.HasSuffix(r.URL.Path, "/getBank") {
			reply(w, Status{ErrorCode: "OBP-30001: Bank not found."}, nil)
			return
		}
		reply(w, failing, nil)
	})
	if _, err := c.GetBank(callCtx(), "nope"); !errors.Is(err, obperr.BankNotFound) {
		t.Errorf("GetBank = %v, want BankNotFound", err)
	}
	cases := map[string]struct {
		call func() error
		want *obperr.Code
	}{
		"read": {func() error {
			_, err := c.CheckBankAccountExists(callCtx(), account.Ref{BankID: "b", AccountID: "a"})
			return err
		}, obperr.InvalidConnectorResponseForGetBankAccount},
		"payment": {func() error { _, err := c.MakePaymentv210(callCtx(), payment()); return err }, obperr.InvalidConnectorResponseForMakePayment},
	}
	for name, tc := range cases {
		err := tc.call()
		e, isOBP := obperr.As(err)
		var be *BackendError
		if !isOBP || e.Code != tc.want || !errors.As(err, &be) || be.Status.ErrorCode != "CORE-17" {
			t.Errorf("%s: err = %v, want %s wrapping the backend error", name, err, tc.want.ID)
			continue
		}
		if strings.Contains(e.ClientMessage(), "secret") || !strings.Contains(err.Error(), "secret core detail") {
			t.Errorf("%s: client sees %q; log sees %q", name, e.ClientMessage(), err)
		}
	}
	if n := a.hits.Load(); n != 3 {
		t.Errorf("adapter called %d times, want 3 (an errorCode is not retried)", n)
	}
}

func TestA500IsAnAdapterExceptionAfterTheReadsRetries(t *testing.T) {
	a, c := newAdapter(t, func(w http.ResponseWriter, _ *http.Request, _ int32) {
		http.Error(w, "core down", http.StatusInternalServerError)
	})
	_, err := c.GetBank(callCtx(), "b")
	var he *HTTPStatusError
	if !errors.Is(err, obperr.AdapterException) || !errors.As(err, &he) || he.StatusCode != 500 {
		t.Fatalf("err = %v, want OBP-50003 wrapping HTTP 500", err)
	}
	if n := a.hits.Load(); n != 3 {
		t.Errorf("adapter called %d times, want 3", n)
	}
}

func TestAReadThatFailsOnceIsRetried(t *testing.T) {
	a, c := newAdapter(t, func(w http.ResponseWriter, _ *http.Request, n int32) {
		if n == 1 {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		reply(w, ok, BankCommons{BankID: ID{"b"}})
	})
	if b, err := c.GetBank(callCtx(), "b"); err != nil || b.ID != "b" || a.hits.Load() != 2 {
		t.Fatalf("GetBank = %+v, %v after %d calls; want the bank after 2", b, err, a.hits.Load())
	}
}

func TestATimeoutIsRequestTimeout(t *testing.T) {
	a, c := newAdapter(t, nil)
	c.timeout, c.attempts = 20*time.Millisecond, 2
	_, err := c.GetBank(callCtx(), "b")
	if !errors.Is(err, obperr.RequestTimeout) || a.hits.Load() != 2 {
		t.Fatalf("err = %v after %d calls, want OBP-01000 after 2", err, a.hits.Load())
	}
}

// A payment is sent once: a failure other than the adapter's own errorCode may have
// posted it, so it is an unknown outcome and no OBP error (which would fail the request).
func TestAPaymentIsNeverRetriedAndItsFailureLeavesTheOutcomeUnknown(t *testing.T) {
	cases := map[string]func(w http.ResponseWriter, r *http.Request){
		"500":     func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusInternalServerError) },
		"timeout": nil,
		"no id":   func(w http.ResponseWriter, _ *http.Request) { reply(w, ok, ID{}) },
	}
	for name, answer := range cases {
		var handler func(w http.ResponseWriter, r *http.Request, _ int32)
		if answer != nil {
			handler = func(w http.ResponseWriter, r *http.Request, _ int32) { answer(w, r) }
		}
		a, c := newAdapter(t, handler)
		c.timeout = 20 * time.Millisecond
		_, err := c.MakePaymentv210(callCtx(), payment())
		var unknown *OutcomeUnknownError
		if _, isOBP := obperr.As(err); isOBP || !errors.As(err, &unknown) {
			t.Errorf("%s: err = %v, want an unknown outcome", name, err)
		}
		if n := a.hits.Load(); n != 1 {
			t.Errorf("%s: adapter called %d times, want once", name, n)
		}
	}
}
