package rest

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
)

var (
	testSecret = []byte("0123456789abcdef0123456789abcdef") // 32 bytes, the README's example
	signedAt   = time.Unix(1700000000, 0)
)

func at(t time.Time) func() time.Time { return func() time.Time { return t } }

// The README's worked example for adapter authors; this test keeps it true.
const (
	examplePath = "/restConnector/getBank"
	exampleBody = `{"outboundAdapterCallContext":{"correlationId":"c-1"},"bankId":{"value":"gh.29.uk"}}`
	exampleSign = "RDdddSp/c2K2v5X7gDApnjF8/pIjxBmUIyuvJI4uQVY="
)

func TestTheREADMEsHMACExampleIsWhatTheSignerSends(t *testing.T) {
	s, err := NewHMACSigner(testSecret)
	if err != nil {
		t.Fatal(err)
	}
	s.Clock = at(signedAt)
	h := http.Header{}
	if err := s.Sign(h, examplePath, []byte(exampleBody)); err != nil {
		t.Fatal(err)
	}
	if h.Get(HeaderTimestamp) != "1700000000" || h.Get(HeaderSign) != exampleSign {
		t.Fatalf("headers = %v, want x-timestamp 1700000000 and x-sign %s", h, exampleSign)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{string(testSecret), "1700000000", examplePath, exampleBody, exampleSign} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("README.md does not show %q", want)
		}
	}
}

func TestAShortHMACSecretIsRefused(t *testing.T) {
	if _, err := NewHMACSigner(testSecret[:31]); err == nil {
		t.Error("signer accepted a 31-byte secret")
	}
	if _, err := NewHMACVerifier(nil); err == nil {
		t.Error("verifier accepted no secret")
	}
}

func TestAPrintedSignerOrVerifierShowsNoSecret(t *testing.T) {
	s, v := must(NewHMACSigner(testSecret)), must(NewHMACVerifier(testSecret))
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		if out := fmt.Sprintf(format, s) + fmt.Sprintf(format, v); strings.Contains(out, "0123456789") {
			t.Errorf("%s shows the secret: %s", format, out)
		}
	}
}

// scheme is one way of signing, with the verifier that accepts it and one that must not.
type scheme struct {
	signer        *Signer
	verifier      *Verifier
	wrongVerifier *Verifier
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func schemes(t *testing.T) map[string]scheme {
	t.Helper()
	ed, otherEd, es := ed25519Key(t), ed25519Key(t), es256Key(t)
	return map[string]scheme{
		"HMAC": {must(NewHMACSigner(testSecret)), must(NewHMACVerifier(testSecret)),
			must(NewHMACVerifier([]byte("another secret of thirty-two bytes")))},
		// The server's way: an Ed25519 key, checked against its JWKS by kid.
		"JWS EdDSA, JWKS": {must(NewJWSSigner(ed, "k1")), must(NewJWSVerifier(jwks("k1", ed.Public()))),
			must(NewJWSVerifier(jwks("k1", otherEd.Public())))},
		"JWS ES256, public key": {must(NewJWSSigner(es, "k2")), must(NewJWSVerifier(&es.PublicKey)),
			must(NewJWSVerifier(&es256Key(t).PublicKey))},
	}
}

func ed25519Key(t *testing.T) ed25519.PrivateKey {
	t.Helper()
	_, k, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func es256Key(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func jwks(kid string, pub any) *jose.JSONWebKeySet {
	return &jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: pub, KeyID: kid, Use: "sig"}}}
}

