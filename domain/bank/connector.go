package bank

import "context"

// Connector is the core-banking capability for banks, with OBP's connector method names.
// The call context (correlation id, user, consumer) travels in ctx; see domain/call.
type Connector interface {
	// GetBank returns obperr.BankNotFound when no bank has this id.
	GetBank(ctx context.Context, id string) (Bank, error)
	// GetBanks returns every bank, ordered by id.
	GetBanks(ctx context.Context) ([]Bank, error)
	// CreateOrUpdateBank stores b under b.ID, replacing its routings and attributes.
	CreateOrUpdateBank(ctx context.Context, b Bank) (Bank, error)
}
