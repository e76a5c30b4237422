package keyring

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"sort"
)

// JWK is a public key as RFC 7517 and RFC 8037 write it.
type JWK struct {
	Kty string `json:"kty"` // OKP
	Crv string `json:"crv"` // Ed25519
	X   string `json:"x"`
	Kid string `json:"kid"`
	Use string `json:"use"` // sig
	Alg string `json:"alg"` // EdDSA
}

func publicJWK(id string, pub ed25519.PublicKey) JWK {
	return JWK{Kty: "OKP", Crv: "Ed25519", X: base64.RawURLEncoding.EncodeToString(pub), Kid: id, Use: "sig", Alg: Algorithm}
}

// Thumbprint is the key's RFC 7638 thumbprint: SHA-256 over its required members in
// lexical order, base64url. It names the key (kid) wherever it travels.
func Thumbprint(pub ed25519.PublicKey) string {
	canonical := `{"crv":"Ed25519","kty":"OKP","x":"` + base64.RawURLEncoding.EncodeToString(pub) + `"}`
	sum := sha256.Sum256([]byte(canonical))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

func sortJWKs(keys []JWK) {
	sort.Slice(keys, func(i, j int) bool { return keys[i].Kid < keys[j].Kid })
}
