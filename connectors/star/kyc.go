package star

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/kyc"
)

// CreateOrUpdateKycDocument implements kyc.Connector.
func (c *Connector) CreateOrUpdateKycDocument(ctx context.Context, d kyc.Document) (kyc.Document, error) {
	t, err := c.forBank(port.CreateOrUpdateKycDocument, d.BankID)
	if err != nil {
		return kyc.Document{}, err
	}
	return t.conn.CreateOrUpdateKycDocument(ctx, d)
}

// CreateOrUpdateKycCheck implements kyc.Connector.
func (c *Connector) CreateOrUpdateKycCheck(ctx context.Context, k kyc.Check) (kyc.Check, error) {
	t, err := c.forBank(port.CreateOrUpdateKycCheck, k.BankID)
	if err != nil {
		return kyc.Check{}, err
	}
	return t.conn.CreateOrUpdateKycCheck(ctx, k)
}

// CreateOrUpdateKycMedia implements kyc.Connector.
func (c *Connector) CreateOrUpdateKycMedia(ctx context.Context, m kyc.Media) (kyc.Media, error) {
	t, err := c.forBank(port.CreateOrUpdateKycMedia, m.BankID)
	if err != nil {
		return kyc.Media{}, err
	}
	return t.conn.CreateOrUpdateKycMedia(ctx, m)
}

// CreateOrUpdateKycStatus implements kyc.Connector.
func (c *Connector) CreateOrUpdateKycStatus(ctx context.Context, s kyc.Status) (kyc.Status, error) {
	t, err := c.forBank(port.CreateOrUpdateKycStatus, s.BankID)
	if err != nil {
		return kyc.Status{}, err
	}
	return t.conn.CreateOrUpdateKycStatus(ctx, s)
}

// The KYC reads name a customer, not a bank: every connector the method is routed to
// adds what it has of the customer (the one that has the customer, in practice).

// GetKycDocuments implements kyc.Connector.
func (c *Connector) GetKycDocuments(ctx context.Context, customerID string) ([]kyc.Document, error) {
	targets, err := c.forAny(port.GetKycDocuments)
	if err != nil {
		return nil, err
	}
	return merge(targets, func(t target) ([]kyc.Document, error) { return t.conn.GetKycDocuments(ctx, customerID) })
}

// GetKycChecks implements kyc.Connector.
func (c *Connector) GetKycChecks(ctx context.Context, customerID string) ([]kyc.Check, error) {
	targets, err := c.forAny(port.GetKycChecks)
	if err != nil {
		return nil, err
	}
	return merge(targets, func(t target) ([]kyc.Check, error) { return t.conn.GetKycChecks(ctx, customerID) })
}

// GetKycMedias implements kyc.Connector.
func (c *Connector) GetKycMedias(ctx context.Context, customerID string) ([]kyc.Media, error) {
	targets, err := c.forAny(port.GetKycMedias)
	if err != nil {
		return nil, err
	}
	return merge(targets, func(t target) ([]kyc.Media, error) { return t.conn.GetKycMedias(ctx, customerID) })
}

// GetKycStatuses implements kyc.Connector.
func (c *Connector) GetKycStatuses(ctx context.Context, customerID string) ([]kyc.Status, error) {
	targets, err := c.forAny(port.GetKycStatuses)
	if err != nil {
		return nil, err
	}
	return merge(targets, func(t target) ([]kyc.Status, error) { return t.conn.GetKycStatuses(ctx, customerID) })
}
