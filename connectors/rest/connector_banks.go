package rest

import (
	"context"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
)

// GetBank is getBank: the bank, or obperr.BankNotFound (the adapter's OBP-30001, or an
// answer without a bank id).
func (c *Connector) GetBank(ctx context.Context, id string) (bank.Bank, error) {
	data, err := send[BankCommons](ctx, c, getBank, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetBank{OutboundAdapterCallContext: occ, BankID: ID{id}}
	})
	if err != nil {
		return bank.Bank{}, err
	}
	if data.BankID.Value == "" {
		return bank.Bank{}, obperr.BankNotFound
	}
	return data.Bank(), nil
}

// GetBanks is getBanks.
func (c *Connector) GetBanks(ctx context.Context) ([]bank.Bank, error) {
	data, err := send[[]BankCommons](ctx, c, getBanks, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetBanks{OutboundAdapterCallContext: occ}
	})
	if err != nil {
		return nil, err
	}
	out := make([]bank.Bank, 0, len(data))
	for _, b := range data {
		out = append(out, b.Bank())
	}
	return out, nil
}

// CreateOrUpdateBank is createOrUpdateBank, answered with the bank as stored.
func (c *Connector) CreateOrUpdateBank(ctx context.Context, b bank.Bank) (bank.Bank, error) {
	data, err := send[BankCommons](ctx, c, createOrUpdateBank, func(occ OutboundAdapterCallContext) any {
		return newOutBoundCreateOrUpdateBank(occ, b)
	})
	if err != nil {
		return bank.Bank{}, err
	}
	if data.BankID.Value != b.ID {
		return bank.Bank{}, createOrUpdateBank.invalid.With("the adapter answered bank %q for %q.", data.BankID.Value, b.ID)
	}
	return data.Bank(), nil
}
