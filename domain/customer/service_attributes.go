package customer

import (
	"context"

	"github.com/obp-go/obp/domain/ids"
)

// AddAttribute gives a customer of bankID a new attribute.
func (s *Service) AddAttribute(ctx context.Context, bankID, customerID string, a Attribute) (Attribute, error) {
	if _, err := s.customerAt(ctx, bankID, customerID); err != nil {
		return Attribute{}, err
	}
	if err := a.Validate(); err != nil {
		return Attribute{}, err
	}
	a.ID = ids.New()
	return s.conn.CreateOrUpdateCustomerAttribute(ctx, bankID, customerID, a)
}

// Attributes returns the attributes of a customer of bankID.
func (s *Service) Attributes(ctx context.Context, bankID, customerID string) ([]Attribute, error) {
	if _, err := s.customerAt(ctx, bankID, customerID); err != nil {
		return nil, err
	}
	return s.conn.GetCustomerAttributes(ctx, bankID, customerID)
}
