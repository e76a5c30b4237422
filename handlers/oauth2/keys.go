package oauth2

import (
	"context"
	"crypto"
	"crypto/rsa"
	_ "crypto/sha256" // registers SHA-256 for crypto.SHA256
	"encoding/base64"
	"math/big"
	"sync"

	"github.com/go-jose/go-jose/v4"
)

// signingKey is the RS256 key of ID tokens, loaded (and on a fresh database made) on
// first use, so that servers that never sign an ID token never pay for an RSA key.
type signingKey struct {
	load func(ctx context.Context) (*rsa.PrivateKey, error)

	mu  sync.Mutex
	key *rsa.PrivateKey
	kid string
}

func (k *signingKey) get(ctx context.Context) (*rsa.PrivateKey, string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.key == nil {
		key, err := k.load(ctx)
		if err != nil {
			return nil, "", err
		}
		k.key, k.kid = key, keyID(&key.PublicKey)
	}
	return k.key, k.kid, nil
}

// keyID is the RFC 7638 thumbprint of the public key.
func keyID(pub *rsa.PublicKey) string {
	sum, err := (&jose.JSONWebKey{Key: pub}).Thumbprint(crypto.SHA256)
	if err != nil {
		return ""
	}
	return base64.RawURLEncoding.EncodeToString(sum)
}

// jwksJSON is a JSON Web Key Set (RFC 7517) of RSA signing keys.
type jwksJSON struct {
	Keys []jwkJSON `json:"keys"`
}

type jwkJSON struct {
	Kty string `json:"kty"`
	Use string `json:"use"`
	Alg string `json:"alg"`
	Kid string `json:"kid"`
	N   string `json:"n"`
	E   string `json:"e"`
}

// jwks is the public half of the ID-token key as a JSON Web Key Set.
func (k *signingKey) jwks(ctx context.Context) (jwksJSON, error) {
	key, kid, err := k.get(ctx)
	if err != nil {
		return jwksJSON{}, err
	}
	e := big.NewInt(int64(key.E)).Bytes()
	return jwksJSON{Keys: []jwkJSON{{Kty: "RSA", Use: "sig", Alg: "RS256", Kid: kid,
		N: base64.RawURLEncoding.EncodeToString(key.N.Bytes()), E: base64.RawURLEncoding.EncodeToString(e)}}}, nil
}
