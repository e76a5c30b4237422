package kyc

import (
	"context"

	"github.com/obp-go/obp/domain/customer"
)

// Connector is the core-banking capability for KYC records, with OBP's connector method
// names. Every write refuses a customer that is not at the record's bank with
// obperr.CustomerNotFoundByCustomerID; lists are oldest first.
type Connector interface {
	// CreateOrUpdateKycDocument stores d under d.ID, replacing the customer's document of
	// that id; obperr.KycIDAlreadyExists when the id is another customer's.
	CreateOrUpdateKycDocument(ctx context.Context, d Document) (Document, error)
	// CreateOrUpdateKycCheck stores c under c.ID, as CreateOrUpdateKycDocument.
	CreateOrUpdateKycCheck(ctx context.Context, c Check) (Check, error)
	// CreateOrUpdateKycMedia stores m under m.ID, as CreateOrUpdateKycDocument.
	CreateOrUpdateKycMedia(ctx context.Context, m Media) (Media, error)
	// CreateOrUpdateKycStatus appends s to the customer's timeline and sets the customer's
	// kyc_status to s.OK (and last_ok_date to s.Date when OK and later), atomically.
	CreateOrUpdateKycStatus(ctx context.Context, s Status) (Status, error)

	GetKycDocuments(ctx context.Context, customerID string) ([]Document, error)
	GetKycChecks(ctx context.Context, customerID string) ([]Check, error)
	GetKycMedias(ctx context.Context, customerID string) ([]Media, error)
	GetKycStatuses(ctx context.Context, customerID string) ([]Status, error)
}

// Customers finds a customer (obperr.CustomerNotFoundByCustomerID otherwise): every KYC
// record names one, by id and by number.
type Customers interface {
	GetCustomerByCustomerID(ctx context.Context, customerID string) (customer.Customer, error)
}
