// Package port names the whole core-banking connector port: every capability a
// connector (mapped, rest, star) serves to the domain services.
package port

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/domain/payment"
)

// Connector is every capability of the connector port. payment.Connector carries
// transaction.Connector; payment.LegFinder is how the reconciler learns a payment's outcome.
type Connector interface {
	bank.Connector
	account.Connector
	counterparty.Connector
	customer.Connector
	kyc.Connector
	payment.Connector
	payment.LegFinder
}

// OpaqueStore keeps a connector's own opaque data per consent and per payment (a bank's
// token for a consent, its reference for a payment), so that a connector needs no schema
// of ours for them. Kinds are OpaqueConsent and OpaquePayment.
type OpaqueStore interface {
	// SaveOpaque replaces the data kept for the entity.
	SaveOpaque(ctx context.Context, kind, entityID string, data []byte) error
	// LoadOpaque is the data kept for the entity; found is false when there is none.
	LoadOpaque(ctx context.Context, kind, entityID string) (data []byte, found bool, err error)
}

// The entities a connector may keep opaque data for.
const (
	OpaqueConsent = "consent" // by consent id
	OpaquePayment = "payment" // by transaction request id
)

// MaxOpaque bounds one entity's opaque data, in bytes.
const MaxOpaque = 16 << 10
