package rest

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/obperr"
)

// A KYC write names a customer by bankId, customerId and customerNumber; the adapter
// refuses a customer that is not at that bank with OBP-30046, and an id that is another
// customer's record with OBP-30990.
var kycWriteRefusals = []*obperr.Code{obperr.CustomerNotFoundByCustomerID, obperr.KycIDAlreadyExists}

var (
	createOrUpdateKycDocument = define(
		write(port.CreateOrUpdateKycDocument, obperr.InvalidConnectorResponse, nil, kycWriteRefusals...),
		"Stores the customer's identity document under id, replacing the customer's document of that id; "+
			"answers the document as stored. errorCode OBP-30046 when the customer is not at bankId, OBP-30990 "+
			"when the id is another customer's document.",
		func(ctx context.Context, b port.Connector, out OutBoundCreateOrUpdateKycDocument) (KycDocumentCommons, error) {
			got, err := b.CreateOrUpdateKycDocument(ctx, out.document())
			return NewKycDocumentCommons(got), err
		})
	createOrUpdateKycCheck = define(
		write(port.CreateOrUpdateKycCheck, obperr.InvalidConnectorResponse, nil, kycWriteRefusals...),
		"Stores a check of the customer by the bank's staff under id, as createOrUpdateKycDocument.",
		func(ctx context.Context, b port.Connector, out OutBoundCreateOrUpdateKycCheck) (KycCheckCommons, error) {
			got, err := b.CreateOrUpdateKycCheck(ctx, out.check())
			return NewKycCheckCommons(got), err
		})
	createOrUpdateKycMedia = define(
		write(port.CreateOrUpdateKycMedia, obperr.InvalidConnectorResponse, nil, kycWriteRefusals...),
		"Stores an image or video of the customer under id, as createOrUpdateKycDocument.",
		func(ctx context.Context, b port.Connector, out OutBoundCreateOrUpdateKycMedia) (KycMediaCommons, error) {
			got, err := b.CreateOrUpdateKycMedia(ctx, out.media())
			return NewKycMediaCommons(got), err
		})
	createOrUpdateKycStatus = define(
		write(port.CreateOrUpdateKycStatus, obperr.InvalidConnectorResponse, nil, obperr.CustomerNotFoundByCustomerID),
		"Appends a status to the customer's KYC timeline and makes it the customer's kycStatus (and its date "+
			"the lastOkDate when ok and later), at once; answers the status. errorCode OBP-30046 when the customer "+
			"is not at bankId. id and idKycStatus are ours: the id this server gave the entry.",
		func(ctx context.Context, b port.Connector, out OutBoundCreateOrUpdateKycStatus) (KycStatusCommons, error) {
			got, err := b.CreateOrUpdateKycStatus(ctx, out.status())
			return NewKycStatusCommons(got), err
		})
	getKycDocuments = define(read(port.GetKycDocuments, obperr.InvalidConnectorResponse, nil),
		"The customer's identity documents, oldest first; an empty list when none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetKycDocuments) ([]KycDocumentCommons, error) {
			got, err := b.GetKycDocuments(ctx, out.CustomerID)
			return commonsList(got, NewKycDocumentCommons), err
		})
	getKycChecks = define(read(port.GetKycChecks, obperr.InvalidConnectorResponse, nil),
		"The customer's checks, oldest first; an empty list when none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetKycChecks) ([]KycCheckCommons, error) {
			got, err := b.GetKycChecks(ctx, out.CustomerID)
			return commonsList(got, NewKycCheckCommons), err
		})
	getKycMedias = define(read(port.GetKycMedias, obperr.InvalidConnectorResponse, nil),
		"The customer's media, oldest first; an empty list when none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetKycMedias) ([]KycMediaCommons, error) {
			got, err := b.GetKycMedias(ctx, out.CustomerID)
			return commonsList(got, NewKycMediaCommons), err
		})
	getKycStatuses = define(read(port.GetKycStatuses, obperr.InvalidConnectorResponse, nil),
		"The customer's KYC timeline, oldest first; an empty list when none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetKycStatuses) ([]KycStatusCommons, error) {
			got, err := b.GetKycStatuses(ctx, out.CustomerID)
			return commonsList(got, NewKycStatusCommons), err
		})
)

// commonsList maps a list to another, element by element (domain values to records and
// back); never nil, since lists in data are never null.
func commonsList[T, C any](xs []T, record func(T) C) []C {
	out := make([]C, 0, len(xs))
	for _, x := range xs {
		out = append(out, record(x))
	}
	return out
}

// OutBoundGetKycDocuments asks for a customer's documents.
type OutBoundGetKycDocuments struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	CustomerID                 string                     `json:"customerId"`
}

// OutBoundGetKycChecks asks for a customer's checks.
type OutBoundGetKycChecks struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	CustomerID                 string                     `json:"customerId"`
}

// OutBoundGetKycMedias asks for a customer's media.
type OutBoundGetKycMedias struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	CustomerID                 string                     `json:"customerId"`
}

// OutBoundGetKycStatuses asks for a customer's KYC timeline.
type OutBoundGetKycStatuses struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	CustomerID                 string                     `json:"customerId"`
}
