// Package port names the whole core-banking connector port: every capability a
// connector (mapped, rest, star) serves to the domain services.
package port

import (
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
