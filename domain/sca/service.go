package sca

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

// Defaults, as OBP's.
const (
	DefaultTTL      = 600 * time.Second
	DefaultMethod   = "SMS" // OBP's when <TYPE>_OTP_INSTRUCTION_TRANSPORT is unset
	DefaultAttempts = 3
)

// Config is how challenges are made: the methods on offer, which one each transaction
// request type uses, and a challenge's lifetime and attempts (0: OBP's defaults).
type Config struct {
	Methods  map[string]Method // by name: SMS, EMAIL, DUMMY, ...
	Default  string            // the method when no per-type one is set
	PerType  map[string]string // transaction request type -> method name
	TTL      time.Duration
	Attempts int
}

// Service issues and checks challenges; it is the only way to them.
type Service struct {
	store   Store
	cfg     Config
	clock   clock.Clock
	decided map[Purpose]Decided // set while wiring, read-only once serving
}

// NewService returns the challenge framework over store.
func NewService(store Store, cfg Config, clk clock.Clock) *Service {
	if cfg.TTL <= 0 {
		cfg.TTL = DefaultTTL
	}
	if cfg.Attempts <= 0 {
		cfg.Attempts = DefaultAttempts
	}
	return &Service{store: store, cfg: cfg, clock: clk, decided: map[Purpose]Decided{}}
}

func (s *Service) now() time.Time { return s.clock.Now() }

// Get returns one challenge (obperr.ChallengeNotFound).
func (s *Service) Get(ctx context.Context, id string) (Challenge, error) {
	return s.store.GetChallenge(ctx, id)
}

// List returns the challenges issued for one purpose.
func (s *Service) List(ctx context.Context, purpose Purpose, purposeID string) ([]Challenge, error) {
	return s.store.ListChallenges(ctx, purpose, purposeID)
}

// ListFor returns the challenges of many purposes in one read.
func (s *Service) ListFor(ctx context.Context, purpose Purpose, purposeIDs []string) ([]Challenge, error) {
	return s.store.ListChallengesFor(ctx, purpose, purposeIDs)
}

// MethodFor is the method configured for a transaction request type.
func (s *Service) MethodFor(txType string) (Method, error) {
	name := s.cfg.Default
	if n, ok := s.cfg.PerType[txType]; ok {
		name = n
	}
	m, ok := s.cfg.Methods[name]
	if !ok {
		return nil, obperr.ScaMethodNotAvailable.With("%s is not available on this server.", name)
	}
	return m, nil
}

// verifier is the method that judges a challenge's answers: the one it was issued with,
// or — when this server no longer offers it — the salted-hash comparison of one-time codes.
func (s *Service) verifier(name string) Method {
	if m, ok := s.cfg.Methods[name]; ok {
		return m
	}
	return hashedOnly{}
}

// hashedOnly verifies a one-time code whose method is gone from the configuration.
type hashedOnly struct{ Hashed }

func (hashedOnly) Name() string { return "" }

func (hashedOnly) Issue(context.Context, Issue) (Issued, error) {
	return Issued{}, errors.New("a method no longer offered issues nothing")
}

// Method is the method of that name (SMS, EMAIL, ...), if this server offers it.
func (s *Service) Method(name string) (Method, error) {
	m, ok := s.cfg.Methods[name]
	if !ok {
		return nil, obperr.ScaMethodNotAvailable.With("%s is not available on this server.", name)
	}
	return m, nil
}

// Issue creates one challenge per recipient with method, delivering each. A one-time
// code is kept as a salted hash; a method's own reference and the subject's canonical
// data are kept as they are.
func (s *Service) Issue(ctx context.Context, purpose Purpose, purposeID, challengeType string, m Method, to []Recipient, about Subject) ([]Challenge, error) {
	ttl, attempts := s.cfg.TTL, s.cfg.Attempts
	now := s.now()
	canonical := about.Canonical()
	out := make([]Challenge, 0, len(to))
	for _, r := range to {
		c := Challenge{ID: ids.New(), Purpose: purpose, PurposeID: purposeID, ChallengeType: challengeType,
			Method: m.Name(), UserID: r.UserID, Status: Pending, AttemptsLeft: attempts, ExpiresAt: now.Add(ttl),
			CreatedAt: now, Subject: canonical}
		issued, err := m.Issue(ctx, Issue{Challenge: c, Recipient: r, Subject: about})
		if errors.Is(err, ErrNoPhone) || errors.Is(err, ErrNoEmail) {
			return nil, obperr.ScaMethodNotAvailable.With("%s", err.Error())
		}
		if err != nil {
			return nil, fmt.Errorf("deliver %s challenge: %w", m.Name(), err)
		}
		c.Salt = NewSalt()
		if issued.Answer != "" {
			c.AnswerHash = HashAnswer(c.Salt, issued.Answer)
		}
		c.MethodRef = issued.Ref
		out = append(out, c)
	}
	return out, s.store.CreateChallenges(ctx, out)
}

