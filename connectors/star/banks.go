package star

import (
	"context"
	"sort"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/bank"
)

// GetBank implements bank.Connector.
func (c *Connector) GetBank(ctx context.Context, id string) (bank.Bank, error) {
	t, err := c.forBank(port.GetBank, id)
	if err != nil {
		return bank.Bank{}, err
	}
	return t.conn.GetBank(ctx, id)
}

// GetBanks implements bank.Connector: every connector's banks, each once, ordered by id.
func (c *Connector) GetBanks(ctx context.Context) ([]bank.Bank, error) {
	targets, err := c.forAny(port.GetBanks)
	if err != nil {
		return nil, err
	}
	all, err := merge(targets, func(t target) ([]bank.Bank, error) { return t.conn.GetBanks(ctx) })
	if err != nil || len(targets) == 1 {
		return all, err
	}
	seen := map[string]bool{}
	out := make([]bank.Bank, 0, len(all))
	for _, b := range all {
		if !seen[b.ID] {
			seen[b.ID] = true
			out = append(out, b)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// CreateOrUpdateBank implements bank.Connector.
func (c *Connector) CreateOrUpdateBank(ctx context.Context, b bank.Bank) (bank.Bank, error) {
	t, err := c.forBank(port.CreateOrUpdateBank, b.ID)
	if err != nil {
		return bank.Bank{}, err
	}
	return t.conn.CreateOrUpdateBank(ctx, b)
}
