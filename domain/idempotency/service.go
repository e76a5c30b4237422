package idempotency

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/clock"
)

// Service claims, completes and releases Idempotency-Keys: the only way to them.
type Service struct {
	store Store
	lease time.Duration
	clock clock.Clock
}

// NewService returns the key service over store; a lease of 0 is DefaultLease.
func NewService(store Store, lease time.Duration, clk clock.Clock) *Service {
	if lease <= 0 {
		lease = DefaultLease
	}
	return &Service{store: store, lease: lease, clock: clk}
}

// Claim takes the key for a request with this hash (see Store.ClaimIdempotencyKey); retryIn
// is how long until an in-flight claim's lease runs out.
func (s *Service) Claim(ctx context.Context, userID, key, requestHash string) (rec Record, claimed bool, retryIn time.Duration, err error) {
	now := s.clock.Now()
	rec, claimed, err = s.store.ClaimIdempotencyKey(ctx, userID, key, requestHash, now, s.lease, TTL)
	return rec, claimed, rec.LeaseUntil.Sub(now), err
}

// Complete stores the answer a retry replays.
func (s *Service) Complete(ctx context.Context, userID, key string, status int, body []byte) error {
	return s.store.CompleteIdempotencyKey(ctx, userID, key, status, body)
}

// Release forgets a key whose request was refused and wrote nothing.
func (s *Service) Release(ctx context.Context, userID, key string) error {
	return s.store.ReleaseIdempotencyKey(ctx, userID, key)
}
