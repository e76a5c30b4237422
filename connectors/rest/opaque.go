package rest

import (
	"context"
	"encoding/base64"
	"fmt"
	"sync"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/call"
)

// The generalContext keys that carry a connector's opaque data, both ways (ours). A call
// made under a consent carries the consent's data; a call about a payment (makePaymentv210,
// getTransferOutcome and the reads a payment makes) the payment's. An adapter that
// answers a key in its inboundAdapterCallContext.generalContext replaces the data kept
// (base64, at most port.MaxOpaque bytes decoded): a bank's own token for a consent, its
// reference for a payment, kept by this server without a schema change.
const (
	OpaqueConsentKey = "obp-go.opaque.consent"
	OpaquePaymentKey = "obp-go.opaque.payment"
)

// ConnectorOption configures a Connector.
type ConnectorOption func(*Connector)

// WithOpaqueStore keeps the adapter's opaque data per consent and per payment in s.
func WithOpaqueStore(s port.OpaqueStore) ConnectorOption { return func(c *Connector) { c.opaque = s } }

// opaqueScope is the opaque data of one call: sent, and answered.
type opaqueScope struct {
	out      []KeyValue
	entities map[string]string // generalContext key -> the entity's id

	mu       sync.Mutex
	answered map[string]string
}

type scopeKey struct{}
type paymentKey struct{}

// forPayment marks the calls made with ctx as about the payment with this transaction
// request id.
func forPayment(ctx context.Context, transactionRequestID string) context.Context {
	return context.WithValue(ctx, paymentKey{}, transactionRequestID)
}

func scopeFrom(ctx context.Context) *opaqueScope {
	sc, _ := ctx.Value(scopeKey{}).(*opaqueScope)
	return sc
}

// record keeps what an answer's envelope says of the scope's entities.
func (sc *opaqueScope) record(pairs []KeyValue) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	for _, kv := range pairs {
		if _, ours := sc.entities[kv.Key]; ours {
			sc.answered[kv.Key] = kv.Value
		}
	}
}

// opaqueScope loads the opaque data of the call's consent and payment into ctx, and
// returns keep, which stores what the adapter answered once the call has succeeded.
func (c *Connector) opaqueScope(ctx context.Context) (context.Context, func(context.Context) error, error) {
	none := func(context.Context) error { return nil }
	if c.opaque == nil || scopeFrom(ctx) != nil {
		return ctx, none, nil
	}
	sc := &opaqueScope{entities: map[string]string{}, answered: map[string]string{}}
	if id := call.From(ctx).ConsentID; id != "" {
		sc.entities[OpaqueConsentKey] = id
	}
	if id, _ := ctx.Value(paymentKey{}).(string); id != "" {
		sc.entities[OpaquePaymentKey] = id
	}
	if len(sc.entities) == 0 {
		return ctx, none, nil
	}
	for key, id := range sc.entities {
		data, found, err := c.opaque.LoadOpaque(ctx, opaqueKind(key), id)
		if err != nil {
			return ctx, none, err
		}
		if found {
			sc.out = append(sc.out, KeyValue{Key: key, Value: base64.StdEncoding.EncodeToString(data)})
		}
	}
	keep := func(ctx context.Context) error {
		sc.mu.Lock()
		defer sc.mu.Unlock()
		for key, value := range sc.answered {
			data, err := base64.StdEncoding.DecodeString(value)
			if err != nil || len(data) > port.MaxOpaque {
				return fmt.Errorf("generalContext %s: not base64 of at most %d bytes", key, port.MaxOpaque)
			}
			if err := c.opaque.SaveOpaque(ctx, opaqueKind(key), sc.entities[key], data); err != nil {
				return err
			}
		}
		return nil
	}
	return context.WithValue(ctx, scopeKey{}, sc), keep, nil
}

func opaqueKind(key string) string {
	if key == OpaqueConsentKey {
		return port.OpaqueConsent
	}
	return port.OpaquePayment
}
