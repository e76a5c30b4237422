package rest

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// leak is adapter text that must reach the log at most, never the API client.
const leak = "sk_live_4eC39HqLyjWDarjtT1zdp7dc core stack trace"

// misbehaviour is one way an adapter answers badly, and what each client method makes of it.
type misbehaviour struct {
	name      string
	serve     http.HandlerFunc // nil: nothing listens, the connection is refused
	opts      []Option
	getBank   *obperr.Code // what GetBank returns
	account   *obperr.Code // what CheckBankAccountExists returns
	payment   *obperr.Code // what MakePaymentv210 returns; nil: an unknown outcome
	logDetail string       // what the error's text (the log) says
}

func misbehaviours() []misbehaviour {
	return []misbehaviour{
		{name: "malformed JSON", serve: func(w http.ResponseWriter, _ *http.Request) {
			_, _ = io.WriteString(w, `{"status": {"errorCode": "", "backendMessages": [{"text": "`+leak+`"}]`)
		}, getBank: obperr.InvalidConnectorResponse, account: obperr.InvalidConnectorResponseForGetBankAccount,
			logDetail: "undecodable answer"},
		{name: "data an array where an object is expected", serve: func(w http.ResponseWriter, _ *http.Request) {
			_, _ = io.WriteString(w, `{"inboundAdapterCallContext": {}, "status": {"errorCode": ""}, "data": ["`+leak+`"]}`)
		}, getBank: obperr.InvalidConnectorResponse, account: obperr.InvalidConnectorResponseForGetBankAccount,
			logDetail: "undecodable answer"},
		{name: "HTTP 500 with a secret in its body", serve: func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, leak, http.StatusInternalServerError)
		}, getBank: obperr.AdapterException, account: obperr.AdapterException, logDetail: "HTTP 500"},
		{name: "an answer slower than the timeout", serve: func(_ http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body) // then the server notices the client leave
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		}, opts: []Option{WithTimeout(50 * time.Millisecond)},
			getBank: obperr.RequestTimeout, account: obperr.RequestTimeout, logDetail: "timed out"},
		{name: "a streamed answer beyond the bound", serve: func(w http.ResponseWriter, _ *http.Request) {
			hugeAnswer(w)
		}, opts: []Option{WithMaxAnswer(1024)}, getBank: obperr.InvalidConnectorResponse,
			account: obperr.InvalidConnectorResponseForGetBankAccount, logDetail: "answer too large: more than 1024 bytes"},
		{name: "an announced answer beyond the bound", serve: func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Length", strconv.Itoa(1<<20))
			hugeAnswer(w)
		}, opts: []Option{WithMaxAnswer(1024)}, getBank: obperr.InvalidConnectorResponse,
			account: obperr.InvalidConnectorResponseForGetBankAccount, logDetail: "answer too large: more than 1024 bytes"},
		{name: "the connection closed without an answer", serve: func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
				_ = conn.Close()
			}
		}, getBank: obperr.AdapterException, account: obperr.AdapterException, logDetail: "EOF"},
		// Nothing was sent, so a payment is refused rather than left unknown.
		{name: "the connection refused", getBank: obperr.AdapterException, account: obperr.AdapterException,
			payment: obperr.AdapterException, logDetail: "unreachable, not sent"},
		{name: "an errorCode", serve: func(w http.ResponseWriter, _ *http.Request) {
			reply(w, Status{ErrorCode: "CORE-500", BackendMessages: []BackendMessage{{Text: leak}}}, nil)
		}, getBank: obperr.InvalidConnectorResponse, account: obperr.InvalidConnectorResponseForGetBankAccount,
			payment: obperr.InvalidConnectorResponseForMakePayment, logDetail: leak},
	}
}

// hugeAnswer is a well-formed getBank answer of about 64 KiB, streamed.
func hugeAnswer(w http.ResponseWriter) {
	_, _ = io.WriteString(w, `{"inboundAdapterCallContext": {}, "status": {"errorCode": ""}, "data": {"bankId": {"value": "b"}, "fullName": "`)
	for range 64 {
		_, _ = io.WriteString(w, strings.Repeat("x", 1024))
	}
	_, _ = io.WriteString(w, `"}}`)
}

// adapterURL serves m, or is an address where nothing listens.
func adapterURL(t *testing.T, m misbehaviour) string {
	t.Helper()
	if m.serve == nil {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		_ = l.Close()
		return "http://" + l.Addr().String() + "/restConnector"
	}
	srv := httptest.NewServer(m.serve)
	t.Cleanup(srv.Close)
	return srv.URL + "/restConnector"
}

func TestAMisbehavingAdapterGivesOBPErrorsThatShowNothingOfIt(t *testing.T) {
	for _, m := range misbehaviours() {
		t.Run(m.name, func(t *testing.T) {
			url := adapterURL(t, m)
			calls := map[string]struct {
				call func(*Client) error
				want *obperr.Code
			}{
				"GetBank": {func(c *Client) error { _, err := c.GetBank(callCtx(), "b"); return err }, m.getBank},
				"CheckBankAccountExists": {func(c *Client) error {
					_, err := c.CheckBankAccountExists(callCtx(), account.Ref{BankID: "b", AccountID: "a"})
					return err
				}, m.account},
				"MakePaymentv210": {func(c *Client) error { _, err := c.MakePaymentv210(callCtx(), payment()); return err }, m.payment},
			}
			for name, tc := range calls {
				// A client each, so one call's failures do not open the breaker for the next.
				c := NewClient(url, append([]Option{WithTimeout(2 * time.Second), WithReadRetries(3, time.Millisecond)}, m.opts...)...)
				err := tc.call(c)
				if err == nil || !strings.Contains(err.Error(), m.logDetail) {
					t.Errorf("%s: the log reads %v, want it to say %q", name, err, m.logDetail)
				}
				var unknown *OutcomeUnknownError
				if tc.want == nil {
					if _, isOBP := obperr.As(err); isOBP || !errors.As(err, &unknown) {
						t.Errorf("%s: %v, want an unknown outcome", name, err)
					}
					continue
				}
				e, isOBP := obperr.As(err)
				if !isOBP || e.Code != tc.want || errors.As(err, &unknown) {
					t.Errorf("%s: %v, want %s", name, err, tc.want.ID)
					continue
				}
				if msg := e.ClientMessage(); msg != tc.want.Message() || strings.Contains(msg, "sk_live") {
					t.Errorf("%s: the client reads %q, want only %q", name, msg, tc.want.Message())
				}
			}
		})
	}
}

// An OBP adapter's more specific "not found by routing" (OBP-30073) is the port's
// BankAccountNotFound.
func TestNotFoundByRoutingIsNotFound(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte(`{"inboundAdapterCallContext": {"correlationId": "c"}, "status": {"errorCode": "OBP-30073: Bank Account not found.", "backendMessages": []}, "data": null}`))
	}))
	defer srv.Close()
	_, err := NewConnector(NewClient(srv.URL)).GetBankAccountByRouting(context.Background(), routing.Routing{Scheme: "IBAN", Address: "DE89370400440532013000"})
	if !errors.Is(err, obperr.BankAccountNotFound) {
		t.Errorf("OBP-30073 answered %v; want BankAccountNotFound", err)
	}
}
