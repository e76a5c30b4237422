package rest

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/cryptosigner"

	"github.com/obp-go/obp/domain/clock"
)

// The headers of a signed message: requests and answers alike.
const (
	HeaderTimestamp = "x-timestamp"     // epoch seconds, decimal
	HeaderSign      = "x-sign"          // HMAC: base64 (standard, padded) of HMAC-SHA256
	HeaderJWS       = "x-jws-signature" // JWS: compact serialisation with a detached payload
)

// DefaultSignatureWindow is how far a message's x-timestamp may be from the receiver's
// clock, either way, before it is refused as stale or replayed.
const DefaultSignatureWindow = 5 * time.Minute

// MinHMACSecret is the shortest shared secret accepted: the size of an HMAC-SHA256 key.
const MinHMACSecret = 32

// The ways a signed message is refused. None carries a key or a secret.
var (
	ErrUnsigned     = errors.New("message is not signed")
	ErrBadSignature = errors.New("signature does not match the message")
	ErrStale        = errors.New("x-timestamp is outside the accepted window")
)

// jwsAlgorithms are the algorithms a JWS may name; anything else is refused before any
// key is looked at.
var jwsAlgorithms = []jose.SignatureAlgorithm{jose.EdDSA, jose.ES256}

// signedBytes is what a signature covers: x-timestamp, the request's URI path (escaped,
// without query) and the body, concatenated with no separator. The timestamp is digits
// and an escaped path starts with "/" and holds no "{", so the parts cannot run together.
func signedBytes(ts, path string, body []byte) []byte {
	b := make([]byte, 0, len(ts)+len(path)+len(body))
	return append(append(append(b, ts...), path...), body...)
}

// Signer signs messages: the client its requests, an adapter its answers.
type Signer struct {
	Clock  clock.Clock // the zero value is the system clock
	secret []byte
	key    jose.OpaqueSigner
	alg    jose.SignatureAlgorithm
	keyID  string
	// current, when set, is asked for the key at each signature: a key ring that rotates.
	current func() (keyID string, key crypto.Signer)
}

// NewHMACSigner signs with HMAC-SHA256 under a shared secret of at least MinHMACSecret bytes.
func NewHMACSigner(secret []byte) (*Signer, error) {
	if len(secret) < MinHMACSecret {
		return nil, fmt.Errorf("rest: the HMAC secret has %d bytes, at least %d are needed", len(secret), MinHMACSecret)
	}
	return &Signer{secret: bytes.Clone(secret)}, nil
}

// NewJWSSigner signs with key (Ed25519: EdDSA; ECDSA P-256: ES256), naming keyID as kid so
// the receiver can pick the key from a JWKS.
func NewJWSSigner(key crypto.Signer, keyID string) (*Signer, error) {
	alg, err := jwsAlgorithm(key.Public())
	if err != nil {
		return nil, err
	}
	return &Signer{key: cryptosigner.Opaque(key), alg: alg, keyID: keyID}, nil
}

// NewRotatingJWSSigner signs with whatever key current names at the time of signing (a
// key ring's current key, published in its JWKS), so that a rotation needs no restart.
func NewRotatingJWSSigner(current func() (keyID string, key crypto.Signer)) *Signer {
	return &Signer{current: current}
}

func jwsAlgorithm(pub crypto.PublicKey) (jose.SignatureAlgorithm, error) {
	switch k := pub.(type) {
	case ed25519.PublicKey:
		return jose.EdDSA, nil
	case *ecdsa.PublicKey:
		if k.Curve == elliptic.P256() {
			return jose.ES256, nil
		}
	}
	return "", fmt.Errorf("rest: a JWS key must be Ed25519 or ECDSA P-256, not %T", pub)
}

// Sign sets x-timestamp and the signature of a message to path with body on h.
func (s *Signer) Sign(h http.Header, path string, body []byte) error {
	now := s.Clock.Now().Unix()
	ts := strconv.FormatInt(now, 10)
	signed := signedBytes(ts, path, body)
	if s.secret != nil {
		h.Set(HeaderTimestamp, ts)
		h.Set(HeaderSign, hmacSHA256(s.secret, signed))
		return nil
	}
	key, alg, keyID := s.key, s.alg, s.keyID
	if s.current != nil {
		id, k := s.current()
		if k == nil {
			return errors.New("rest: no JWS signing key yet")
		}
		a, err := jwsAlgorithm(k.Public())
		if err != nil {
			return err
		}
		key, alg, keyID = cryptosigner.Opaque(k), a, id
	}
	// The timestamp is in the protected header too, so the JWS alone says when it was made.
	opts := (&jose.SignerOptions{}).WithHeader("iat", now)
	js, err := jose.NewSigner(jose.SigningKey{Algorithm: alg, Key: jose.JSONWebKey{Key: key, KeyID: keyID}}, opts)
	if err != nil {
		return fmt.Errorf("rest: JWS signer: %w", err)
	}
	sig, err := js.Sign(signed)
	if err != nil {
		return fmt.Errorf("rest: JWS signing: %w", err)
	}
	compact, err := sig.DetachedCompactSerialize()
	if err != nil {
		return fmt.Errorf("rest: JWS serialisation: %w", err)
	}
	h.Set(HeaderTimestamp, ts)
	h.Set(HeaderJWS, compact)
	return nil
}

// SignAnswer signs an adapter's answer body to the request at requestPath; call it before
// writing the status or the body.
func (s *Signer) SignAnswer(w http.ResponseWriter, requestPath string, body []byte) error {
	return s.Sign(w.Header(), requestPath, body)
}

func hmacSHA256(secret, signed []byte) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write(signed)
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// String and GoString keep the secret out of any printout of the signer.
func (s *Signer) String() string {
	if s.secret != nil {
		return "rest.Signer(HMAC)"
	}
	return fmt.Sprintf("rest.Signer(%s, kid %q)", s.alg, s.keyID)
}
func (s *Signer) GoString() string { return s.String() }
