package keyring

import (
	"context"
	"crypto/ed25519"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

type fakeStore struct {
	mu   sync.Mutex
	keys []Stored
}

func (f *fakeStore) SigningKeys(_ context.Context, purpose string) ([]Stored, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Stored
	for _, k := range f.keys {
		if k.Purpose == purpose {
			out = append(out, k)
		}
	}
	return out, nil
}

func (f *fakeStore) AddSigningKey(_ context.Context, k Stored) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range f.keys {
		if s.Purpose == k.Purpose && s.Signing {
			return false, nil
		}
	}
	f.keys = append(f.keys, k)
	return true, nil
}

func (f *fakeStore) RotateSigningKey(_ context.Context, k Stored) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.keys {
		if f.keys[i].Purpose == k.Purpose {
			f.keys[i].Signing = false
		}
	}
	f.keys = append(f.keys, k)
	return nil
}

func (f *fakeStore) ResealKey(_ context.Context, id, private string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.keys {
		if f.keys[i].ID == id {
			f.keys[i].Private = private
		}
	}
	return nil
}

func now() time.Time { return time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC) }

const secret = "0123456789abcdef0123456789abcdef-test"

func TestOpenCreatesOneSigningKeySealedAtRest(t *testing.T) {
	store := &fakeStore{}
	sealer, err := NewSealer(secret)
	if err != nil {
		t.Fatal(err)
	}
	ring, err := Open(context.Background(), store, "consent_jwt", sealer, now)
	if err != nil {
		t.Fatal(err)
	}
	id, priv := ring.SigningKey()
	if id == "" || len(priv) != ed25519.PrivateKeySize {
		t.Fatalf("signing key %q, %d bytes", id, len(priv))
	}
	if len(store.keys) != 1 || !strings.HasPrefix(store.keys[0].Private, sealedPrefix) {
		t.Fatalf("stored %+v, want one sealed key", store.keys)
	}
	if strings.Contains(store.keys[0].Private, string(priv.Seed())) {
		t.Fatal("the seed is readable in the stored form")
	}
	again, err := Open(context.Background(), store, "consent_jwt", sealer, now)
	if err != nil {
		t.Fatal(err)
	}
	if id2, _ := again.SigningKey(); id2 != id || len(store.keys) != 1 {
		t.Fatalf("a second open made key %q (%d stored), want the first %q", id2, len(store.keys), id)
	}
	if got := ring.JWKS(); len(got) != 1 || got[0].Kid != id || got[0].Kty != "OKP" || got[0].Crv != "Ed25519" {
		t.Fatalf("JWKS = %+v", got)
	}
}

func TestPlainKeysAreSealedOnceASecretIsConfigured(t *testing.T) {
	store := &fakeStore{}
	if _, err := Open(context.Background(), store, "p", nil, now); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(store.keys[0].Private, plainPrefix) {
		t.Fatalf("without a secret the key is stored as %q", store.keys[0].Private[:10])
	}
	sealer, _ := NewSealer(secret)
	if _, err := Open(context.Background(), store, "p", sealer, now); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(store.keys[0].Private, sealedPrefix) {
		t.Fatal("the plain key was not sealed when a secret was configured")
	}
	if _, err := Open(context.Background(), store, "p", nil, now); !errors.Is(err, ErrSealedWithoutKey) {
		t.Fatalf("open without the secret: %v, want ErrSealedWithoutKey", err)
	}
	other, _ := NewSealer(strings.Repeat("x", 40))
	if _, err := Open(context.Background(), store, "p", other, now); err == nil {
		t.Fatal("a key opened with the wrong secret")
	}
}

func TestASealedKeyDoesNotOpenUnderAnotherID(t *testing.T) {
	sealer, _ := NewSealer(secret)
	sealed := sealer.Seal("key-a", []byte("0123456789abcdef0123456789abcdef"))
	if _, _, err := sealer.Open("key-b", sealed); err == nil {
		t.Fatal("a sealed key opened under another id")
	}
	if got, plain, err := sealer.Open("key-a", sealed); err != nil || plain || string(got) != "0123456789abcdef0123456789abcdef" {
		t.Fatalf("open = %q, %v, %v", got, plain, err)
	}
}

func TestRotatedKeysKeepVerifying(t *testing.T) {
	store := &fakeStore{}
	ring, err := Open(context.Background(), store, "p", nil, now)
	if err != nil {
		t.Fatal(err)
	}
	old, _ := ring.SigningKey()
	fresh, err := ring.Rotate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if id, _ := ring.SigningKey(); id != fresh || fresh == old {
		t.Fatalf("signing key %q after rotating from %q to %q", id, old, fresh)
	}
	if _, err := ring.PublicKey(context.Background(), old); err != nil {
		t.Fatalf("the retired key no longer verifies: %v", err)
	}
	if got := ring.JWKS(); len(got) != 2 || got[0].Kid != fresh {
		t.Fatalf("JWKS = %+v, want the new key first and the old one", got)
	}
}

func TestAKeyRotatedInByAnotherProcessIsFound(t *testing.T) {
	store := &fakeStore{}
	at := now()
	clk := func() time.Time { return at }
	mine, _ := Open(context.Background(), store, "p", nil, clk)
	theirs, _ := Open(context.Background(), store, "p", nil, clk)
	fresh, err := theirs.Rotate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mine.PublicKey(context.Background(), fresh); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("found at once: %v (the store is read again only every %s)", err, reloadEvery)
	}
	at = at.Add(reloadEvery)
	if _, err := mine.PublicKey(context.Background(), fresh); err != nil {
		t.Fatalf("after %s: %v", reloadEvery, err)
	}
	if id, _ := mine.SigningKey(); id != fresh {
		t.Fatalf("signs with %q, want the rotated-in %q", id, fresh)
	}
}
