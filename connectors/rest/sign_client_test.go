package rest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

// signingAdapter checks each request with requests and signs its answer with answers
// (nil: unsigned), answering a bank and a transaction id.
func signingAdapter(t *testing.T, requests *Verifier, answers *Signer) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := requests.VerifyRequest(r, body); err != nil {
			http.Error(w, "request refused", http.StatusUnauthorized)
			return
		}
		var data any = BankCommons{BankID: ID{"b"}}
		if r.URL.Path == "/restConnector/makePaymentv210" {
			data = ID{"tx-1"}
		}
		var answer bytes.Buffer
		_ = json.NewEncoder(&answer).Encode(map[string]any{"inboundAdapterCallContext": map[string]any{}, "status": ok, "data": data})
		if answers != nil {
			if err := answers.SignAnswer(w, r.URL.Path, answer.Bytes()); err != nil {
				t.Error(err)
			}
		}
		_, _ = w.Write(answer.Bytes())
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/restConnector"
}

func TestASignedClientTalksToASigningAdapter(t *testing.T) {
	serverKey, adapterKey := ed25519Key(t), es256Key(t)
	cases := map[string]struct{ client, adapter scheme }{
		"HMAC": {
			scheme{signer: must(NewHMACSigner(testSecret)), verifier: must(NewHMACVerifier(testSecret))},
			scheme{signer: must(NewHMACSigner(testSecret)), verifier: must(NewHMACVerifier(testSecret))}},
		"JWS": {
			scheme{signer: must(NewJWSSigner(serverKey, "server-1")), verifier: must(NewJWSVerifier(&adapterKey.PublicKey))},
			scheme{signer: must(NewJWSSigner(adapterKey, "adapter-1")), verifier: must(NewJWSVerifier(jwks("server-1", serverKey.Public())))}},
	}
	for name, tc := range cases {
		url := signingAdapter(t, tc.adapter.verifier, tc.adapter.signer)
		c := NewClient(url, WithRequestSigning(tc.client.signer), WithSignedAnswers(tc.client.verifier))
		if b, err := c.GetBank(callCtx(), "b"); err != nil || b.ID != "b" {
			t.Errorf("%s: GetBank = %+v, %v", name, b, err)
		}
		if id, err := c.MakePaymentv210(callCtx(), payment()); err != nil || id != "tx-1" {
			t.Errorf("%s: MakePaymentv210 = %q, %v", name, id, err)
		}
	}
}

func TestAnUnsignedOrStaleAnswerIsRefusedAsInvalid(t *testing.T) {
	hmacV := must(NewHMACVerifier(testSecret))
	stale := must(NewHMACSigner(testSecret))
	stale.Clock = at(time.Now().Add(-DefaultSignatureWindow - time.Minute))
	for name, answers := range map[string]*Signer{"unsigned": nil, "stale": stale,
		"signed with another secret": must(NewHMACSigner([]byte("another secret of thirty-two bytes")))} {
		url := signingAdapter(t, hmacV, answers)
		c := NewClient(url, WithRequestSigning(must(NewHMACSigner(testSecret))), WithSignedAnswers(hmacV), WithReadRetries(1, 0))
		_, err := c.GetBank(callCtx(), "b")
		var se *answerSignatureError
		if !errors.Is(err, obperr.InvalidConnectorResponse) || !errors.As(err, &se) {
			t.Errorf("%s: GetBank = %v, want OBP-50200 for a refused answer", name, err)
		}
		_, err = c.MakePaymentv210(callCtx(), payment())
		var unknown *OutcomeUnknownError
		if !errors.As(err, &unknown) {
			t.Errorf("%s: MakePaymentv210 = %v, want an unknown outcome", name, err)
		}
	}
}

func TestAnAdapterRefusesAnUnsignedClient(t *testing.T) {
	c := NewClient(signingAdapter(t, must(NewHMACVerifier(testSecret)), nil), WithReadRetries(1, 0))
	var he *HTTPStatusError
	if _, err := c.GetBank(callCtx(), "b"); !errors.As(err, &he) || he.StatusCode != http.StatusUnauthorized {
		t.Fatalf("GetBank = %v, want the adapter's 401", err)
	}
}
