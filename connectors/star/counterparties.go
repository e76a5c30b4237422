package star

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/counterparty"
)

// CreateCounterparty implements counterparty.Connector.
func (c *Connector) CreateCounterparty(ctx context.Context, cp counterparty.Counterparty) (counterparty.Counterparty, error) {
	t, err := c.forBank(port.CreateCounterparty, cp.ThisBankID)
	if err != nil {
		return counterparty.Counterparty{}, err
	}
	return t.conn.CreateCounterparty(ctx, cp)
}

// GetCounterparties implements counterparty.Connector.
func (c *Connector) GetCounterparties(ctx context.Context, ref account.Ref, viewID string, limit, offset int) ([]counterparty.Counterparty, error) {
	t, err := c.forBank(port.GetCounterparties, ref.BankID)
	if err != nil {
		return nil, err
	}
	return t.conn.GetCounterparties(ctx, ref, viewID, limit, offset)
}

// GetCounterpartyByCounterpartyID implements counterparty.Connector.
func (c *Connector) GetCounterpartyByCounterpartyID(ctx context.Context, id string) (counterparty.Counterparty, error) {
	targets, err := c.forAny(port.GetCounterpartyByCounterpartyID)
	if err != nil {
		return counterparty.Counterparty{}, err
	}
	return first(targets, func(t target) (counterparty.Counterparty, error) {
		return t.conn.GetCounterpartyByCounterpartyID(ctx, id)
	})
}

// GetCounterpartyByName implements counterparty.Connector.
func (c *Connector) GetCounterpartyByName(ctx context.Context, ref account.Ref, viewID, name string) (counterparty.Counterparty, error) {
	t, err := c.forBank(port.CheckCounterpartyExists, ref.BankID)
	if err != nil {
		return counterparty.Counterparty{}, err
	}
	return t.conn.GetCounterpartyByName(ctx, ref, viewID, name)
}

// DeleteCounterpartyByCounterpartyID implements counterparty.Connector: the connector
// that has the counterparty deletes it.
func (c *Connector) DeleteCounterpartyByCounterpartyID(ctx context.Context, id string) error {
	targets, err := c.forAny(port.DeleteCounterpartyByCounterpartyID)
	if err != nil {
		return err
	}
	t, _, err := owner(targets, func(t target) (counterparty.Counterparty, error) {
		return t.conn.GetCounterpartyByCounterpartyID(ctx, id)
	})
	if err != nil {
		return err
	}
	return t.conn.DeleteCounterpartyByCounterpartyID(ctx, id)
}
