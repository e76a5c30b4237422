package rest

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
)

// GetBank is getBank: the bank, or obperr.BankNotFound (the adapter's OBP-30001, or an
// answer without a bank id).
func (c *Client) GetBank(ctx context.Context, id string) (bank.Bank, error) {
	occ, err := NewOutboundContext(ctx, call.From(ctx))
	if err != nil {
		return bank.Bank{}, err
	}
	data, err := exchange[BankCommons](ctx, c, getBank, OutBoundGetBank{OutboundAdapterCallContext: occ, BankID: ID{id}})
	if err != nil {
		return bank.Bank{}, err
	}
	if data.BankID.Value == "" {
		return bank.Bank{}, obperr.BankNotFound
	}
	return data.Bank(), nil
}

// CheckBankAccountExists is checkBankAccountExists, as Connector.GetBankAccount.
func (c *Client) CheckBankAccountExists(ctx context.Context, ref account.Ref) (account.Account, error) {
	return NewConnector(c).GetBankAccount(ctx, ref)
}

// MakePaymentv210 is makePaymentv210, sent once: the posted transaction's id. The
// adapter's errorCode is obperr.InvalidConnectorResponseForMakePayment (nothing posted);
// any other failure is an *OutcomeUnknownError.
func (c *Client) MakePaymentv210(ctx context.Context, p Payment) (transactionID string, err error) {
	occ, err := NewOutboundContext(ctx, call.From(ctx))
	if err != nil {
		return "", err
	}
	data, err := exchange[ID](ctx, c, makePaymentv210, NewOutBoundMakePaymentv210(occ, p))
	if err != nil {
		return "", err
	}
	if data.Value == "" {
		return "", &OutcomeUnknownError{Method: makePaymentv210.name, Cause: errNoTransactionID}
	}
	return data.Value, nil
}
