package handlers_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/rest"
	"github.com/obp-go/obp/connectors/rest/exampleadapter"
	"github.com/obp-go/obp/internal/testenv"
)

// flakyAdapter is the example adapter behind a switch that makes it misbehave.
type flakyAdapter struct {
	next http.Handler
	mu   sync.Mutex
	mode string
}

const adapterSecret = "core banking says: password=hunter2"

func (f *flakyAdapter) set(mode string) { f.mu.Lock(); f.mode = mode; f.mu.Unlock() }

func (f *flakyAdapter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	mode := f.mode
	f.mu.Unlock()
	method := path.Base(r.URL.Path)
	switch {
	case mode == "post-then-hang" && method == "makePaymentv210":
		// The core banking system posts, and its answer never arrives in time.
		f.next.ServeHTTP(httptest.NewRecorder(), r)
		time.Sleep(1500 * time.Millisecond)
		return
	case mode == "down":
		http.Error(w, adapterSecret, http.StatusInternalServerError)
		return
	case mode == "garbage" && method == "createCounterparty":
		_, _ = w.Write([]byte(`{"status": {"errorCode": ""}, "data": ` + `"` + adapterSecret + `"}`))
		return
	}
	f.next.ServeHTTP(w, r)
}

// With the REST connector, an adapter that fails never leaks its words to the client,
// a payment whose answer is lost is left PROCESSING and settled by asking the adapter,
// and the breaker opens on an adapter that keeps failing and closes once it recovers.
func TestMisbehavingAdapter(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		h, err := exampleadapter.New(context.Background(), db, exampleadapter.Options{Version: "test"})
		if err != nil {
			t.Fatal(err)
		}
		flaky := &flakyAdapter{next: h}
		adapter := httptest.NewServer(flaky)
		t.Cleanup(adapter.Close)
		s := testenv.Start(t, db, app.Options{Sandbox: true, Connector: rest.Name,
			Adapter:  app.AdapterOptions{URL: adapter.URL, Timeout: 700 * time.Millisecond, Breaker: rest.BreakerSettings{Failures: 3, Open: 500 * time.Millisecond}},
			Payments: app.PaymentOptions{ReconcileAfter: 300 * time.Millisecond, ReconcileEvery: 100 * time.Millisecond}})
		ellie := sandboxToken(t, s, "ellie")
		before := balanceOf(t, s, ellie, "ellie-current")

		t.Run("a payment's lost answer is settled by the adapter's outcome", func(t *testing.T) {
			flaky.set("post-then-hang")
			r := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "10.00"))
			flaky.set("")
			tr := r.JSON(t)
			if r.Status != http.StatusCreated || tr["status"] != "PROCESSING" {
				t.Fatalf("payment with a lost answer = %d %s; want 201 PROCESSING", r.Status, r.Body)
			}
			id := tr["id"].(string)
			deadline := time.Now().Add(10 * time.Second)
			for {
				got := s.Get(t, trBase+"ellie-current/owner/transaction-requests/"+id, auth(ellie)...).JSON(t)
				if got["status"] == "COMPLETED" {
					if ids, _ := got["transaction_ids"].([]any); len(ids) != 1 {
						t.Errorf("completed without its transaction: %v", got)
					}
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("the request is still %v; want the reconciler to complete it from getTransferOutcome", got["status"])
				}
				time.Sleep(100 * time.Millisecond)
			}
			if after := balanceOf(t, s, ellie, "ellie-current"); after == before {
				t.Errorf("balance unchanged (%s): the adapter posted the payment", after)
			}
		})

		t.Run("an undecodable answer is OBP-50200 and tells nothing of the adapter", func(t *testing.T) {
			flaky.set("garbage")
			defer flaky.set("")
			r := s.Do(t, http.MethodPost, trBase+"ellie-current/owner/counterparties", cpBody("Garbage payee"), auth(ellie)...)
			wantOBPError(t, r, 400, "OBP-50200")
			if strings.Contains(string(r.Body), "hunter2") {
				t.Errorf("the adapter's text reached the client: %s", r.Body)
			}
		})

		t.Run("the breaker opens on a failing adapter and closes when it recovers", func(t *testing.T) {
			flaky.set("down")
			var last *testenv.Response
			for range 4 {
				last = s.Get(t, "/obp/v5.1.0/banks/gh.29.uk")
				if strings.Contains(string(last.Body), "hunter2") {
					t.Fatalf("the adapter's text reached the client: %s", last.Body)
				}
			}
			wantOBPError(t, last, 503, "OBP-50503")
			if last.Header.Get("Retry-After") == "" {
				t.Error("503 without Retry-After")
			}
			flaky.set("")
			deadline := time.Now().Add(5 * time.Second)
			for s.Get(t, "/obp/v5.1.0/banks/gh.29.uk").Status != http.StatusOK {
				if time.Now().After(deadline) {
					t.Fatal("the breaker never closed after the adapter recovered")
				}
				time.Sleep(100 * time.Millisecond)
			}
		})
	})
}
