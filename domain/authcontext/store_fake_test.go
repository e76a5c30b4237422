package authcontext

import (
	"context"
	"sort"
	"sync"

	"github.com/obp-go/obp/domain/obperr"
)

// memory is an in-memory Store whose settling is atomic, as the interface requires.
type memory struct {
	mu       sync.Mutex
	contexts map[string]UserAuthContext // by user and key
	updates  map[string]Update
	accepted int // updates accepted
}

func newMemory() *memory {
	return &memory{contexts: map[string]UserAuthContext{}, updates: map[string]Update{}}
}

func (m *memory) UpsertAuthContext(_ context.Context, c UserAuthContext) (UserAuthContext, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.upsert(c), nil
}

func (m *memory) upsert(c UserAuthContext) UserAuthContext {
	k := c.UserID + "\x00" + c.Key
	if old, ok := m.contexts[k]; ok {
		c.ID = old.ID
	}
	m.contexts[k] = c
	return c
}

func (m *memory) ListAuthContexts(_ context.Context, userID string) ([]UserAuthContext, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []UserAuthContext
	for _, c := range m.contexts {
		if c.UserID == userID {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

func (m *memory) DeleteAuthContexts(_ context.Context, userID string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, c := range m.contexts {
		if c.UserID == userID {
			delete(m.contexts, k)
		}
	}
	return nil
}

func (m *memory) DeleteAuthContext(_ context.Context, userID, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, c := range m.contexts {
		if c.UserID == userID && c.ID == id {
			delete(m.contexts, k)
			return nil
		}
	}
	return obperr.DeleteUserAuthContextNotFound
}

func (m *memory) CreateAuthContextUpdate(_ context.Context, u Update) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.updates[u.ID] = u
	return nil
}

func (m *memory) GetAuthContextUpdate(_ context.Context, id string) (Update, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	u, ok := m.updates[id]
	if !ok {
		return Update{}, obperr.UserAuthContextUpdateNotFound
	}
	return u, nil
}

func (m *memory) AcceptAuthContextUpdate(_ context.Context, id string, c UserAuthContext) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.settle(id, Accepted) {
		return false, nil
	}
	m.accepted++
	m.upsert(c)
	return true, nil
}

func (m *memory) RejectAuthContextUpdate(_ context.Context, id string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.settle(id, Rejected), nil
}

func (m *memory) settle(id string, to Status) bool {
	u, ok := m.updates[id]
	if !ok || u.Status != Initiated {
		return false
	}
	u.Status = to
	m.updates[id] = u
	return true
}
