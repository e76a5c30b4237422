package kyc

import "context"

// Documents lists a customer's KYC documents, at whatever bank the customer is.
func (s *Service) Documents(ctx context.Context, customerID string) ([]Document, error) {
	if _, err := s.customers.GetCustomerByCustomerID(ctx, customerID); err != nil {
		return nil, err
	}
	return s.conn.GetKycDocuments(ctx, customerID)
}

// Checks lists a customer's KYC checks.
func (s *Service) Checks(ctx context.Context, customerID string) ([]Check, error) {
	if _, err := s.customers.GetCustomerByCustomerID(ctx, customerID); err != nil {
		return nil, err
	}
	return s.conn.GetKycChecks(ctx, customerID)
}

// Medias lists a customer's KYC media.
func (s *Service) Medias(ctx context.Context, customerID string) ([]Media, error) {
	if _, err := s.customers.GetCustomerByCustomerID(ctx, customerID); err != nil {
		return nil, err
	}
	return s.conn.GetKycMedias(ctx, customerID)
}

// Statuses lists a customer's KYC status timeline.
func (s *Service) Statuses(ctx context.Context, customerID string) ([]Status, error) {
	if _, err := s.customers.GetCustomerByCustomerID(ctx, customerID); err != nil {
		return nil, err
	}
	return s.conn.GetKycStatuses(ctx, customerID)
}
