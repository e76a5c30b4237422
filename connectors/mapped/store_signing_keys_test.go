package mapped_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/internal/testenv"
)

func newStoredKey(t *testing.T, purpose string) keyring.Stored {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return keyring.Stored{ID: keyring.Thumbprint(pub), Purpose: purpose, Algorithm: keyring.Algorithm, Public: pub,
		Private: (*keyring.Sealer)(nil).Seal(keyring.Thumbprint(pub), priv.Seed()), Signing: true, CreatedAt: time.Now().UTC()}
}

func signingIDs(t *testing.T, st *mapped.Store, purpose string) (all int, signing []string) {
	t.Helper()
	keys, err := st.SigningKeys(context.Background(), purpose)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if k.Signing {
			signing = append(signing, k.ID)
		}
	}
	return len(keys), signing
}

// Processes starting together each try to add the first key: one signs.
func TestSigningKeyStoreAddsOneSigningKey(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st := consentStore(t, db)
		keys := make([]keyring.Stored, 10)
		for i := range keys {
			keys[i] = newStoredKey(t, "consent")
		}
		var wins atomic.Int32
		var wg sync.WaitGroup
		for _, k := range keys {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok, err := st.AddSigningKey(ctx, k)
				if err != nil {
					t.Errorf("AddSigningKey: %v", err)
				}
				if ok {
					wins.Add(1)
				}
			}()
		}
		wg.Wait()
		if wins.Load() != 1 {
			t.Fatalf("%d keys added, want 1", wins.Load())
		}
		if all, signing := signingIDs(t, st, "consent"); all != 1 || len(signing) != 1 {
			t.Errorf("%d keys, signing %v", all, signing)
		}
		// Another purpose has a signing key of its own.
		if ok, err := st.AddSigningKey(ctx, newStoredKey(t, "other")); !ok || err != nil {
			t.Errorf("a key of another purpose = %v, %v", ok, err)
		}
	})
}

func TestSigningKeyStoreRotates(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st := consentStore(t, db)
		first := newStoredKey(t, "consent")
		if ok, err := st.AddSigningKey(ctx, first); !ok || err != nil {
			t.Fatalf("AddSigningKey = %v, %v", ok, err)
		}
		next := newStoredKey(t, "consent")
		if err := st.RotateSigningKey(ctx, next); err != nil {
			t.Fatal(err)
		}
		if all, signing := signingIDs(t, st, "consent"); all != 2 || len(signing) != 1 || signing[0] != next.ID {
			t.Errorf("after rotating: %d keys, signing %v, want %s", all, signing, next.ID)
		}
		if err := st.ResealKey(ctx, first.ID, "sealed"); err != nil {
			t.Fatal(err)
		}
		keys, _ := st.SigningKeys(ctx, "consent")
		if keys[0].ID != first.ID || keys[0].Private != "sealed" || !ed25519.PublicKey(keys[0].Public).Equal(ed25519.PublicKey(first.Public)) {
			t.Errorf("the retired key = %+v", keys[0])
		}
		if err := st.ResealKey(ctx, "nope", "sealed"); err == nil {
			t.Error("resealing a missing key succeeded")
		}
	})
}

// The keyring runs over the store: it opens with a first key, rotates, and a second
// ring on the same database signs with the rotated key.
func TestKeyringOverMappedStore(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st := consentStore(t, db)
		sealer, err := keyring.NewSealer("0123456789abcdef0123456789abcdef")
		if err != nil {
			t.Fatal(err)
		}
		ring, err := keyring.Open(ctx, st, "consent", sealer, clock.System)
		if err != nil {
			t.Fatal(err)
		}
		first, _ := ring.SigningKey()
		rotated, err := ring.Rotate(ctx)
		if err != nil {
			t.Fatal(err)
		}
		other, err := keyring.Open(ctx, st, "consent", sealer, clock.System)
		if err != nil {
			t.Fatal(err)
		}
		if id, _ := other.SigningKey(); id != rotated || id == first {
			t.Errorf("the second ring signs with %s, want %s", id, rotated)
		}
		if _, err := other.PublicKey(ctx, first); err != nil {
			t.Errorf("the retired key no longer verifies: %v", err)
		}
	})
}
