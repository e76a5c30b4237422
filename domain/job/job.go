// Package job is durable background work: a job is a row in the database that any server
// process may claim under a lease, run through the handler registered for its kind, and
// complete, retry with backoff, or fail.
//
// Delivery contract: at least once, completed once. A job is run again when its worker
// dies (its lease runs out and another worker claims it) or when the worker that ran it
// loses its lease before completing. Each claim increments Attempts, and Attempts is the
// claim's fencing token: only the current holder may extend, complete, retry or fail the
// job, so a late holder's outcome is refused with ErrLeaseLost and a job is DONE once.
// Handlers must therefore be idempotent keyed by the job's ID (an insert under a unique
// key, a conditional status update, an Idempotency-Key / delivery id sent to a partner):
// the second run of a job must find the first run's effect and not repeat it.
package job

import (
	"time"

	"github.com/obp-go/obp/domain/ids"
)

// Status is where a job is in its life: PENDING -> RUNNING -> DONE, or back to PENDING
// for a retry, or FAILED once its attempts are spent.
type Status string

const (
	Pending Status = "PENDING"
	Running Status = "RUNNING"
	Done    Status = "DONE"
	Failed  Status = "FAILED"
)

// DefaultMaxAttempts bounds the runs of a job enqueued without its own bound.
const DefaultMaxAttempts = 8

// Job is one unit of work.
type Job struct {
	ID   string
	Kind string
	// DedupeKey, when set, makes the job unique: enqueuing the same key again returns the
	// job already enqueued (in whatever state it is) instead of a second one.
	DedupeKey   string
	Payload     []byte // JSON, read only by the kind's handler
	Status      Status
	Attempts    int // runs started so far; the current run's fencing token
	MaxAttempts int
	RunAt       time.Time // not claimed before
	LeaseUntil  time.Time // zero unless RUNNING
	LastError   string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// New returns a pending job of kind with payload, due now.
func New(kind string, payload []byte, now time.Time) Job {
	return Job{ID: ids.New(), Kind: kind, Payload: payload, Status: Pending, MaxAttempts: DefaultMaxAttempts,
		RunAt: now.UTC(), CreatedAt: now.UTC(), UpdatedAt: now.UTC()}
}
