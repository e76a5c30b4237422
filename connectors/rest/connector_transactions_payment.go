package rest

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

// chargePolicy is what makePaymentv210 sends: the port's transfer has none, and SHARED
// is OBP's default.
const chargePolicy = "SHARED"

// MakePayment is makePaymentv210, sent once, after reading both accounts (OBP's message
// carries them in full; a missing one is obperr.BankAccountNotFound and nothing is sent),
// then getDoubleEntryBookTransaction for the legs.
//
// The adapter's errorCode is a refusal (nothing posted) or, for OBP-GO-TRANSFER-POSTED,
// transaction.ErrTransferPosted; any other failure of the payment itself is an
// *OutcomeUnknownError, left for the reconciler (DebitLegOf).
//
// Once the adapter has answered with the debit leg's id the payment is posted, so a
// failed read of the legs is no failure of the payment: reporting one would fail a
// request whose money moved, or invite a retry that pays again. The legs are then the
// transfer's as far as it tells them: the debit leg's id, both accounts, signed amounts,
// type, description, dates and transfer id; the credit leg's id and both new balances
// stay unknown (zero), to be read later with GetDoubleEntryBookTransaction.
func (c *Connector) MakePayment(ctx context.Context, t transaction.Transfer) (transaction.Posted, error) {
	ctx, keep, err := c.opaqueScope(forPayment(ctx, t.ID))
	if err != nil {
		return transaction.Posted{}, err
	}
	from, err := c.paymentAccount(ctx, t.From)
	if err != nil {
		return transaction.Posted{}, err
	}
	to, err := c.paymentAccount(ctx, t.To)
	if err != nil {
		return transaction.Posted{}, err
	}
	id, err := c.c.MakePaymentv210(ctx, Payment{Transfer: t, From: from, To: to, ChargePolicy: chargePolicy})
	if err != nil {
		return transaction.Posted{}, err
	}
	// The money moved: opaque data the adapter answered unfit to keep is dropped, not a failure.
	_ = keep(ctx)
	if p, err := c.GetDoubleEntryBookTransaction(ctx, t.From, id); err == nil && p.Debit.ID == id {
		return p, nil
	}
	return knownLegs(t, id), nil
}

// paymentAccount is checkBankAccountExists for a payment's account.
func (c *Connector) paymentAccount(ctx context.Context, ref account.Ref) (account.Account, error) {
	data, err := send[BankAccountCommons](ctx, c, checkBankAccountExists, func(occ OutboundAdapterCallContext) any {
		return OutBoundCheckBankAccountExists{OutboundAdapterCallContext: occ, BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID}}
	})
	if err != nil {
		return account.Account{}, err
	}
	if data.AccountID.Value == "" {
		return account.Account{}, obperr.BankAccountNotFound
	}
	a, err := data.Account()
	if err != nil {
		return account.Account{}, checkBankAccountExists.invalid.Wrap(err)
	}
	return a, nil
}

// knownLegs are the legs of a posted transfer as the transfer itself tells them.
func knownLegs(t transaction.Transfer, debitID string) transaction.Posted {
	debit := transaction.Transaction{ID: debitID, BankID: t.From.BankID, AccountID: t.From.AccountID, TransferID: t.ID,
		Other: t.To, Type: t.Type, Description: t.Description, Amount: t.Amount, Posted: t.Posted, Completed: t.Completed}
	debit.Amount.Minor = -t.Amount.Minor
	credit := debit
	credit.ID, credit.BankID, credit.AccountID, credit.Other, credit.Amount = "", t.To.BankID, t.To.AccountID, t.From, t.Amount
	return transaction.Posted{Debit: debit, Credit: credit}
}
