package jwks

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/MicahParks/jwkset"
)

// jwksServer publishes one RSA key under kid "k1" (none once *withdrawn is set) and
// counts its fetches.
func jwksServer(t *testing.T) (*httptest.Server, *rsa.PrivateKey, *atomic.Int32) {
	srv, key, fetches, _ := jwksServerWithdrawable(t)
	return srv, key, fetches
}

func jwksServerWithdrawable(t *testing.T) (*httptest.Server, *rsa.PrivateKey, *atomic.Int32, *atomic.Bool) {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	j, err := jwkset.NewJWKFromKey(&key.PublicKey, jwkset.JWKOptions{Metadata: jwkset.JWKMetadataOptions{KID: "k1", ALG: jwkset.AlgRS256, USE: jwkset.UseSig}})
	if err != nil {
		t.Fatal(err)
	}
	body, err := json.Marshal(jwkset.JWKSMarshal{Keys: []jwkset.JWKMarshal{j.Marshal()}})
	if err != nil {
		t.Fatal(err)
	}
	var fetches atomic.Int32
	var withdrawn atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fetches.Add(1)
		if withdrawn.Load() {
			_, _ = w.Write([]byte(`{"keys":[]}`))
			return
		}
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv, key, &fetches, &withdrawn
}

// TestIntervalRefreshDropsWithdrawnKeys: with the unknown-kid refresh used up, only the
// interval refresh can have noticed that a key was withdrawn.
func TestIntervalRefreshDropsWithdrawnKeys(t *testing.T) {
	srv, _, _, withdrawn := jwksServerWithdrawable(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	set, err := New(ctx, srv.URL, Options{RefreshInterval: 50 * time.Millisecond, UnknownKIDEvery: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := set.Key(ctx, "unknown", "RS256"); err == nil { // uses up the unknown-kid refresh
		t.Fatal("an unknown kid was found")
	}
	if _, err := set.Key(ctx, "k1", "RS256"); err != nil {
		t.Fatalf("k1 before withdrawal: %v", err)
	}
	withdrawn.Store(true)
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := set.Key(ctx, "k1", "RS256"); err != nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("a withdrawn key was still served 5s later")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestUnknownKidRefreshIsRateLimited(t *testing.T) {
	srv, key, fetches := jwksServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	set, err := New(ctx, srv.URL, Options{UnknownKIDEvery: time.Hour, HTTPTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	got, err := set.Key(ctx, "k1", "RS256")
	if pub, ok := got.(*rsa.PublicKey); err != nil || !ok || !pub.Equal(&key.PublicKey) {
		t.Fatalf("Key(k1) = %v, %v", got, err)
	}
	if _, err := set.Key(ctx, "k1", "ES256"); err == nil {
		t.Error("a key declared RS256 was handed out for ES256")
	}
	start := time.Now()
	for range 20 {
		if _, err := set.Key(ctx, "unknown", "RS256"); err == nil {
			t.Fatal("an unknown kid was found")
		}
	}
	// One fetch at start, one refresh for the first unknown kid, none for the others,
	// which fail at once instead of waiting an hour for the limiter.
	if n := fetches.Load(); n != 2 {
		t.Errorf("%d fetches, want 2", n)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("20 unknown kids took %s", d)
	}
}

func TestFetchIsBounded(t *testing.T) {
	huge := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte(`{"keys":[{"kty":"oct","k":"` + strings.Repeat("A", 2*maxBody) + `"}]}`))
	}))
	defer huge.Close()
	target, _, fetched := jwksServer(t)
	redirect := httptest.NewServer(http.RedirectHandler(target.URL, http.StatusFound))
	defer redirect.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, url := range []string{huge.URL, redirect.URL} {
		set, err := New(ctx, url, Options{HTTPTimeout: 2 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := set.Key(ctx, "k1", "RS256"); err == nil {
			t.Errorf("%s: a key was read past the size limit or through a redirect", url)
		}
	}
	if n := fetched.Load(); n != 0 {
		t.Errorf("the redirect was followed %d times", n)
	}
}
