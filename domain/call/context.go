// Package call carries who is calling and why through every domain and connector call:
// the correlation id, the user and consumer, and the user's auth context. A REST adapter
// connector builds OBP's outbound envelope from it.
package call

import (
	"context"
	"sync"
)

// Context describes one API call. The zero value is an anonymous call.
type Context struct {
	CorrelationID string
	UserID        string
	Username      string
	ConsumerID    string
	// ConsentID is set when a Consent-JWT authenticated the call: UserID is then the
	// consent's own user, who holds exactly what the consent grants, and OnBehalfOf the
	// user who gave the consent (to whom challenges go).
	ConsentID  string
	OnBehalfOf string
	// AuthContext loads the user's auth context, sent on to adapters, on first use: a
	// request that never reaches a connector pays no query. Nil for an anonymous call.
	AuthContext func(ctx context.Context) ([]KeyValue, error)
}

// LoadAuthContext is the caller's auth context; none for an anonymous call.
func (c Context) LoadAuthContext(ctx context.Context) ([]KeyValue, error) {
	if c.AuthContext == nil {
		return nil, nil
	}
	return c.AuthContext(ctx)
}

// Human is the person behind the call: the user who gave the consent for a consent's
// call, the user otherwise.
func (c Context) Human() string {
	if c.OnBehalfOf != "" {
		return c.OnBehalfOf
	}
	return c.UserID
}

// KeyValue is one entry of a user's auth context.
type KeyValue struct {
	Key   string
	Value string
}

type key struct{}

// With returns ctx carrying cc.
func With(ctx context.Context, cc Context) context.Context {
	return context.WithValue(ctx, key{}, cc)
}

// From returns the call context in ctx, or the zero (anonymous) Context.
func From(ctx context.Context) Context {
	cc, _ := ctx.Value(key{}).(Context)
	return cc
}

// AuthContextSource reads a user's auth context (the auth-context service).
type AuthContextSource interface {
	UserAuthContext(ctx context.Context, userID string) ([]KeyValue, error)
}

// LazyAuthContext is a Context.AuthContext that reads userID's auth context from source
// once, when first asked; a failed read is tried again on the next. Nil without a user.
func LazyAuthContext(source AuthContextSource, userID string) func(ctx context.Context) ([]KeyValue, error) {
	if source == nil || userID == "" {
		return nil
	}
	var (
		mu     sync.Mutex
		loaded bool
		pairs  []KeyValue
	)
	return func(ctx context.Context) ([]KeyValue, error) {
		mu.Lock()
		defer mu.Unlock()
		if loaded {
			return pairs, nil
		}
		kv, err := source.UserAuthContext(ctx, userID)
		if err != nil {
			return nil, err
		}
		pairs, loaded = kv, true
		return pairs, nil
	}
}
