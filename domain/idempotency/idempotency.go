// Package idempotency names the record an Idempotency-Key leaves and the store that keeps
// it where every server process sees it.
package idempotency

import (
	"context"
	"time"
)

// TTL is how long a key is remembered.
const TTL = 24 * time.Hour

// Record is a remembered key: the hash of the first request and, once it was answered,
// its answer (StatusCode 0 while it is still being handled).
type Record struct {
	RequestHash  string
	StatusCode   int
	ResponseBody []byte
}

// Store keeps keys per user.
type Store interface {
	// Claim records the key for a request unless a live record exists, which it returns
	// instead (claimed false). Records older than ttl are replaced.
	ClaimIdempotencyKey(ctx context.Context, userID, key, requestHash string, ttl time.Duration) (rec Record, claimed bool, err error)
	// Complete stores the answer to replay.
	CompleteIdempotencyKey(ctx context.Context, userID, key string, status int, body []byte) error
	// Release forgets a key whose request wrote nothing, so that a retry runs again.
	ReleaseIdempotencyKey(ctx context.Context, userID, key string) error
}
