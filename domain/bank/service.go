package bank

import "context"

// Service holds the bank use cases.
type Service struct {
	conn Connector
}

// NewService returns the bank use cases over conn.
func NewService(conn Connector) *Service { return &Service{conn: conn} }

// Get returns one bank, or obperr.BankNotFound.
func (s *Service) Get(ctx context.Context, id string) (Bank, error) {
	return s.conn.GetBank(ctx, id)
}

// List returns every bank.
func (s *Service) List(ctx context.Context) ([]Bank, error) {
	return s.conn.GetBanks(ctx)
}
