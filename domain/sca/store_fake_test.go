package sca

import (
	"context"
	"sync"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

// challengeMemory is an in-memory Store whose Attempt and Resolve are atomic, as the
// interface requires. meanwhile, when set, runs under the lock just before Attempt
// decides: what a concurrent answer did between this one's read and its attempt.
type challengeMemory struct {
	mu        sync.Mutex
	byID      map[string]Challenge
	created   [][]Challenge // every CreateChallenges call
	meanwhile func(c *Challenge)
}

func newChallengeMemory(cs ...Challenge) *challengeMemory {
	m := &challengeMemory{byID: map[string]Challenge{}}
	for _, c := range cs {
		m.byID[c.ID] = c
	}
	return m
}

func (m *challengeMemory) CreateChallenges(_ context.Context, cs []Challenge) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.created = append(m.created, cs)
	for _, c := range cs {
		m.byID[c.ID] = c
	}
	return nil
}

func (m *challengeMemory) GetChallenge(_ context.Context, id string) (Challenge, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.byID[id]
	if !ok {
		return Challenge{}, obperr.ChallengeNotFound
	}
	return c, nil
}

func (m *challengeMemory) ListChallenges(_ context.Context, purpose Purpose, purposeID string) ([]Challenge, error) {
	return m.ListChallengesFor(context.Background(), purpose, []string{purposeID})
}

func (m *challengeMemory) ListChallengesFor(_ context.Context, purpose Purpose, purposeIDs []string) ([]Challenge, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Challenge
	for _, c := range m.byID {
		for _, id := range purposeIDs {
			if c.Purpose == purpose && c.PurposeID == id {
				out = append(out, c)
			}
		}
	}
	return out, nil
}

func (m *challengeMemory) Attempt(_ context.Context, id string) (int, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.byID[id]
	if m.meanwhile != nil {
		m.meanwhile(&c)
	}
	if c.Status != Pending || c.AttemptsLeft <= 0 {
		m.byID[id] = c
		return 0, false, nil
	}
	c.AttemptsLeft--
	m.byID[id] = c
	return c.AttemptsLeft, true, nil
}

func (m *challengeMemory) Resolve(_ context.Context, id string, to Status) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.byID[id]
	if c.Status != Pending {
		return false, nil
	}
	c.Status = to
	m.byID[id] = c
	return true, nil
}

func (m *challengeMemory) Decide(_ context.Context, id string, to Status, evidence string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.byID[id]
	if c.Status != Pending {
		return false, nil
	}
	c.Status, c.Evidence = to, evidence
	m.byID[id] = c
	return true, nil
}

func (m *challengeMemory) get(id string) Challenge {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.byID[id]
}

// fixedClock is a clock a test moves by hand.
type fixedClock struct{ now time.Time }

func (c *fixedClock) Now() time.Time { return c.now }
