package auth

import (
	"testing"
	"time"
)

// A held caller is given back until its token expires; a flush drops it, and a caller
// loaded across a flush is not kept.
func TestPrincipalCacheHoldsUntilExpiryOrFlush(t *testing.T) {
	c := NewPrincipalCache()
	now := time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)
	p := Principal{UserID: "u", ConsumerID: "c", Method: MethodOAuth2}

	_, ok, gen := c.Lookup("tok", now)
	if ok {
		t.Fatal("an empty cache gave a caller")
	}
	c.Keep("tok", p, now.Add(time.Minute), gen)
	if got, ok, _ := c.Lookup("tok", now); !ok || got != p {
		t.Fatalf("Lookup = %+v, %v; want the kept caller", got, ok)
	}
	if _, ok, _ := c.Lookup("tok2", now); ok {
		t.Error("another token's bytes found the caller")
	}
	if _, ok, _ := c.Lookup("tok", now.Add(time.Minute)); ok {
		t.Error("a caller was given back at its token's expiry")
	}

	c.Flush()
	if _, ok, _ := c.Lookup("tok", now); ok {
		t.Error("a flush left the caller")
	}
	_, _, before := c.Lookup("tok", now) // a load starts...
	c.Flush()                            // ...a revocation lands meanwhile...
	c.Keep("tok", p, now.Add(time.Minute), before)
	if _, ok, _ := c.Lookup("tok", now); ok {
		t.Error("a caller loaded across a flush was kept")
	}
}
