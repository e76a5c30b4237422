package rest_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path"
	"sync"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/connectors/rest"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/internal/testenv"
)

// tokenAdapter is an adapter that hands out its own opaque data: a token per consent on
// the first call under it, a reference per payment when it posts one; it records the
// opaque data each request carried.
type tokenAdapter struct {
	next http.Handler
	mu   sync.Mutex
	seen map[string][]string // method -> generalContext values sent, "key=value"
}

func (a *tokenAdapter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var out struct {
		Context rest.OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	}
	body, _ := readAll(r)
	_ = json.Unmarshal(body, &out)
	method := path.Base(r.URL.Path)
	a.mu.Lock()
	sentConsent := false
	for _, kv := range out.Context.GeneralContext {
		a.seen[method] = append(a.seen[method], kv.Key+"="+kv.Value)
		sentConsent = sentConsent || kv.Key == rest.OpaqueConsentKey
	}
	a.mu.Unlock()
	rec := httptest.NewRecorder()
	r.Body = http.NoBody
	a.next.ServeHTTP(rec, withBody(r, body))
	var in map[string]any
	_ = json.Unmarshal(rec.Body.Bytes(), &in)
	var extra []rest.KeyValue
	if method == "makePaymentv210" {
		extra = append(extra, rest.KeyValue{Key: rest.OpaquePaymentKey, Value: base64.StdEncoding.EncodeToString([]byte("core-ref-42"))})
	}
	if !sentConsent && out.Context.OutboundAdapterAuthInfo != nil {
		extra = append(extra, rest.KeyValue{Key: rest.OpaqueConsentKey, Value: base64.StdEncoding.EncodeToString([]byte("bank-token-7"))})
	}
	if len(extra) > 0 {
		in["inboundAdapterCallContext"] = map[string]any{"correlationId": out.Context.CorrelationID, "generalContext": extra}
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(in)
}

// A consent's and a payment's opaque data, answered by the adapter, are kept and sent
// back on the next call about them; a call under no consent carries none.
func TestOpaqueDataPerConsentAndPayment(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		m := mapped.NewConnector(db, clock.System)
		a := &tokenAdapter{next: rest.NewAdapter(m, rest.AdapterInfo{}, nil), seen: map[string][]string{}}
		srv := httptest.NewServer(a)
		t.Cleanup(srv.Close)
		store := mapped.NewStore(db, clock.System)
		r := rest.NewConnector(rest.NewClient(srv.URL), rest.WithOpaqueStore(store))

		if _, err := m.CreateOrUpdateBank(ctx, bank.Bank{ID: "opaque.bank", ShortName: "O", FullName: "Opaque"}); err != nil {
			t.Fatal(err)
		}
		underConsent := call.With(ctx, call.Context{CorrelationID: "c", UserID: "consent-user", ConsentID: "consent-1",
			AuthContext: func(context.Context) ([]call.KeyValue, error) { return nil, nil }})
		for range 2 {
			if _, err := r.GetBank(underConsent, "opaque.bank"); err != nil {
				t.Fatal(err)
			}
		}
		if got, found, _ := store.LoadOpaque(ctx, port.OpaqueConsent, "consent-1"); !found || string(got) != "bank-token-7" {
			t.Fatalf("consent's opaque data = %q, %v; want the adapter's token kept", got, found)
		}
		want := rest.OpaqueConsentKey + "=" + base64.StdEncoding.EncodeToString([]byte("bank-token-7"))
		if seen := a.seen["getBank"]; len(seen) != 1 || seen[0] != want {
			t.Errorf("getBank carried %v; want the token on the second call only", seen)
		}

		for _, id := range []string{"from", "to"} {
			if _, err := m.CreateBankAccount(ctx, account.Account{BankID: "opaque.bank", ID: id, Label: id,
				Balance: money.Money{Currency: "EUR", Minor: 10_000}}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := r.MakePayment(ctx, transaction.Transfer{ID: "tr-1", From: account.Ref{BankID: "opaque.bank", AccountID: "from"},
			To: account.Ref{BankID: "opaque.bank", AccountID: "to"}, Amount: money.Money{Currency: "EUR", Minor: 100}, Type: "ACCOUNT"}); err != nil {
			t.Fatal(err)
		}
		if _, posted, err := r.DebitLegOf(ctx, "tr-1"); err != nil || !posted {
			t.Fatalf("DebitLegOf = %v, %v", posted, err)
		}
		want = rest.OpaquePaymentKey + "=" + base64.StdEncoding.EncodeToString([]byte("core-ref-42"))
		if seen := a.seen["getTransferOutcome"]; len(seen) != 1 || seen[0] != want {
			t.Errorf("getTransferOutcome carried %v; want the payment's reference", seen)
		}
	})
}

// A call made for an API request with an Idempotency-Key carries the key to the adapter.
func TestIdempotencyKeyTravels(t *testing.T) {
	occ, err := rest.NewOutboundContext(idempotency.WithKey(context.Background(), "key-123"), call.Context{CorrelationID: "c"})
	if err != nil {
		t.Fatal(err)
	}
	if len(occ.GeneralContext) != 1 || occ.GeneralContext[0] != (rest.KeyValue{Key: rest.IdempotencyKey, Value: "key-123"}) {
		t.Errorf("generalContext = %v; want the Idempotency-Key", occ.GeneralContext)
	}
}
