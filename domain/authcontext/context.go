// Package authcontext keeps users' auth contexts: key/value pairs (the customer number
// the bank knows a user by, ...) that travel with every call to the adapters. An
// administrator sets them, or the user does, confirming the change with a one-time code.
package authcontext

import (
	"context"
	"time"
)

// Pair is one key and its value, as posted.
type Pair struct {
	Key   string
	Value string
}

// UserAuthContext is one pair of a user's auth context; a user has one per key.
type UserAuthContext struct {
	ID         string
	UserID     string
	ConsumerID string // the app through which it was set
	Key        string
	Value      string
	CreatedAt  time.Time
}

// Status of an update request, OBP's names.
type Status string

const (
	Initiated Status = "INITIATED" // the code is sent, the answer awaited
	Accepted  Status = "ACCEPTED"  // answered: the pair is the user's
	Rejected  Status = "REJECTED"  // the attempts were used up
)

// Update is a user's request to set one pair of their own auth context at a bank.
type Update struct {
	ID         string
	UserID     string
	BankID     string
	ConsumerID string
	Key        string
	Value      string
	Status     Status
	CreatedAt  time.Time
}

// Store keeps auth contexts and update requests. Settling an update is atomic: it leaves
// INITIATED once, and an accepted update's pair is stored in the same transaction.
type Store interface {
	// UpsertAuthContext stores c, replacing the value (and app) of the user's pair with
	// the same key, which keeps its id; it returns the pair as stored.
	UpsertAuthContext(ctx context.Context, c UserAuthContext) (UserAuthContext, error)
	// ListAuthContexts returns the user's pairs by key.
	ListAuthContexts(ctx context.Context, userID string) ([]UserAuthContext, error)
	DeleteAuthContexts(ctx context.Context, userID string) error
	// DeleteAuthContext returns obperr.DeleteUserAuthContextNotFound when the user has no
	// pair of that id.
	DeleteAuthContext(ctx context.Context, userID, id string) error
	CreateAuthContextUpdate(ctx context.Context, u Update) error
	// GetAuthContextUpdate returns obperr.UserAuthContextUpdateNotFound when none has the id.
	GetAuthContextUpdate(ctx context.Context, id string) (Update, error)
	// AcceptAuthContextUpdate moves the update from INITIATED to ACCEPTED and upserts c
	// with it; ok is false, and nothing is written, when it had left INITIATED already.
	AcceptAuthContextUpdate(ctx context.Context, id string, c UserAuthContext) (ok bool, err error)
	// RejectAuthContextUpdate moves the update from INITIATED to REJECTED; ok as for accepting.
	RejectAuthContextUpdate(ctx context.Context, id string) (ok bool, err error)
}
