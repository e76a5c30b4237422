package auth

import (
	"crypto/sha256"
	"sync"
	"time"
)

// PrincipalCache holds the callers of bearer tokens verified without DirectLogin's state
// cache (the embedded authorization server's access tokens), by the SHA-256 of the
// token's exact bytes, until the token expires or authentication state changes in any
// process: the Service's StatesChanged flushes it with the token states, so a
// revocation, a lock or a disabled consumer holds at once everywhere. A caller loaded
// while a flush happened is not kept.
type PrincipalCache struct {
	mu   sync.RWMutex
	gen  uint64
	held map[[32]byte]heldPrincipal
}

type heldPrincipal struct {
	p     Principal
	until time.Time
}

// NewPrincipalCache returns an empty cache.
func NewPrincipalCache() *PrincipalCache {
	return &PrincipalCache{held: map[[32]byte]heldPrincipal{}}
}

// Lookup is the caller held for token if it is still good at now, and the generation a
// load must quote to Keep.
func (c *PrincipalCache) Lookup(token string, now time.Time) (Principal, bool, uint64) {
	key := sha256.Sum256([]byte(token))
	c.mu.RLock()
	defer c.mu.RUnlock()
	h, ok := c.held[key]
	if !ok || !now.Before(h.until) {
		return Principal{}, false, c.gen
	}
	return h.p, true, c.gen
}

// Keep holds p for token until until, unless the cache was flushed since gen.
func (c *PrincipalCache) Keep(token string, p Principal, until time.Time, gen uint64) {
	key := sha256.Sum256([]byte(token))
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if len(c.held) >= maxCachedStates {
		c.held = map[[32]byte]heldPrincipal{}
	}
	c.held[key] = heldPrincipal{p: p, until: until}
}

// Flush drops every caller held.
func (c *PrincipalCache) Flush() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.held = map[[32]byte]heldPrincipal{}
}
