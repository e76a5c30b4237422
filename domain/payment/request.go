// Package payment holds transaction requests — payment orders — with their types, their
// status flow and the rules that decide when money moves: authorisation, the challenge
// threshold, strong customer authentication and the ledger posting.
package payment

import (
	"context"
	"errors"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
)

// Type is a transaction request type.
type Type string

const (
	Account      Type = "ACCOUNT"
	AccountOTP   Type = "ACCOUNT_OTP"
	Counterparty Type = "COUNTERPARTY"
	SEPA         Type = "SEPA"
	FreeForm     Type = "FREE_FORM"
	SandboxTAN   Type = "SANDBOX_TAN"
	Refund       Type = "REFUND"
)

// AllTypes are the types this server implements.
var AllTypes = []Type{Account, AccountOTP, Counterparty, SEPA, FreeForm, SandboxTAN, Refund}

// Status is where a request is in its flow.
type Status string

const (
	Initiated            Status = "INITIATED"
	NextChallengePending Status = "NEXT_CHALLENGE_PENDING"
	Processing           Status = "PROCESSING" // an answer claimed it; the payment is being posted
	Completed            Status = "COMPLETED"
	Forwarded            Status = "FORWARDED" // booked against the outgoing settlement account
	Rejected             Status = "REJECTED"
	Failed               Status = "FAILED"
	Cancelled            Status = "CANCELLED"
)

// Request is a transaction request.
type Request struct {
	ID              string
	From            account.Ref
	ViewID          string
	Type            Type
	Status          Status
	Amount          money.Money
	To              account.Ref // the account credited on this server (a settlement account when external)
	CounterpartyID  string
	RefundOf        string // the refunded transaction's id
	External        bool   // the payee is outside this server: To is the outgoing settlement account
	Description     string
	ChargePolicy    string
	Details         string // the posted body, as JSON
	TransactionID   string // the debit leg, once the payment is posted
	Failure         string
	RequiredAnswers int
	CreatedBy       string
	ConsumerID      string
	Created         time.Time
	Updated         time.Time
}

// ErrRequestExists means a request with this id is stored already: a retry of the same
// Idempotency-Key found the first run's request.
var ErrRequestExists = errors.New("a transaction request with this id exists")

// Store keeps transaction requests (platform records).
type Store interface {
	// CreateTransactionRequest stores a new request: ErrRequestExists when its id is taken,
	// obperr.RefundedTransaction when another live request refunds the same transaction.
	CreateTransactionRequest(ctx context.Context, r Request) error
	// DiscardTransactionRequest deletes a request that is still INITIATED and was never
	// shown to anyone (its challenges could not be issued).
	DiscardTransactionRequest(ctx context.Context, id string) error
	GetTransactionRequest(ctx context.Context, id string) (Request, error)
	ListTransactionRequests(ctx context.Context, ref account.Ref, limit, offset int) ([]Request, error)
	// Transition moves a request from one of from to to, atomically; ok is false when
	// it was in none of them (somebody else moved it first).
	Transition(ctx context.Context, id string, from []Status, to Status) (ok bool, err error)
	// Finish records an outcome if the request is in one of from (ok false otherwise).
	Finish(ctx context.Context, id string, from []Status, to Status, transactionID, failure string) (ok bool, err error)
	// StaleProcessing lists requests PROCESSING since before the given time.
	StaleProcessing(ctx context.Context, before time.Time) ([]Request, error)
	// ActiveRefundOf finds a request refunding transactionID that did not fail.
	ActiveRefundOf(ctx context.Context, transactionID string) (Request, bool, error)
}
