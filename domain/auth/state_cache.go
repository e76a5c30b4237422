package auth

import "sync"

// maxCachedStates bounds the memory the cache takes: past it the cache starts afresh.
const maxCachedStates = 100_000

// stateCache holds token states in memory so that authenticating a call needs no
// database round trip. Whatever changes a state (revoking a token, locking a user,
// updating a consumer) flushes it in every process (StatesChanged); a state loaded while
// a flush happened is not kept, so a flush is never undone by a slow read.
type stateCache struct {
	mu     sync.RWMutex
	gen    uint64
	states map[string]TokenState
	// verified are the claims of tokens whose signature this process checked, by the
	// SHA-256 of the token's exact bytes (the tokens themselves are not kept).
	verified map[[32]byte]claims
}

func newStateCache() *stateCache {
	return &stateCache{states: map[string]TokenState{}, verified: map[[32]byte]claims{}}
}

func (c *stateCache) claimsOf(key [32]byte) (claims, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	cl, ok := c.verified[key]
	return cl, ok
}

func (c *stateCache) putClaims(key [32]byte, cl claims) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.verified) >= maxCachedStates {
		c.verified = map[[32]byte]claims{}
	}
	c.verified[key] = cl
}

// get returns the cached state of the token id, and the generation a load must quote.
func (c *stateCache) get(id string) (TokenState, bool, uint64) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	st, ok := c.states[id]
	return st, ok, c.gen
}

// put keeps st unless the cache was flushed since gen was read.
func (c *stateCache) put(st TokenState, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if len(c.states) >= maxCachedStates {
		c.states = map[string]TokenState{}
	}
	c.states[st.ID] = st
}

func (c *stateCache) flush() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.states = map[string]TokenState{}
	c.verified = map[[32]byte]claims{}
}
