package counterparty

import (
	"context"

	"github.com/obp-go/obp/domain/account"
)

// Connector is the core-banking capability for counterparties, with OBP's connector
// method names. Not-found cases return the obperr codes named below.
type Connector interface {
	// CreateCounterparty stores c; obperr.CounterpartyAlreadyExists when its account and
	// view already have a counterparty of that name.
	CreateCounterparty(ctx context.Context, c Counterparty) (Counterparty, error)
	// GetCounterparties returns a page of one account's counterparties under one view,
	// oldest first; limit bounds it (at most 1000).
	GetCounterparties(ctx context.Context, ref account.Ref, viewID string, limit, offset int) ([]Counterparty, error)
	// GetCounterpartyByCounterpartyID returns obperr.CounterpartyNotFoundByCounterpartyID
	// when no counterparty has this id.
	GetCounterpartyByCounterpartyID(ctx context.Context, counterpartyID string) (Counterparty, error)
	// GetCounterpartyByName is OBP's checkCounterpartyExists: the counterparty of that
	// name on the account and view, or obperr.CounterpartyNotFound.
	GetCounterpartyByName(ctx context.Context, ref account.Ref, viewID, name string) (Counterparty, error)
	// DeleteCounterpartyByCounterpartyID returns obperr.CounterpartyNotFoundByCounterpartyID
	// when no counterparty has this id.
	DeleteCounterpartyByCounterpartyID(ctx context.Context, counterpartyID string) error
}
