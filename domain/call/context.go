// Package call carries who is calling and why through every domain and connector call:
// the correlation id, the user and consumer, and the user's auth context. A REST adapter
// connector builds OBP's outbound envelope from it.
package call

import "context"

// Context describes one API call. The zero value is an anonymous call.
type Context struct {
	CorrelationID string
	UserID        string
	Username      string
	ConsumerID    string
	// ConsentID is set when a Consent-JWT authenticated the call: UserID is then the
	// consent's own user, who holds exactly what the consent grants, and OnBehalfOf the
	// user who gave the consent (to whom challenges go).
	ConsentID   string
	OnBehalfOf  string
	AuthContext []KeyValue // the user's auth context, sent on to adapters
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
