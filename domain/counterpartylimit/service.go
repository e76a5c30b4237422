package counterpartylimit

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

// Store keeps limits and their usage. Limits are platform records, beside the
// transaction requests they cap, so that a payment and its usage are written atomically.
type Store interface {
	// CreateCounterpartyLimit stores l: obperr.CounterpartyLimitAlreadyExists when its
	// account, view and counterparty have one.
	CreateCounterpartyLimit(ctx context.Context, l Limit) error
	// GetCounterpartyLimit is obperr.GetCounterpartyLimitError when there is none.
	GetCounterpartyLimit(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (Limit, error)
	// UpdateCounterpartyLimit replaces the currency and caps of the limit with l's id.
	UpdateCounterpartyLimit(ctx context.Context, l Limit) error
	// DeleteCounterpartyLimit removes the limit with its usage (GetCounterpartyLimitError when none).
	DeleteCounterpartyLimit(ctx context.Context, ref account.Ref, viewID, counterpartyID string) error
	// CounterpartyLimitUsage is what counts against the limit at time at.
	CounterpartyLimitUsage(ctx context.Context, limitID string, at time.Time) (Usage, error)
}

// Counterparties finds a counterparty of an account under a view, having checked that the
// bank, the account and the view exist (counterparty.Service.Get).
type Counterparties interface {
	Get(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (counterparty.Counterparty, error)
}

// Service holds the counterparty-limit use cases.
type Service struct {
	store          Store
	counterparties Counterparties
	clock          clock.Clock
}

// NewService returns the limit use cases over store.
func NewService(store Store, counterparties Counterparties, clk clock.Clock) *Service {
	return &Service{store: store, counterparties: counterparties, clock: clk}
}

// Create sets a limit on paying counterpartyID from ref through viewID. The counterparty
// must be the account's, under that view (OBP-30017 otherwise).
func (s *Service) Create(ctx context.Context, ref account.Ref, viewID, counterpartyID string, n New) (Limit, error) {
	if _, err := s.counterparties.Get(ctx, ref, viewID, counterpartyID); err != nil {
		return Limit{}, err
	}
	l := Limit{ID: ids.New(), BankID: ref.BankID, AccountID: ref.AccountID, ViewID: viewID, CounterpartyID: counterpartyID,
		CreatedAt: s.clock.Now()}
	if err := n.caps(&l); err != nil {
		return Limit{}, err
	}
	if err := s.store.CreateCounterpartyLimit(ctx, l); err != nil {
		return Limit{}, err
	}
	return l, nil
}

// Get returns the limit on paying counterpartyID from ref through viewID.
func (s *Service) Get(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (Limit, error) {
	if _, err := s.counterparties.Get(ctx, ref, viewID, counterpartyID); err != nil {
		return Limit{}, err
	}
	return s.store.GetCounterpartyLimit(ctx, ref, viewID, counterpartyID)
}

// Update replaces a limit's caps; what was used of it stays counted. A limit already used
// keeps its currency (OBP-30262 otherwise): its usage is in that currency.
func (s *Service) Update(ctx context.Context, ref account.Ref, viewID, counterpartyID string, n New) (Limit, error) {
	l, err := s.Get(ctx, ref, viewID, counterpartyID)
	if err != nil {
		return Limit{}, err
	}
	old := l.Currency
	if err := n.caps(&l); err != nil {
		return Limit{}, err
	}
	if l.Currency != old {
		u, err := s.store.CounterpartyLimitUsage(ctx, l.ID, s.clock.Now())
		if err != nil {
			return Limit{}, err
		}
		if u.Total.Count > 0 {
			return Limit{}, obperr.UpdateCounterpartyLimitError.Field(n.Field+"/currency", "The limit has been used in %s; its currency cannot change.", old)
		}
	}
	if err := s.store.UpdateCounterpartyLimit(ctx, l); err != nil {
		return Limit{}, err
	}
	return l, nil
}

// Delete removes a limit and what was counted against it.
func (s *Service) Delete(ctx context.Context, ref account.Ref, viewID, counterpartyID string) error {
	if _, err := s.counterparties.Get(ctx, ref, viewID, counterpartyID); err != nil {
		return err
	}
	return s.store.DeleteCounterpartyLimit(ctx, ref, viewID, counterpartyID)
}

// Status returns a limit with what is used of it now.
func (s *Service) Status(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (Status, error) {
	l, err := s.Get(ctx, ref, viewID, counterpartyID)
	if err != nil {
		return Status{}, err
	}
	u, err := s.store.CounterpartyLimitUsage(ctx, l.ID, s.clock.Now())
	return Status{Limit: l, Usage: u}, err
}
