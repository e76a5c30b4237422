package keyring

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"strings"

	"github.com/obp-go/obp/domain/ids"
)

// Sealer encrypts private keys at rest with AES-256-GCM under a key derived from a secret
// the operator keeps outside the database (OBP_KEY_ENCRYPTION_KEY). The key's id is the
// additional data, so a sealed key moved to another row does not open. A nil Sealer keeps
// keys in plain (the embedded sandbox's default), marked as such.
type Sealer struct{ aead cipher.AEAD }

// MinSecretLength is the shortest secret NewSealer takes.
const MinSecretLength = 32

// NewSealer derives the sealing key from secret; "" gives a nil Sealer (no sealing).
func NewSealer(secret string) (*Sealer, error) {
	if secret == "" {
		return nil, nil
	}
	if len(secret) < MinSecretLength {
		return nil, errors.New("key encryption secret must be at least 32 characters")
	}
	sum := sha256.Sum256([]byte("obp keyring v1\x00" + secret))
	block, err := aes.NewCipher(sum[:])
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Sealer{aead: aead}, nil
}

const (
	sealedPrefix = "aes256gcm:"
	plainPrefix  = "plain:"
)

// Seal returns the stored form of a private key.
func (s *Sealer) Seal(id string, secret []byte) string {
	if s == nil {
		return plainPrefix + base64.StdEncoding.EncodeToString(secret)
	}
	nonce := ids.Bytes(s.aead.NonceSize())
	return sealedPrefix + base64.StdEncoding.EncodeToString(s.aead.Seal(nonce, nonce, secret, []byte(id)))
}

// ErrSealedWithoutKey means a key was sealed and no secret to open it is configured.
var ErrSealedWithoutKey = errors.New("the private key is encrypted and OBP_KEY_ENCRYPTION_KEY is not set")

// Open returns a private key from its stored form, and whether it was stored in plain.
func (s *Sealer) Open(id, stored string) (secret []byte, plain bool, err error) {
	switch {
	case strings.HasPrefix(stored, plainPrefix):
		secret, err = base64.StdEncoding.DecodeString(strings.TrimPrefix(stored, plainPrefix))
		return secret, true, err
	case strings.HasPrefix(stored, sealedPrefix):
		if s == nil {
			return nil, false, ErrSealedWithoutKey
		}
		raw, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(stored, sealedPrefix))
		if err != nil || len(raw) < s.aead.NonceSize() {
			return nil, false, errors.New("sealed private key is malformed")
		}
		n := s.aead.NonceSize()
		secret, err = s.aead.Open(nil, raw[:n], raw[n:], []byte(id))
		if err != nil {
			return nil, false, errors.New("sealed private key does not open with OBP_KEY_ENCRYPTION_KEY (wrong secret?)")
		}
		return secret, false, nil
	}
	return nil, false, errors.New("private key is in an unknown form")
}