// Answer checks userID's answer to a challenge. It spends an attempt atomically, so
// parallel guesses cannot exceed the allowance. A correct answer moves the challenge to
// ANSWERED once; a wrong last attempt to FAILED. A wrong answer is always an error, even
// when another answer settled the challenge meanwhile; the same correct answer again is
// not. It returns the challenge as it now is.
func (s *Service) Answer(ctx context.Context, id, userID, answer string) (Challenge, error) {
	c, err := s.store.GetChallenge(ctx, id)
	if err != nil {
		return c, err
	}
	m := s.verifier(c.Method)
	switch {
	case c.UserID != userID:
		return c, obperr.ChallengeNotForThisUser
	case m.Decoupled():
		return c, obperr.ChallengeDecoupled
	case c.Status == Answered:
		return c, again(ctx, m, c, answer)
	case c.Status == Failed:
		return c, obperr.AllowedAttemptsUsedUp
	case !s.now().Before(c.ExpiresAt):
		return c, obperr.OneTimePasswordExpired
	}
	left, ok, err := s.store.Attempt(ctx, id)
	if err != nil {
		return c, err
	}
	if !ok { // no attempt left to spend: the others answered it or used them up meanwhile
		return s.settled(ctx, m, id, answer)
	}
	right, err := m.Verify(ctx, c, answer)
	if err != nil {
		return c, err
	}
	if !right {
		if left == 0 {
			resolved, err := s.store.Resolve(ctx, id, Failed)
			if err != nil {
				return c, err
			}
			if resolved {
				c.Status = Failed
				return c, obperr.AllowedAttemptsUsedUp.With("That was the last attempt.")
			}
		}
		return c, obperr.InvalidChallengeAnswer.With("%d attempt(s) left.", left)
	}
	resolved, err := s.store.Resolve(ctx, id, Answered)
	if err != nil {
		return c, err
	}
	if !resolved {
		return s.settled(ctx, m, id, answer)
	}
	c.Status = Answered
	return c, nil
}

// settleWait bounds how long an answer that found every attempt spent waits for the
// answers holding them to settle the challenge.
const settleWait = 2 * time.Second

// settled answers with a challenge that other answers settle while this one is checked.
// Every attempt may be spent by answers still in flight, one of them right: until they
// have resolved it the challenge is PENDING, and this answer waits for the outcome
// rather than reporting attempts used up (on which callers reject the request) while a
// right answer is about to accept it. A challenge still PENDING after settleWait has lost
// its answerers (a process stopped mid-answer) and is used up.
func (s *Service) settled(ctx context.Context, m Method, id, answer string) (Challenge, error) {
	deadline := time.Now().Add(settleWait)
	for {
		c, err := s.store.GetChallenge(ctx, id)
		if err != nil {
			return c, err
		}
		switch {
		case c.Status == Answered:
			return c, again(ctx, m, c, answer)
		case c.Status != Pending || !time.Now().Before(deadline):
			return c, obperr.AllowedAttemptsUsedUp
		}
		select {
		case <-ctx.Done():
			return c, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// again judges an answer to a challenge already answered: the same correct answer is no
// error (a client's retry); anything else is a wrong answer. No attempt is spent: the
// challenge is settled and knowing its code is worth nothing now.
func again(ctx context.Context, m Method, c Challenge, answer string) error {
	if right, err := m.Verify(ctx, c, answer); err != nil || right {
		return err
	}
	return obperr.InvalidChallengeAnswer.With("The challenge was already answered.")
}
