package rest

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

// switchable is an adapter whose every answer is failing's status while it is set, else a bank.
type switchable struct {
	hits    atomic.Int32
	failing atomic.Int32 // an HTTP status; 0 answers the bank
}

func newSwitchable(t *testing.T, opts ...Option) (*switchable, *Client) {
	t.Helper()
	a := &switchable{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		a.hits.Add(1)
		if s := a.failing.Load(); s != 0 {
			http.Error(w, "core down", int(s))
			return
		}
		reply(w, ok, BankCommons{BankID: ID{"b"}})
	}))
	t.Cleanup(srv.Close)
	opts = append([]Option{WithTimeout(time.Second), WithReadRetries(1, 0)}, opts...)
	return a, NewClient(srv.URL+"/restConnector", opts...)
}

func TestTheBreakerOpensAfterNFailuresFailsFastThenHalfOpensAndCloses(t *testing.T) {
	a, c := newSwitchable(t, WithBreaker(BreakerSettings{Failures: 3, Open: 50 * time.Millisecond}))
	a.failing.Store(http.StatusBadGateway)
	for range 3 {
		if _, err := c.GetBank(callCtx(), "b"); !errors.Is(err, obperr.AdapterException) {
			t.Fatalf("while failing: %v, want OBP-50003", err)
		}
	}
	a.failing.Store(0) // the adapter is back, but the breaker does not know yet
	_, err := c.GetBank(callCtx(), "b")
	if e, isOBP := obperr.As(err); !isOBP || e.Code != obperr.AdapterUnavailable || e.Code.Status != http.StatusServiceUnavailable {
		t.Fatalf("open: %v, want 503 OBP-50503", err)
	}
	if n := a.hits.Load(); n != 3 {
		t.Fatalf("the adapter saw %d requests, want 3: an open breaker sends nothing", n)
	}
	_, err = c.MakePaymentv210(callCtx(), payment())
	var unknown *OutcomeUnknownError
	if !errors.Is(err, obperr.AdapterUnavailable) || errors.As(err, &unknown) || a.hits.Load() != 3 {
		t.Fatalf("payment while open: %v; want OBP-50503, a known failure, nothing sent", err)
	}

	time.Sleep(60 * time.Millisecond) // half-open: one call goes through and closes it
	if b, err := c.GetBank(callCtx(), "b"); err != nil || b.ID != "b" {
		t.Fatalf("half-open: %+v, %v", b, err)
	}
	if b, err := c.GetBank(callCtx(), "b"); err != nil || b.ID != "b" || a.hits.Load() != 5 {
		t.Fatalf("closed: %+v, %v after %d requests, want 5", b, err, a.hits.Load())
	}
}

func TestAFailureWhileHalfOpenOpensTheBreakerAgain(t *testing.T) {
	a, c := newSwitchable(t, WithBreaker(BreakerSettings{Failures: 1, Open: 30 * time.Millisecond}))
	a.failing.Store(http.StatusInternalServerError)
	_, _ = c.GetBank(callCtx(), "b")
	time.Sleep(40 * time.Millisecond)
	_, _ = c.GetBank(callCtx(), "b") // the half-open trial fails
	if _, err := c.GetBank(callCtx(), "b"); !errors.Is(err, obperr.AdapterUnavailable) || a.hits.Load() != 2 {
		t.Fatalf("after a failed trial: %v after %d requests; want OBP-50503 after 2", err, a.hits.Load())
	}
}

// An errorCode or a 4xx is the answer of an adapter that works: the breaker stays closed.
func TestErrorCodesAnd4xxDoNotOpenTheBreaker(t *testing.T) {
	a, c := newSwitchable(t, WithBreaker(BreakerSettings{Failures: 1}))
	a.failing.Store(http.StatusBadRequest)
	for range 3 {
		if _, err := c.GetBank(callCtx(), "b"); errors.Is(err, obperr.AdapterUnavailable) {
			t.Fatalf("a 4xx opened the breaker: %v", err)
		}
	}
	_, c = newAdapter(t, func(w http.ResponseWriter, _ *http.Request, _ int32) {
		reply(w, Status{ErrorCode: "OBP-30001: Bank not found."}, nil)
	})
	c.breaker = newBreaker(c.base, BreakerSettings{Failures: 1, Open: time.Minute, HalfOpen: 1}, c.log)
	for range 3 {
		if _, err := c.GetBank(callCtx(), "b"); !errors.Is(err, obperr.BankNotFound) {
			t.Fatalf("an errorCode: %v, want BankNotFound every time", err)
		}
	}
}

// A read whose retries meet the breaker opening stops there, without more requests.
func TestAReadIsNotRetriedOnceTheBreakerIsOpen(t *testing.T) {
	a, c := newSwitchable(t, WithReadRetries(5, time.Millisecond), WithBreaker(BreakerSettings{Failures: 2, Open: time.Minute}))
	a.failing.Store(http.StatusServiceUnavailable)
	if _, err := c.GetBank(callCtx(), "b"); !errors.Is(err, obperr.AdapterUnavailable) || a.hits.Load() != 2 {
		t.Fatalf("GetBank = %v after %d requests; want OBP-50503 after 2", err, a.hits.Load())
	}
}
