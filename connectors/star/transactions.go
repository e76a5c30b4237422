package star

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

// GetTransactions implements transaction.Connector.
func (c *Connector) GetTransactions(ctx context.Context, ref account.Ref, q transaction.Query) ([]transaction.Transaction, error) {
	t, err := c.forBank(port.GetTransactions, ref.BankID)
	if err != nil {
		return nil, err
	}
	return t.conn.GetTransactions(ctx, ref, q)
}

// GetTransaction implements transaction.Connector.
func (c *Connector) GetTransaction(ctx context.Context, ref account.Ref, id string) (transaction.Transaction, error) {
	t, err := c.forBank(port.GetTransaction, ref.BankID)
	if err != nil {
		return transaction.Transaction{}, err
	}
	return t.conn.GetTransaction(ctx, ref, id)
}

// MakePayment implements transaction.Connector. Both accounts must be served by one
// connector: no two connectors can post the legs atomically, so a payment between them
// is refused (OBP-70004) before anything is posted.
func (c *Connector) MakePayment(ctx context.Context, tr transaction.Transfer) (transaction.Posted, error) {
	from, err := c.forBank(port.MakePaymentv210, tr.From.BankID)
	if err != nil {
		return transaction.Posted{}, err
	}
	to, err := c.forBank(port.MakePaymentv210, tr.To.BankID)
	if err != nil {
		return transaction.Posted{}, err
	}
	if from.key != to.key {
		return transaction.Posted{}, obperr.PaymentAcrossConnectors.With("Bank %s is served by %s, bank %s by %s.",
			tr.From.BankID, from.name, tr.To.BankID, to.name)
	}
	return from.conn.MakePayment(ctx, tr)
}

// GetDoubleEntryBookTransaction implements transaction.Connector.
func (c *Connector) GetDoubleEntryBookTransaction(ctx context.Context, ref account.Ref, transactionID string) (transaction.Posted, error) {
	t, err := c.forBank(port.GetDoubleEntryBookTransaction, ref.BankID)
	if err != nil {
		return transaction.Posted{}, err
	}
	return t.conn.GetDoubleEntryBookTransaction(ctx, ref, transactionID)
}

// GetCounterpartiesFromTransactions implements transaction.Connector.
func (c *Connector) GetCounterpartiesFromTransactions(ctx context.Context, ref account.Ref) ([]transaction.OtherAccount, error) {
	t, err := c.forBank(port.GetCounterpartiesFromTransaction, ref.BankID)
	if err != nil {
		return nil, err
	}
	return t.conn.GetCounterpartiesFromTransactions(ctx, ref)
}

// DebitLegOf implements payment.LegFinder: a transfer id names no bank, so every
// connector the method is routed to is asked until one has posted it.
func (c *Connector) DebitLegOf(ctx context.Context, transferID string) (string, bool, error) {
	targets, err := c.forAny(port.GetTransferOutcome)
	if err != nil {
		return "", false, err
	}
	for _, t := range targets {
		id, found, err := t.conn.DebitLegOf(ctx, transferID)
		if err != nil || found {
			return id, found, err
		}
	}
	return "", false, nil
}