func TestASignedMessageIsAcceptedOnlyAsSigned(t *testing.T) {
	body := []byte(exampleBody)
	for name, sc := range schemes(t) {
		sc.signer.Clock = at(signedAt)
		h := http.Header{}
		if err := sc.signer.Sign(h, examplePath, body); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		unsigned := http.Header{}
		unsigned.Set(HeaderTimestamp, h.Get(HeaderTimestamp))
		cases := []struct {
			what   string
			v      *Verifier
			now    time.Time
			h      http.Header
			path   string
			body   []byte
			reason error
		}{
			{"as signed", sc.verifier, signedAt.Add(time.Minute), h, examplePath, body, nil},
			{"tampered body", sc.verifier, signedAt, h, examplePath, []byte(strings.Replace(exampleBody, "gh.29.uk", "gh.29.ul", 1)), ErrBadSignature},
			{"wrong path", sc.verifier, signedAt, h, "/restConnector/getBanks", body, ErrBadSignature},
			{"stale", sc.verifier, signedAt.Add(DefaultSignatureWindow + time.Second), h, examplePath, body, ErrStale},
			{"from the future", sc.verifier, signedAt.Add(-DefaultSignatureWindow - time.Second), h, examplePath, body, ErrStale},
			{"wrong key", sc.wrongVerifier, signedAt, h, examplePath, body, ErrBadSignature},
			{"unsigned", sc.verifier, signedAt, unsigned, examplePath, body, ErrUnsigned},
			{"no timestamp", sc.verifier, signedAt, http.Header{}, examplePath, body, ErrUnsigned},
		}
		for _, tc := range cases {
			tc.v.Clock = at(tc.now)
			err := tc.v.Verify(tc.h, tc.path, tc.body)
			if (tc.reason == nil) != (err == nil) || tc.reason != nil && !errors.Is(err, tc.reason) {
				t.Errorf("%s, %s: Verify = %v, want %v", name, tc.what, err, tc.reason)
			}
			if err != nil && strings.Contains(err.Error(), string(testSecret)) {
				t.Errorf("%s, %s: the error shows the secret: %v", name, tc.what, err)
			}
		}
	}
}

func TestAMovedTimestampBreaksTheSignature(t *testing.T) {
	for name, sc := range schemes(t) {
		sc.signer.Clock = at(signedAt)
		h := http.Header{}
		_ = sc.signer.Sign(h, examplePath, []byte(exampleBody))
		h.Set(HeaderTimestamp, "1700000001")
		sc.verifier.Clock = at(signedAt)
		if err := sc.verifier.Verify(h, examplePath, []byte(exampleBody)); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s: Verify = %v, want ErrBadSignature", name, err)
		}
	}
}

func TestAJWSOfAnotherKidOrAlgorithmIsRefused(t *testing.T) {
	key := ed25519Key(t)
	v := must(NewJWSVerifier(jwks("k1", key.Public())))
	h := http.Header{}
	_ = must(NewJWSSigner(key, "k9")).Sign(h, examplePath, []byte(exampleBody))
	if err := v.Verify(h, examplePath, []byte(exampleBody)); !errors.Is(err, ErrBadSignature) {
		t.Errorf("unknown kid: Verify = %v, want ErrBadSignature", err)
	}
	// An HS256 JWS keyed with something public must not pass for a signature.
	ts := h.Get(HeaderTimestamp)
	hs := must(jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: testSecret},
		(&jose.SignerOptions{}).WithHeader("kid", "k1")))
	compact := must(must(hs.Sign(signedBytes(ts, examplePath, []byte(exampleBody)))).DetachedCompactSerialize())
	h.Set(HeaderJWS, compact)
	if err := v.Verify(h, examplePath, []byte(exampleBody)); !errors.Is(err, ErrBadSignature) {
		t.Errorf("HS256: Verify = %v, want ErrBadSignature", err)
	}
}

func TestAnAdapterVerifiesTheRequestAndSignsItsAnswer(t *testing.T) {
	for name, sc := range schemes(t) {
		req := httptest.NewRequest(http.MethodPost, "http://adapter"+examplePath, strings.NewReader(exampleBody))
		if err := sc.signer.Sign(req.Header, examplePath, []byte(exampleBody)); err != nil {
			t.Fatal(err)
		}
		if err := sc.verifier.VerifyRequest(req, []byte(exampleBody)); err != nil {
			t.Errorf("%s: VerifyRequest = %v", name, err)
		}
		w := httptest.NewRecorder()
		answer := []byte(`{"data":{}}`)
		if err := sc.signer.SignAnswer(w, req.URL.Path, answer); err != nil {
			t.Fatal(err)
		}
		if err := sc.verifier.Verify(w.Header(), examplePath, answer); err != nil {
			t.Errorf("%s: the signed answer does not verify: %v", name, err)
		}
	}
}

func TestAJWSKeyMustBeEd25519OrP256(t *testing.T) {
	p384, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewJWSSigner(p384, "k"); err == nil {
		t.Error("signer accepted a P-384 key")
	}
	if _, err := NewJWSVerifier(&p384.PublicKey); err == nil {
		t.Error("verifier accepted a P-384 key")
	}
	if _, err := NewJWSVerifier(testSecret); err == nil {
		t.Error("verifier accepted a byte slice")
	}
}
