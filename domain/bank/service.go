package bank

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/obperr"
)

// CreatorGrants gives the creator of a bank the right to manage it
// (CanCreateEntitlementAtOneBank there), as OBP does.
type CreatorGrants interface {
	GrantBankCreator(ctx context.Context, userID, bankID string) error
}

// Service holds the bank use cases.
type Service struct {
	conn   Connector
	grants CreatorGrants
}

// NewService returns the bank use cases over conn.
func NewService(conn Connector, grants CreatorGrants) *Service {
	return &Service{conn: conn, grants: grants}
}

// Get returns one bank, or obperr.BankNotFound.
func (s *Service) Get(ctx context.Context, id string) (Bank, error) {
	return s.conn.GetBank(ctx, id)
}

// List returns every bank.
func (s *Service) List(ctx context.Context) ([]Bank, error) {
	return s.conn.GetBanks(ctx)
}

// Create adds a bank that does not exist yet and lets its creator manage it.
func (s *Service) Create(ctx context.Context, creatorID string, b Bank) (Bank, error) {
	if err := ValidateID(b.ID); err != nil {
		return Bank{}, err
	}
	_, err := s.conn.GetBank(ctx, b.ID)
	if err == nil {
		return Bank{}, obperr.BankAlreadyExists
	}
	if !errors.Is(err, obperr.BankNotFound) {
		return Bank{}, err
	}
	if b.ShortName == "" {
		b.ShortName = b.BankCode
	}
	created, err := s.conn.CreateOrUpdateBank(ctx, b)
	if err != nil {
		return Bank{}, err
	}
	if err := s.grants.GrantBankCreator(ctx, creatorID, created.ID); err != nil {
		return Bank{}, err
	}
	return created, nil
}

// Update replaces an existing bank's fields; its short name and attributes stay.
func (s *Service) Update(ctx context.Context, b Bank) (Bank, error) {
	old, err := s.conn.GetBank(ctx, b.ID)
	if err != nil {
		return Bank{}, err
	}
	b.ShortName = old.ShortName
	b.Attributes = old.Attributes
	return s.conn.CreateOrUpdateBank(ctx, b)
}
