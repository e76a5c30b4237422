package rest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/hmac"
	"fmt"
	"net/http"
	"strconv"
	"time"

	jose "github.com/go-jose/go-jose/v4"

	"github.com/obp-go/obp/domain/clock"
)

// Verifier checks signed messages: an adapter the client's requests, the client its
// adapter's answers. A message is refused when unsigned, badly signed, or stamped outside
// the window (a replay of an old message, or a clock far off).
type Verifier struct {
	Clock  clock.Clock   // the zero value is the system clock
	Window time.Duration // zero: DefaultSignatureWindow
	secret []byte
	keys   any // jose.JSONWebKeySet, ed25519.PublicKey or *ecdsa.PublicKey
}

// NewHMACVerifier checks x-sign under the shared secret.
func NewHMACVerifier(secret []byte) (*Verifier, error) {
	if len(secret) < MinHMACSecret {
		return nil, fmt.Errorf("rest: the HMAC secret has %d bytes, at least %d are needed", len(secret), MinHMACSecret)
	}
	return &Verifier{secret: bytes.Clone(secret)}, nil
}

// NewJWSVerifier checks x-jws-signature against keys: a jose.JSONWebKeySet (the key is
// chosen by the JWS's kid), an ed25519.PublicKey or an ECDSA P-256 *ecdsa.PublicKey.
func NewJWSVerifier(keys any) (*Verifier, error) {
	switch k := keys.(type) {
	case *jose.JSONWebKeySet:
		keys = *k
	case jose.JSONWebKeySet, ed25519.PublicKey:
	case *ecdsa.PublicKey:
		if _, err := jwsAlgorithm(k); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("rest: a JWS verifier needs a JWKS or an Ed25519 or ECDSA public key, not %T", keys)
	}
	return &Verifier{keys: keys}, nil
}

// VerifyRequest checks a request to an adapter, whose body the adapter has read.
func (v *Verifier) VerifyRequest(r *http.Request, body []byte) error {
	return v.Verify(r.Header, r.URL.EscapedPath(), body)
}

// Verify checks the message to path with body whose headers are h. The errors wrap
// ErrUnsigned, ErrBadSignature or ErrStale.
func (v *Verifier) Verify(h http.Header, path string, body []byte) error {
	ts := h.Get(HeaderTimestamp)
	if ts == "" {
		return fmt.Errorf("%w: no %s", ErrUnsigned, HeaderTimestamp)
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: %s is not epoch seconds", ErrBadSignature, HeaderTimestamp)
	}
	signed := signedBytes(ts, path, body)
	if v.secret != nil {
		err = v.verifyHMAC(h, signed)
	} else {
		err = v.verifyJWS(h, signed, sec)
	}
	if err != nil {
		return err
	}
	window := v.Window
	if window <= 0 {
		window = DefaultSignatureWindow
	}
	if age := v.Clock.Now().Sub(time.Unix(sec, 0)); age > window || age < -window {
		return fmt.Errorf("%w: stamped %s away from now, %s allowed", ErrStale, age.Round(time.Second), window)
	}
	return nil
}

func (v *Verifier) verifyHMAC(h http.Header, signed []byte) error {
	got := h.Get(HeaderSign)
	if got == "" {
		return fmt.Errorf("%w: no %s", ErrUnsigned, HeaderSign)
	}
	if !hmac.Equal([]byte(got), []byte(hmacSHA256(v.secret, signed))) {
		return fmt.Errorf("%w: %s", ErrBadSignature, HeaderSign)
	}
	return nil
}

func (v *Verifier) verifyJWS(h http.Header, signed []byte, sec int64) error {
	got := h.Get(HeaderJWS)
	if got == "" {
		return fmt.Errorf("%w: no %s", ErrUnsigned, HeaderJWS)
	}
	jws, err := jose.ParseDetached(got, signed, jwsAlgorithms)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrBadSignature, HeaderJWS, err)
	}
	if err := jws.DetachedVerify(signed, v.keys); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrBadSignature, HeaderJWS, err)
	}
	// JSON numbers decode as float64; epoch seconds fit exactly.
	if iat, ok := jws.Signatures[0].Protected.ExtraHeaders["iat"].(float64); !ok || int64(iat) != sec {
		return fmt.Errorf("%w: the JWS iat is not the %s", ErrBadSignature, HeaderTimestamp)
	}
	return nil
}

// String and GoString keep the secret out of any printout of the verifier.
func (v *Verifier) String() string {
	if v.secret != nil {
		return "rest.Verifier(HMAC)"
	}
	return "rest.Verifier(JWS)"
}
func (v *Verifier) GoString() string { return v.String() }
