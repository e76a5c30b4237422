package sca

import (
	"context"
	"fmt"

	"github.com/obp-go/obp/domain/obperr"
)

// Decided is an owner's reaction to a decoupled challenge's decision: a payment goes
// forward or is rejected, a consent accepted or rejected. c is the challenge as decided.
type Decided func(ctx context.Context, c Challenge, accepted bool) error

// OnDecided registers the owner of one purpose's challenges. Call it while wiring,
// before any challenge can be decided.
func (s *Service) OnDecided(purpose Purpose, fn Decided) { s.decided[purpose] = fn }

// Decide records the decision on a decoupled challenge (a push confirmation accepted or
// declined on the user's device, with its evidence) and tells the challenge's owner. The
// challenge moves out of PENDING once, atomically: a second decision, a late one or one
// racing the first changes nothing and is ErrSettled. Only a decoupled method's challenge
// is decided (ErrNotDecoupled); the caller has verified the evidence against the user.
func (s *Service) Decide(ctx context.Context, id string, accepted bool, evidence string) (Challenge, error) {
	c, err := s.store.GetChallenge(ctx, id)
	if err != nil {
		return c, err
	}
	if !s.verifier(c.Method).Decoupled() {
		return c, ErrNotDecoupled
	}
	if c.Status != Pending {
		return c, ErrSettled
	}
	if !s.now().Before(c.ExpiresAt) {
		return c, obperr.OneTimePasswordExpired
	}
	to := Declined
	if accepted {
		to = Answered
	}
	ok, err := s.store.Decide(ctx, id, to, evidence)
	if err != nil {
		return c, err
	}
	if !ok {
		if c, err = s.store.GetChallenge(ctx, id); err != nil {
			return c, err
		}
		return c, ErrSettled
	}
	c.Status, c.Evidence = to, evidence
	fn, ok := s.decided[c.Purpose]
	if !ok {
		return c, fmt.Errorf("no owner of %s challenges is told of decisions", c.Purpose)
	}
	return c, fn(ctx, c, accepted)
}
