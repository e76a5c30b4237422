// Package keyring keeps the server's asymmetric signing keys for one purpose (Consent-JWTs
// today): Ed25519 keys in the database, one that signs and any number of retired ones that
// still verify, so that a key can be rotated without invalidating what it signed. Private
// halves are sealed at rest with a key from the environment when one is configured; public
// halves are published as a JWKS, so that a bank or an auditor can verify offline.
//
// Ed25519 (JWS "EdDSA") rather than ES256: its signatures are deterministic, so a JWT can
// be signed again from its stored claims byte for byte, and the server never has to store
// a bearer token it issued.
package keyring

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/obp-go/obp/domain/clock"
)

// Algorithm is the JWS algorithm of every key here.
const Algorithm = "EdDSA"

// Stored is a key as the store keeps it: the private half sealed (see Sealer).
type Stored struct {
	ID        string // the JWK thumbprint (RFC 7638), used as the JWS "kid"
	Purpose   string
	Algorithm string
	Public    []byte // 32 bytes
	Private   string // sealed
	Signing   bool   // the one key that signs new tokens
	CreatedAt time.Time
}

// Store keeps keys. At most one key per purpose signs: the store enforces it.
type Store interface {
	SigningKeys(ctx context.Context, purpose string) ([]Stored, error)
	// AddSigningKey stores k as the signing key unless one signs already; ok tells which.
	AddSigningKey(ctx context.Context, k Stored) (ok bool, err error)
	// RotateSigningKey retires the purpose's signing key and stores k as the signing key,
	// in one transaction.
	RotateSigningKey(ctx context.Context, k Stored) error
	// ResealKey replaces a key's sealed private half (sealing plain keys at start).
	ResealKey(ctx context.Context, id, private string) error
}

// key is a key in memory.
type key struct {
	id      string
	public  ed25519.PublicKey
	private ed25519.PrivateKey
	signing bool
}

// reloadEvery bounds how often an unknown key id makes the ring read the store again.
const reloadEvery = 10 * time.Second

// Keyring is one purpose's keys.
type Keyring struct {
	store   Store
	sealer  *Sealer
	purpose string
	clock   clock.Clock

	mu         sync.RWMutex
	keys       map[string]key
	signing    key
	lastReload time.Time
}

// Open loads the purpose's keys, creating the first one when there is none. With a
// sealer, keys stored in plain are sealed now; without one, a sealed key is an error
// that names the missing configuration.
func Open(ctx context.Context, store Store, purpose string, sealer *Sealer, clk clock.Clock) (*Keyring, error) {
	k := &Keyring{store: store, sealer: sealer, purpose: purpose, clock: clk}
	if err := k.load(ctx); err != nil {
		return nil, err
	}
	if k.signing.id != "" {
		return k, nil
	}
	s, err := k.generate()
	if err != nil {
		return nil, err
	}
	if _, err := store.AddSigningKey(ctx, s); err != nil { // another process may have won: load theirs
		return nil, fmt.Errorf("store %s signing key: %w", purpose, err)
	}
	if err := k.load(ctx); err != nil {
		return nil, err
	}
	if k.signing.id == "" {
		return nil, fmt.Errorf("no %s signing key after creating one", purpose)
	}
	return k, nil
}

func (k *Keyring) generate() (Stored, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return Stored{}, err
	}
	id := Thumbprint(pub)
	return Stored{ID: id, Purpose: k.purpose, Algorithm: Algorithm, Public: pub, Private: k.sealer.Seal(id, priv.Seed()),
		Signing: true, CreatedAt: k.clock.Now()}, nil
}

// load reads every key of the purpose.
func (k *Keyring) load(ctx context.Context) error {
	stored, err := k.store.SigningKeys(ctx, k.purpose)
	if err != nil {
		return fmt.Errorf("load %s keys: %w", k.purpose, err)
	}
	keys := make(map[string]key, len(stored))
	var signing key
	for _, s := range stored {
		seed, plain, err := k.sealer.Open(s.ID, s.Private)
		if err != nil {
			return fmt.Errorf("%s key %s: %w", k.purpose, s.ID, err)
		}
		if len(seed) != ed25519.SeedSize || len(s.Public) != ed25519.PublicKeySize {
			return fmt.Errorf("%s key %s: malformed", k.purpose, s.ID)
		}
		if plain && k.sealer != nil {
			if err := k.store.ResealKey(ctx, s.ID, k.sealer.Seal(s.ID, seed)); err != nil {
				return fmt.Errorf("seal %s key %s: %w", k.purpose, s.ID, err)
			}
		}
		kk := key{id: s.ID, public: ed25519.PublicKey(s.Public), private: ed25519.NewKeyFromSeed(seed), signing: s.Signing}
		if !kk.private.Public().(ed25519.PublicKey).Equal(kk.public) {
			return fmt.Errorf("%s key %s: private and public halves do not match", k.purpose, s.ID)
		}
		keys[s.ID] = kk
		if s.Signing {
			signing = kk
		}
	}
	k.mu.Lock()
	k.keys, k.signing, k.lastReload = keys, signing, k.clock.Now()
	k.mu.Unlock()
	return nil
}

// SigningKey is the key that signs new tokens: its id and private half.
func (k *Keyring) SigningKey() (id string, private ed25519.PrivateKey) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	return k.signing.id, k.signing.private
}

// PrivateKey is the private half of key id, to sign again what it signed.
func (k *Keyring) PrivateKey(ctx context.Context, id string) (ed25519.PrivateKey, error) {
	kk, err := k.find(ctx, id)
	return kk.private, err
}

// PublicKey is the public half of key id, reading the store again (at most every few
// seconds) when another process has rotated in a key this one does not know yet.
func (k *Keyring) PublicKey(ctx context.Context, id string) (ed25519.PublicKey, error) {
	kk, err := k.find(ctx, id)
	return kk.public, err
}

// ErrUnknownKey means no key of this purpose has that id.
var ErrUnknownKey = errors.New("unknown signing key")

func (k *Keyring) find(ctx context.Context, id string) (key, error) {
	k.mu.RLock()
	kk, ok := k.keys[id]
	stale := k.clock.Now().Sub(k.lastReload) >= reloadEvery
	k.mu.RUnlock()
	if ok {
		return kk, nil
	}
	if !stale {
		return key{}, ErrUnknownKey
	}
	if err := k.load(ctx); err != nil {
		return key{}, err
	}
	k.mu.RLock()
	defer k.mu.RUnlock()
	if kk, ok = k.keys[id]; !ok {
		return key{}, ErrUnknownKey
	}
	return kk, nil
}

// Refresh reads the keys again: a serving process calls it now and then to sign with a
// key another process rotated in.
func (k *Keyring) Refresh(ctx context.Context) error { return k.load(ctx) }

// Rotate makes a new signing key; the old one is retired and keeps verifying.
func (k *Keyring) Rotate(ctx context.Context) (id string, err error) {
	s, err := k.generate()
	if err != nil {
		return "", err
	}
	if err := k.store.RotateSigningKey(ctx, s); err != nil {
		return "", fmt.Errorf("rotate %s key: %w", k.purpose, err)
	}
	return s.ID, k.load(ctx)
}

// JWKS is the public halves of every key, the signing one first.
func (k *Keyring) JWKS() []JWK {
	k.mu.RLock()
	defer k.mu.RUnlock()
	out := []JWK{publicJWK(k.signing.id, k.signing.public)}
	for id, kk := range k.keys {
		if id != k.signing.id {
			out = append(out, publicJWK(id, kk.public))
		}
	}
	sortJWKs(out[1:])
	return out
}
