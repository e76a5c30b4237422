package job

import (
	"context"
	"time"
)

// Store keeps jobs where every server process sees them. Every method but Enqueue, Get
// and List acts on a job only while the caller holds it: attempt is the Attempts value
// the caller's Claim returned, and a job claimed again since answers ErrLeaseLost.
type Store interface {
	// Enqueue stores a pending job. With a DedupeKey already used it stores nothing and
	// returns the existing job with created false.
	Enqueue(ctx context.Context, j Job) (stored Job, created bool, err error)
	// Claim atomically takes one job of the given kinds that is due (PENDING with RunAt
	// <= now) or abandoned (RUNNING with LeaseUntil < now): it becomes RUNNING with
	// LeaseUntil now+lease and Attempts one higher. Two callers never take the same claim.
	Claim(ctx context.Context, kinds []string, now time.Time, lease time.Duration) (j Job, ok bool, err error)
	// Extend moves the lease of a job the caller holds to until.
	Extend(ctx context.Context, id string, attempt int, until time.Time) error
	// Complete marks a job the caller holds DONE.
	Complete(ctx context.Context, id string, attempt int) error
	// Retry puts a job the caller holds back to PENDING, due at at, noting why.
	Retry(ctx context.Context, id string, attempt int, at time.Time, lastError string) error
	// Fail marks a job the caller holds FAILED, noting why.
	Fail(ctx context.Context, id string, attempt int, lastError string) error
	// Get returns one job, or ErrNotFound.
	Get(ctx context.Context, id string) (Job, error)
	// List returns jobs matching f, newest first.
	List(ctx context.Context, f Filter) ([]Job, error)
}

// Filter narrows List; zero fields match everything.
type Filter struct {
	Kind   string
	Status Status
	Limit  int
	Offset int
}
