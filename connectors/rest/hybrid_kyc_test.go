package rest_test

import (
	"context"

	"github.com/obp-go/obp/domain/kyc"
)

func (h hybrid) CreateOrUpdateKycDocument(ctx context.Context, d kyc.Document) (kyc.Document, error) {
	return h.rest.CreateOrUpdateKycDocument(ctx, d)
}

func (h hybrid) CreateOrUpdateKycCheck(ctx context.Context, c kyc.Check) (kyc.Check, error) {
	return h.rest.CreateOrUpdateKycCheck(ctx, c)
}

func (h hybrid) CreateOrUpdateKycMedia(ctx context.Context, m kyc.Media) (kyc.Media, error) {
	return h.rest.CreateOrUpdateKycMedia(ctx, m)
}

func (h hybrid) CreateOrUpdateKycStatus(ctx context.Context, s kyc.Status) (kyc.Status, error) {
	return h.rest.CreateOrUpdateKycStatus(ctx, s)
}

func (h hybrid) GetKycDocuments(ctx context.Context, customerID string) ([]kyc.Document, error) {
	return h.rest.GetKycDocuments(ctx, customerID)
}

func (h hybrid) GetKycChecks(ctx context.Context, customerID string) ([]kyc.Check, error) {
	return h.rest.GetKycChecks(ctx, customerID)
}

func (h hybrid) GetKycMedias(ctx context.Context, customerID string) ([]kyc.Media, error) {
	return h.rest.GetKycMedias(ctx, customerID)
}

func (h hybrid) GetKycStatuses(ctx context.Context, customerID string) ([]kyc.Status, error) {
	return h.rest.GetKycStatuses(ctx, customerID)
}
