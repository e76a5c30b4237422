// Package sca is the strong-customer-authentication framework: challenges that the
// right user must answer before a payment (and later a consent or an auth-context
// update) takes effect. Methods are strategies behind one interface.
package sca

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"time"

	"github.com/obp-go/obp/domain/ids"
)

// Status of a challenge.
type Status string

const (
	Pending  Status = "PENDING"
	Answered Status = "ANSWERED"
	Failed   Status = "FAILED"   // attempts used up
	Declined Status = "DECLINED" // a decoupled method's user refused on their device
)

// Purpose is what a challenge guards.
type Purpose string

const (
	PurposeTransactionRequest Purpose = "TRANSACTION_REQUEST"
	PurposeConsent            Purpose = "CONSENT"
	PurposeAuthContextUpdate  Purpose = "AUTH_CONTEXT_UPDATE"
)

// ChallengeTypeTransactionRequest is OBP's challenge_type for payments.
const ChallengeTypeTransactionRequest = "OBP_TRANSACTION_REQUEST_CHALLENGE"

// Challenge is one question to one user. Only a salted hash of a one-time code is kept;
// a method verified by key or decoupled keeps its own reference instead.
type Challenge struct {
	ID            string
	Purpose       Purpose
	PurposeID     string // e.g. the transaction request id
	ChallengeType string // OBP's challenge_type
	Method        string // SMS, EMAIL, DUMMY, ...
	UserID        string // the only user who may answer
	Status        Status
	AnswerHash    string
	Salt          string
	AttemptsLeft  int
	ExpiresAt     time.Time
	CreatedAt     time.Time
	// MethodRef is the method's own state (a TMS id); "" for one-time codes.
	MethodRef string
	// Subject is the canonical form of what the challenge authorises (Subject.Canonical):
	// an answer computed over other data is refused by the methods that bind to it.
	Subject string
	// Evidence is what a decoupled decision came with (a device's signature), kept as proof.
	Evidence string
}

// HashAnswer is the salted hash stored for an answer.
func HashAnswer(salt, answer string) string {
	sum := sha256.Sum256([]byte(salt + "\x00" + answer))
	return hex.EncodeToString(sum[:])
}

// Matches compares an answer with the stored hash in constant time.
func (c Challenge) Matches(answer string) bool {
	return subtle.ConstantTimeCompare([]byte(HashAnswer(c.Salt, answer)), []byte(c.AnswerHash)) == 1
}

// NewSalt returns a random salt.
func NewSalt() string {
	return hex.EncodeToString(ids.Bytes(16))
}

// Store keeps challenges. Answering is atomic: Attempt spends one attempt only while the
// challenge is pending and has attempts left; Resolve moves it out of PENDING once.
type Store interface {
	CreateChallenges(ctx context.Context, cs []Challenge) error
	GetChallenge(ctx context.Context, id string) (Challenge, error)
	ListChallenges(ctx context.Context, purpose Purpose, purposeID string) ([]Challenge, error)
	// ListChallengesFor loads the challenges of many purposes in one query.
	ListChallengesFor(ctx context.Context, purpose Purpose, purposeIDs []string) ([]Challenge, error)
	// Attempt spends one attempt; ok is false when none was left or it is not pending.
	Attempt(ctx context.Context, id string) (left int, ok bool, err error)
	// Resolve sets the status if it is still PENDING; ok tells whether this call did it.
	Resolve(ctx context.Context, id string, to Status) (ok bool, err error)
	// Decide is Resolve for a decoupled challenge, recording the decision's evidence with it.
	Decide(ctx context.Context, id string, to Status, evidence string) (ok bool, err error)
}
