package rest

import (
	"context"

	"github.com/obp-go/obp/domain/kyc"
)

// CreateOrUpdateKycDocument is createOrUpdateKycDocument, answered with the document as
// stored; an answer for another document id is an invalid answer.
func (c *Connector) CreateOrUpdateKycDocument(ctx context.Context, d kyc.Document) (kyc.Document, error) {
	data, err := send[KycDocumentCommons](ctx, c, createOrUpdateKycDocument, func(occ OutboundAdapterCallContext) any {
		return OutBoundCreateOrUpdateKycDocument{OutboundAdapterCallContext: occ, BankID: d.BankID, CustomerID: d.CustomerID,
			ID: d.ID, CustomerNumber: d.CustomerNumber, Type: d.Type, Number: d.Number, IssueDate: Date{d.IssueDate},
			IssuePlace: d.IssuePlace, ExpiryDate: Date{d.ExpiryDate}}
	})
	if err != nil {
		return kyc.Document{}, err
	}
	if data.IDKycDocument != d.ID {
		return kyc.Document{}, createOrUpdateKycDocument.invalid.With("the adapter answered document %q for %q.", data.IDKycDocument, d.ID)
	}
	return data.Document(), nil
}

// CreateOrUpdateKycCheck is createOrUpdateKycCheck, answered with the check as stored.
func (c *Connector) CreateOrUpdateKycCheck(ctx context.Context, k kyc.Check) (kyc.Check, error) {
	data, err := send[KycCheckCommons](ctx, c, createOrUpdateKycCheck, func(occ OutboundAdapterCallContext) any {
		return OutBoundCreateOrUpdateKycCheck{OutboundAdapterCallContext: occ, BankID: k.BankID, CustomerID: k.CustomerID,
			ID: k.ID, CustomerNumber: k.CustomerNumber, Date: Date{k.Date}, How: k.How, StaffUserID: k.StaffUserID,
			StaffName: k.StaffName, Satisfied: k.Satisfied, Comments: k.Comments}
	})
	if err != nil {
		return kyc.Check{}, err
	}
	if data.IDKycCheck != k.ID {
		return kyc.Check{}, createOrUpdateKycCheck.invalid.With("the adapter answered check %q for %q.", data.IDKycCheck, k.ID)
	}
	return data.Check(), nil
}

// CreateOrUpdateKycMedia is createOrUpdateKycMedia, answered with the media as stored.
func (c *Connector) CreateOrUpdateKycMedia(ctx context.Context, m kyc.Media) (kyc.Media, error) {
	data, err := send[KycMediaCommons](ctx, c, createOrUpdateKycMedia, func(occ OutboundAdapterCallContext) any {
		return OutBoundCreateOrUpdateKycMedia{OutboundAdapterCallContext: occ, BankID: m.BankID, CustomerID: m.CustomerID,
			ID: m.ID, CustomerNumber: m.CustomerNumber, Type: m.Type, URL: m.URL, Date: Date{m.Date},
			RelatesToKycDocumentID: m.RelatesToKycDocumentID, RelatesToKycCheckID: m.RelatesToKycCheckID}
	})
	if err != nil {
		return kyc.Media{}, err
	}
	if data.IDKycMedia != m.ID {
		return kyc.Media{}, createOrUpdateKycMedia.invalid.With("the adapter answered media %q for %q.", data.IDKycMedia, m.ID)
	}
	return data.Media(), nil
}

// CreateOrUpdateKycStatus is createOrUpdateKycStatus, answered with the status as stored.
// An OBP adapter answers no id (ours): the status keeps the one this server gave it.
func (c *Connector) CreateOrUpdateKycStatus(ctx context.Context, s kyc.Status) (kyc.Status, error) {
	data, err := send[KycStatusCommons](ctx, c, createOrUpdateKycStatus, func(occ OutboundAdapterCallContext) any {
		return OutBoundCreateOrUpdateKycStatus{OutboundAdapterCallContext: occ, BankID: s.BankID, CustomerID: s.CustomerID,
			CustomerNumber: s.CustomerNumber, OK: s.OK, Date: Date{s.Date}, ID: s.ID}
	})
	if err != nil {
		return kyc.Status{}, err
	}
	if data.CustomerID != s.CustomerID || data.IDKycStatus != "" && data.IDKycStatus != s.ID {
		return kyc.Status{}, createOrUpdateKycStatus.invalid.With("the adapter answered status %q of customer %q for %q of %q.",
			data.IDKycStatus, data.CustomerID, s.ID, s.CustomerID)
	}
	got := data.Status()
	got.ID = s.ID
	return got, nil
}

// GetKycDocuments is getKycDocuments.
func (c *Connector) GetKycDocuments(ctx context.Context, customerID string) ([]kyc.Document, error) {
	data, err := send[[]KycDocumentCommons](ctx, c, getKycDocuments, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetKycDocuments{OutboundAdapterCallContext: occ, CustomerID: customerID}
	})
	if err != nil {
		return nil, err
	}
	return commonsList(data, KycDocumentCommons.Document), nil
}

// GetKycChecks is getKycChecks.
func (c *Connector) GetKycChecks(ctx context.Context, customerID string) ([]kyc.Check, error) {
	data, err := send[[]KycCheckCommons](ctx, c, getKycChecks, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetKycChecks{OutboundAdapterCallContext: occ, CustomerID: customerID}
	})
	if err != nil {
		return nil, err
	}
	return commonsList(data, KycCheckCommons.Check), nil
}

// GetKycMedias is getKycMedias.
func (c *Connector) GetKycMedias(ctx context.Context, customerID string) ([]kyc.Media, error) {
	data, err := send[[]KycMediaCommons](ctx, c, getKycMedias, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetKycMedias{OutboundAdapterCallContext: occ, CustomerID: customerID}
	})
	if err != nil {
		return nil, err
	}
	return commonsList(data, KycMediaCommons.Media), nil
}

// GetKycStatuses is getKycStatuses. An OBP adapter's statuses have no id (ours).
func (c *Connector) GetKycStatuses(ctx context.Context, customerID string) ([]kyc.Status, error) {
	data, err := send[[]KycStatusCommons](ctx, c, getKycStatuses, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetKycStatuses{OutboundAdapterCallContext: occ, CustomerID: customerID}
	})
	if err != nil {
		return nil, err
	}
	return commonsList(data, KycStatusCommons.Status), nil
}
