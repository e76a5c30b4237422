package auth

import (
	"errors"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

// A token's verified claims are remembered by its exact bytes: the same token needs no
// second signature check, but its expiry still holds, and other bytes are checked afresh.
func TestVerifiedClaimsAreRememberedButExpireAndNeverCoverOtherBytes(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	signer, err := NewSigner([]byte("0123456789abcdef0123456789abcdef"), "http://obp.example")
	if err != nil {
		t.Fatal(err)
	}
	s := NewService(Deps{Signer: signer, Clock: func() time.Time { return now }})
	tok, err := signer.sign(Token{ID: "t1", UserID: "u1", ConsumerID: "c1", CreatedAt: now, ExpiresAt: now.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if c, err := s.verified(tok); err != nil || c.ID != "t1" {
			t.Fatalf("verified: %+v, %v", c, err)
		}
	}
	if len(s.states.verified) != 1 {
		t.Fatalf("%d remembered, want 1", len(s.states.verified))
	}
	tampered := tok[:len(tok)-2] + "xx"
	if _, err := s.verified(tampered); !errors.Is(err, obperr.DirectLoginInvalidToken) {
		t.Errorf("tampered token: %v", err)
	}
	now = now.Add(time.Hour)
	if _, err := s.verified(tok); !errors.Is(err, obperr.DirectLoginInvalidToken) {
		t.Errorf("a remembered token past its expiry: %v", err)
	}
	s.StatesChanged()
	if len(s.states.verified) != 0 {
		t.Error("a change of state keeps remembered claims")
	}
}
