package payment

import (
	"context"
	"sync"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/transaction"
)

// requestMemory keeps requests with atomic Transition and Finish. beforeClaim, when set,
// runs under the lock just before a claim (Transition to PROCESSING) decides: what
// another caller did to the request in the meantime.
type requestMemory struct {
	Store
	mu          sync.Mutex
	byID        map[string]Request
	claims      int // successful transitions to PROCESSING
	finishes    int // successful Finish calls
	beforeClaim func(r *Request)
}

func (m *requestMemory) GetTransactionRequest(_ context.Context, id string) (Request, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.byID[id]
	if !ok {
		return Request{}, obperr.TransactionRequestNotFound
	}
	return r, nil
}

func (m *requestMemory) Transition(_ context.Context, id string, from []Status, to Status) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r := m.byID[id]
	if to == Processing && m.beforeClaim != nil {
		m.beforeClaim(&r)
		m.byID[id] = r
	}
	if !in(r.Status, from) {
		return false, nil
	}
	if to == Processing {
		m.claims++
	}
	r.Status = to
	m.byID[id] = r
	return true, nil
}

func (m *requestMemory) Finish(_ context.Context, id string, from []Status, to Status, txID, failure string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r := m.byID[id]
	if !in(r.Status, from) {
		return false, nil
	}
	m.finishes++
	r.Status, r.TransactionID, r.Failure = to, txID, failure
	m.byID[id] = r
	return true, nil
}

func (m *requestMemory) get(id string) Request {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.byID[id]
}

func in(s Status, list []Status) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// challengeBoard is the challenge framework as payments see it: each challenge answers
// to its user with its code; the attempt that uses the last one up fails it.
type challengeBoard struct {
	Challenges
	mu      sync.Mutex
	byID    map[string]sca.Challenge
	code    map[string]string // challenge id -> right answer
	answers int               // calls to Answer
}

func (b *challengeBoard) Get(_ context.Context, id string) (sca.Challenge, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	c, ok := b.byID[id]
	if !ok {
		return sca.Challenge{}, obperr.ChallengeNotFound
	}
	return c, nil
}

func (b *challengeBoard) List(_ context.Context, _ sca.Purpose, purposeID string) ([]sca.Challenge, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []sca.Challenge
	for _, c := range b.byID {
		if c.PurposeID == purposeID {
			out = append(out, c)
		}
	}
	return out, nil
}

func (b *challengeBoard) Answer(_ context.Context, id, userID, answer string) (sca.Challenge, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.answers++
	c := b.byID[id]
	switch {
	case c.UserID != userID:
		return c, obperr.ChallengeNotForThisUser
	case c.Status == sca.Answered && answer == b.code[id]:
		return c, nil
	case c.Status != sca.Pending:
		return c, obperr.InvalidChallengeAnswer
	}
	c.AttemptsLeft--
	switch {
	case answer == b.code[id]:
		c.Status = sca.Answered
	case c.AttemptsLeft == 0:
		c.Status = sca.Failed
	}
	b.byID[id] = c
	if c.Status == sca.Failed {
		return c, obperr.AllowedAttemptsUsedUp
	}
	if c.Status != sca.Answered {
		return c, obperr.InvalidChallengeAnswer
	}
	return c, nil
}

// bookkeeper is the ledger: it posts a transfer once, or answers with err.
type bookkeeper struct {
	Connector
	mu     sync.Mutex
	err    error
	posted map[string]string // transfer id -> debit leg id
	calls  int
}

func (k *bookkeeper) MakePayment(_ context.Context, t transaction.Transfer) (transaction.Posted, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.calls++
	if k.err != nil {
		return transaction.Posted{}, k.err
	}
	if _, ok := k.posted[t.ID]; ok {
		return transaction.Posted{}, transaction.ErrTransferPosted
	}
	k.posted[t.ID] = "leg-" + t.ID
	return transaction.Posted{Debit: transaction.Transaction{ID: k.posted[t.ID], TransferID: t.ID}}, nil
}

func (k *bookkeeper) DebitLegOf(_ context.Context, id string) (string, bool, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	leg, ok := k.posted[id]
	return leg, ok, nil
}

func (k *bookkeeper) postings() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.calls
}
