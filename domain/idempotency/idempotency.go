// Package idempotency names the record an Idempotency-Key leaves and the store that keeps
// it where every server process sees it.
package idempotency

import (
	"context"
	"time"
)

// TTL is how long a key is remembered.
const TTL = 24 * time.Hour

// DefaultLease is how long a claim on a key holds while its request runs. A request still
// unanswered after that (its process was killed, or its answer could not be stored) no
// longer blocks the key: a retry of the same request may claim it again.
const DefaultLease = 60 * time.Second

// Record is a remembered key: the hash of the first request, the id reserved for what it
// creates and, once it was answered, its answer (StatusCode 0 while it is in flight).
type Record struct {
	RequestHash  string
	ResourceID   string
	StatusCode   int
	ResponseBody []byte
	LeaseUntil   time.Time
}

// Store keeps keys per user.
type Store interface {
	// ClaimIdempotencyKey takes the key for a request. claimed is true when the caller may
	// run it: the key was free (a fresh ResourceID is reserved), or an earlier run of the
	// same request left no answer and its lease has run out (the ResourceID is kept, so
	// the retry finds what that run wrote). Otherwise rec is the live record. Records
	// older than ttl are forgotten.
	ClaimIdempotencyKey(ctx context.Context, userID, key, requestHash string, now time.Time, lease, ttl time.Duration) (rec Record, claimed bool, err error)
	// CompleteIdempotencyKey stores the answer to replay.
	CompleteIdempotencyKey(ctx context.Context, userID, key string, status int, body []byte) error
	// ReleaseIdempotencyKey forgets a key whose request was refused and wrote nothing, so
	// that a retry runs again as a new request.
	ReleaseIdempotencyKey(ctx context.Context, userID, key string) error
}

type resourceKey struct{}

// WithResourceID carries the id a claimed key reserved to the use case that creates the
// resource, so that a retry of an interrupted request reuses it.
func WithResourceID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, resourceKey{}, id)
}

type keyKey struct{}

// WithKey carries the request's Idempotency-Key itself, for systems downstream (an
// adapter) that deduplicate on it too.
func WithKey(ctx context.Context, key string) context.Context {
	return context.WithValue(ctx, keyKey{}, key)
}

// Key is the request's Idempotency-Key, if it has one.
func Key(ctx context.Context) (string, bool) {
	k, ok := ctx.Value(keyKey{}).(string)
	return k, ok && k != ""
}

// ResourceID is the id reserved by the request's Idempotency-Key, if it has one.
func ResourceID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(resourceKey{}).(string)
	return id, ok && id != ""
}
