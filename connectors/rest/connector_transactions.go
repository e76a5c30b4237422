package rest

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

// GetTransactions is getTransactions. A transaction of another account in the answer
// makes it invalid (OBP-50204), as OBP checks too.
func (c *Connector) GetTransactions(ctx context.Context, ref account.Ref, q transaction.Query) ([]transaction.Transaction, error) {
	data, err := send[[]TransactionCommons](ctx, c, getTransactions, func(occ OutboundAdapterCallContext) any {
		return newOutBoundGetTransactions(occ, ref, q)
	})
	if err != nil {
		return nil, err
	}
	out := make([]transaction.Transaction, 0, len(data))
	for _, r := range data {
		t, err := r.Transaction()
		if err != nil {
			return nil, getTransactions.invalid.Wrap(err)
		}
		if t.Ref() != ref {
			return nil, getTransactions.invalid.With("the adapter answered a transaction of %s/%s.", t.BankID, t.AccountID)
		}
		out = append(out, t)
	}
	return out, nil
}

// GetTransaction is getTransaction: the transaction, or obperr.TransactionNotFound (the
// adapter's OBP-30067, or an answer without a transaction id).
func (c *Connector) GetTransaction(ctx context.Context, ref account.Ref, id string) (transaction.Transaction, error) {
	data, err := send[TransactionCommons](ctx, c, getTransaction, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetTransaction{OutboundAdapterCallContext: occ, BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID}, TransactionID: ID{id}}
	})
	if err != nil {
		return transaction.Transaction{}, err
	}
	if data.ID.Value == "" {
		return transaction.Transaction{}, obperr.TransactionNotFound
	}
	t, err := data.Transaction()
	if err != nil {
		return transaction.Transaction{}, getTransaction.invalid.Wrap(err)
	}
	if t.ID != id || t.Ref() != ref {
		return transaction.Transaction{}, getTransaction.invalid.With("the adapter answered transaction %s of %s/%s.", t.ID, t.BankID, t.AccountID)
	}
	return t, nil
}

// GetDoubleEntryBookTransaction is getDoubleEntryBookTransaction: both legs, or
// obperr.DoubleEntryTransactionNotFound (the adapter's OBP-30087, or an answer without
// leg ids). Legs the adapter leaves out (OBP's message has only their ids) are read
// with getTransaction.
func (c *Connector) GetDoubleEntryBookTransaction(ctx context.Context, ref account.Ref, transactionID string) (transaction.Posted, error) {
	data, err := send[DoubleEntryTransaction](ctx, c, getDoubleEntryBookTransaction, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetDoubleEntryBookTransaction{OutboundAdapterCallContext: occ, BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID}, TransactionID: ID{transactionID}}
	})
	if err != nil {
		return transaction.Posted{}, err
	}
	if data.DebitTransactionID.Value == "" || data.CreditTransactionID.Value == "" {
		return transaction.Posted{}, obperr.DoubleEntryTransactionNotFound
	}
	var p transaction.Posted
	if p.Debit, err = c.leg(ctx, data.DebitTransaction, data.DebitTransactionBankID, data.DebitTransactionAccountID, data.DebitTransactionID); err != nil {
		return transaction.Posted{}, err
	}
	if p.Credit, err = c.leg(ctx, data.CreditTransaction, data.CreditTransactionBankID, data.CreditTransactionAccountID, data.CreditTransactionID); err != nil {
		return transaction.Posted{}, err
	}
	if transactionID != p.Debit.ID && transactionID != p.Credit.ID {
		return transaction.Posted{}, getDoubleEntryBookTransaction.invalid.With("the adapter answered legs %s and %s for %s.", p.Debit.ID, p.Credit.ID, transactionID)
	}
	return p, nil
}

// leg is one leg of a double-entry answer: as the adapter sent it (ours), else read.
func (c *Connector) leg(ctx context.Context, full *TransactionCommons, bankID, accountID, id ID) (transaction.Transaction, error) {
	if full == nil {
		return c.GetTransaction(ctx, account.Ref{BankID: bankID.Value, AccountID: accountID.Value}, id.Value)
	}
	t, err := full.Transaction()
	if err != nil {
		return transaction.Transaction{}, getDoubleEntryBookTransaction.invalid.Wrap(err)
	}
	if t.ID != id.Value || t.BankID != bankID.Value || t.AccountID != accountID.Value {
		return transaction.Transaction{}, getDoubleEntryBookTransaction.invalid.With("leg %s does not match its ids.", t.ID)
	}
	return t, nil
}

// GetCounterpartiesFromTransactions is getCounterpartiesFromTransaction.
func (c *Connector) GetCounterpartiesFromTransactions(ctx context.Context, ref account.Ref) ([]transaction.OtherAccount, error) {
	data, err := send[[]TransactionCounterparty](ctx, c, getCounterpartiesFromTransaction, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetCounterpartiesFromTransaction{OutboundAdapterCallContext: occ, BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID}}
	})
	if err != nil {
		return nil, err
	}
	out := make([]transaction.OtherAccount, 0, len(data))
	for _, o := range data {
		out = append(out, o.OtherAccount())
	}
	return out, nil
}

// DebitLegOf is getTransferOutcome (ours), the reconciler's question: whether the
// adapter posted the payment with this transaction request id, and its debit leg.
func (c *Connector) DebitLegOf(ctx context.Context, transferID string) (string, bool, error) {
	ctx = forPayment(ctx, transferID)
	data, err := send[TransferOutcome](ctx, c, getTransferOutcome, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetTransferOutcome{OutboundAdapterCallContext: occ, TransactionRequestID: ID{transferID}}
	})
	if err != nil {
		return "", false, err
	}
	if data.Posted != (data.TransactionID.Value != "") {
		return "", false, getTransferOutcome.invalid.With("posted %t with transaction id %q.", data.Posted, data.TransactionID.Value)
	}
	return data.TransactionID.Value, data.Posted, nil
}
