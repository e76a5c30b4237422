package rest

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/obperr"
)

// CreateCounterparty is createCounterparty, answered with the counterparty as stored;
// obperr.CounterpartyAlreadyExists is the adapter's OBP-30014.
func (c *Connector) CreateCounterparty(ctx context.Context, cp counterparty.Counterparty) (counterparty.Counterparty, error) {
	data, err := send[CounterpartyTraitCommons](ctx, c, createCounterparty, func(occ OutboundAdapterCallContext) any {
		return newOutBoundCreateCounterparty(occ, cp)
	})
	if err != nil {
		return counterparty.Counterparty{}, err
	}
	if data.CounterpartyID == "" || data.Name != cp.Name || data.ThisBankID != cp.ThisBankID || data.ThisAccountID != cp.ThisAccountID {
		return counterparty.Counterparty{}, createCounterparty.invalid.With("the adapter answered counterparty %q named %q of %s/%s.",
			data.CounterpartyID, data.Name, data.ThisBankID, data.ThisAccountID)
	}
	return data.Counterparty(), nil
}

// GetCounterparties is getCounterparties with our limit and offset. An adapter that
// answers more than limit ignored them (OBP's message has none): the page is cut here.
func (c *Connector) GetCounterparties(ctx context.Context, ref account.Ref, viewID string, limit, offset int) ([]counterparty.Counterparty, error) {
	if limit <= 0 || limit > maxCounterparties {
		limit = maxCounterparties
	}
	offset = max(offset, 0)
	data, err := send[[]CounterpartyTraitCommons](ctx, c, getCounterparties, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetCounterparties{OutboundAdapterCallContext: occ, ThisBankID: ID{ref.BankID}, ThisAccountID: ID{ref.AccountID},
			ViewID: ID{viewID}, Limit: limit, Offset: offset}
	})
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		data = data[min(offset, len(data)):]
		data = data[:min(limit, len(data))]
	}
	out := make([]counterparty.Counterparty, 0, len(data))
	for _, r := range data {
		if r.ThisBankID != ref.BankID || r.ThisAccountID != ref.AccountID || r.ThisViewID != viewID {
			return nil, getCounterparties.invalid.With("the adapter answered counterparty %q of %s/%s/%s.", r.CounterpartyID, r.ThisBankID, r.ThisAccountID, r.ThisViewID)
		}
		out = append(out, r.Counterparty())
	}
	return out, nil
}

// GetCounterpartyByCounterpartyID is getCounterpartyByCounterpartyId: the counterparty,
// or obperr.CounterpartyNotFoundByCounterpartyID (the adapter's OBP-30017, or an answer
// without it).
func (c *Connector) GetCounterpartyByCounterpartyID(ctx context.Context, counterpartyID string) (counterparty.Counterparty, error) {
	data, err := send[CounterpartyTraitCommons](ctx, c, getCounterpartyByCounterpartyID, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetCounterpartyByCounterpartyID{OutboundAdapterCallContext: occ, CounterpartyID: ID{counterpartyID}}
	})
	if err != nil {
		return counterparty.Counterparty{}, err
	}
	if data.CounterpartyID == "" {
		return counterparty.Counterparty{}, obperr.CounterpartyNotFoundByCounterpartyID
	}
	if data.CounterpartyID != counterpartyID {
		return counterparty.Counterparty{}, getCounterpartyByCounterpartyID.invalid.With("the adapter answered counterparty %q.", data.CounterpartyID)
	}
	return data.Counterparty(), nil
}

// GetCounterpartyByName is checkCounterpartyExists: the counterparty, or
// obperr.CounterpartyNotFound (the adapter's OBP-30004, or an answer without one).
func (c *Connector) GetCounterpartyByName(ctx context.Context, ref account.Ref, viewID, name string) (counterparty.Counterparty, error) {
	data, err := send[CounterpartyTraitCommons](ctx, c, checkCounterpartyExists, func(occ OutboundAdapterCallContext) any {
		return OutBoundCheckCounterpartyExists{OutboundAdapterCallContext: occ, Name: name, ThisBankID: ref.BankID,
			ThisAccountID: ref.AccountID, ThisViewID: viewID}
	})
	if err != nil {
		return counterparty.Counterparty{}, err
	}
	if data.CounterpartyID == "" {
		return counterparty.Counterparty{}, obperr.CounterpartyNotFound
	}
	if data.Name != name || data.ThisBankID != ref.BankID || data.ThisAccountID != ref.AccountID || data.ThisViewID != viewID {
		return counterparty.Counterparty{}, checkCounterpartyExists.invalid.With("the adapter answered counterparty %q named %q of %s/%s/%s.",
			data.CounterpartyID, data.Name, data.ThisBankID, data.ThisAccountID, data.ThisViewID)
	}
	return data.Counterparty(), nil
}

// DeleteCounterpartyByCounterpartyID is deleteCounterpartyByCounterpartyId. The adapter's
// OBP-30017, or false (nothing deleted), is obperr.CounterpartyNotFoundByCounterpartyID.
func (c *Connector) DeleteCounterpartyByCounterpartyID(ctx context.Context, counterpartyID string) error {
	deleted, err := send[bool](ctx, c, deleteCounterpartyByCounterpartyID, func(occ OutboundAdapterCallContext) any {
		return OutBoundDeleteCounterpartyByCounterpartyID{OutboundAdapterCallContext: occ, CounterpartyID: ID{counterpartyID}}
	})
	if err != nil {
		return err
	}
	if !deleted {
		return obperr.CounterpartyNotFoundByCounterpartyID
	}
	return nil
}
