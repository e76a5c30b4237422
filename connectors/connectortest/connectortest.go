// Package connectortest is the conformance suite every connector passes. An adapter
// author calls TestConnector from a test of their own, in the manner of
// testing/fstest.TestFS:
//
//	func TestConformance(t *testing.T) {
//		connectortest.TestConnector(t, myconnector.New(...))
//	}
//
// The suite creates its own banks, accounts and customers under fresh random ids, so it
// can run against a connector that already holds data; WithUsers supplies the users it
// links to customers. Each failure says which method did what and what the suite
// expected instead.
package connectortest

import (
	"crypto/rand"
	"encoding/hex"
	"testing"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/transaction"
)

// Connector is the core-banking port the suite exercises.
type Connector interface {
	bank.Connector
	account.Connector
	transaction.Connector
	counterparty.Connector
	customer.Connector
	kyc.Connector
	payment.Connector
}

// TestConnector runs the whole suite against c.
func TestConnector(t *testing.T, c Connector, opts ...Option) {
	o := options{newUser: func(*testing.T) string { return fresh("user") }}
	for _, opt := range opts {
		opt(&o)
	}
	t.Run("banks", func(t *testing.T) { testBanks(t, c) })
	t.Run("accounts", func(t *testing.T) { testAccounts(t, c) })
	t.Run("payments", func(t *testing.T) { testPayments(t, c) })
	t.Run("transactions", func(t *testing.T) { testTransactions(t, c) })
	t.Run("concurrent payments", func(t *testing.T) { testConcurrentPayments(t, c) })
	t.Run("ledger guards", func(t *testing.T) { testLedgerGuards(t, c) })
	t.Run("counterparties", func(t *testing.T) { testCounterparties(t, c) })
	t.Run("customers", func(t *testing.T) { testCustomers(t, c) })
	t.Run("customer links", func(t *testing.T) { testCustomerLinks(t, c, o.newUser) })
	t.Run("customer attributes", func(t *testing.T) { testCustomerAttributes(t, c) })
	t.Run("kyc records", func(t *testing.T) { testKycRecords(t, c) })
	t.Run("kyc statuses", func(t *testing.T) { testKycStatuses(t, c) })
	t.Run("challenge threshold", func(t *testing.T) { testChallengeThreshold(t, c) })
	t.Run("account by routing", func(t *testing.T) { testAccountByRouting(t, c) })
	t.Run("settlement accounts", func(t *testing.T) { testSettlementAccounts(t, c) })
	t.Run("account attributes", func(t *testing.T) { testAccountAttributes(t, c) })
}

// fresh returns a random id with a readable prefix.
func fresh(prefix string) string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return prefix + "-" + hex.EncodeToString(b)
}
