package rest

import (
	"context"
	"fmt"

	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/idempotency"
)

// IdempotencyKey is the generalContext key under which a call made for an API request
// with an Idempotency-Key carries that key (a payment, and the reads it makes), beside
// the transactionRequestId the payment is idempotent on.
const IdempotencyKey = "Idempotency-Key"

// NewOutboundContext is the outbound envelope for cc: its correlation and consumer ids
// and, for a call with a user, the user with their auth context (loaded now, on first
// use). OBP's sessionId, generalContext, linkedCustomers and authViews are not kept by
// this server and stay out of the message.
func NewOutboundContext(ctx context.Context, cc call.Context) (OutboundAdapterCallContext, error) {
	out := OutboundAdapterCallContext{CorrelationID: cc.CorrelationID, ConsumerID: cc.ConsumerID}
	if sc := scopeFrom(ctx); sc != nil {
		out.GeneralContext = append(out.GeneralContext, sc.out...)
	}
	if key, ok := idempotency.Key(ctx); ok {
		out.GeneralContext = append(out.GeneralContext, KeyValue{Key: IdempotencyKey, Value: key})
	}
	if cc.UserID == "" {
		return out, nil
	}
	pairs, err := cc.LoadAuthContext(ctx)
	if err != nil {
		return out, fmt.Errorf("load the user's auth context: %w", err)
	}
	info := &OutboundAdapterAuthInfo{UserID: cc.UserID, Username: cc.Username}
	for _, kv := range pairs {
		info.UserAuthContext = append(info.UserAuthContext, KeyValue{Key: kv.Key, Value: kv.Value})
	}
	out.OutboundAdapterAuthInfo = info
	return out, nil
}
