// Package kyc is the area of the HTTP face for a customer's KYC records (OBP v2.0.0): the
// documents, checks and media a bank keeps under ids of its choosing, and the customer's
// KYC status timeline. Writes are at the customer's bank; reads are system-wide.
package kyc

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// Records is what the area needs of the KYC service.
type Records interface {
	AddDocument(ctx context.Context, bankID, customerID string, d kyc.Document) (kyc.Document, error)
	AddCheck(ctx context.Context, bankID, customerID string, k kyc.Check) (kyc.Check, error)
	AddMedia(ctx context.Context, bankID, customerID string, m kyc.Media) (kyc.Media, error)
	AddStatus(ctx context.Context, bankID, customerID, customerNumber string, ok bool, date time.Time) (kyc.Status, error)
	Documents(ctx context.Context, customerID string) ([]kyc.Document, error)
	Checks(ctx context.Context, customerID string) ([]kyc.Check, error)
	Medias(ctx context.Context, customerID string) ([]kyc.Media, error)
	Statuses(ctx context.Context, customerID string) ([]kyc.Status, error)
}

type area struct{ records Records }

// Docs declares the area's endpoints.
func Docs(records Records) []handlers.ResourceDoc {
	a := &area{records: records}
	return append(a.putDocs(), a.getDocs()...)
}

const upsertNote = " The record is kept under the id the path names: the same id again replaces it (201 both " +
	"times); an id another customer's record holds is OBP-30990. `customer_number` must be the number of " +
	"CUSTOMER_ID, a customer of BANK_ID. Dates are days (`2020-01-27`) or times (`2020-01-27T00:00:00Z`)."

var putErrors = handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
	obperr.CustomerNotFoundByCustomerID, obperr.InvalidRequestPayload, obperr.InvalidDateFormat)

// putDocs are the writes, each under its bank role.
func (a *area) putDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv2.0.0-addKycDocument",
			Verb:        "PUT",
			Path:        "/obp/v2.0.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}/kyc_documents/{KYC_DOCUMENT_ID}",
			Summary:     "Add KYC Document",
			Description: "Adds or replaces a KYC document of the customer: an identity document the bank has seen " +
				"(type e.g. passport, its number, where and when it was issued, when it expires)." + upsertNote,
			Tags:             []string{"KYC", "Customer"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanAddKycDocument},
			RequestSchema:    "kyc_document_put",
			ExampleRequest:   exampleDocumentPut,
			ExampleResponse:  toDocumentJSON(exampleDocument),
			SuccessStatus:    201,
			Errors:           append(putErrors, obperr.KycIDAlreadyExists),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "createOrUpdateKycDocument"},
			Handle:           a.addKycDocument,
		},
		{
			OperationID: "OBPv2.0.0-addKycCheck",
			Verb:        "PUT",
			Path:        "/obp/v2.0.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}/kyc_check/{KYC_CHECK_ID}",
			Summary:     "Add KYC Check",
			Description: "Adds or replaces a KYC check of the customer made by the bank's staff: when, how " +
				"(e.g. FACE_TO_FACE_MEETING, PHONE_INTERVIEW, PEP_SEARCH), who, whether they were satisfied, " +
				"and their comments. The path says kyc_check, singular, as OBP's does." + upsertNote,
			Tags:             []string{"KYC", "Customer"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanAddKycCheck},
			RequestSchema:    "kyc_check_put",
			ExampleRequest:   exampleCheckPut,
			ExampleResponse:  toCheckJSON(exampleCheck),
			SuccessStatus:    201,
			Errors:           append(putErrors, obperr.KycIDAlreadyExists),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "createOrUpdateKycCheck"},
			Handle:           a.addKycCheck,
		},
		{
			OperationID: "OBPv2.0.0-addKycMedia",
			Verb:        "PUT",
			Path:        "/obp/v2.0.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}/kyc_media/{KYC_MEDIA_ID}",
			Summary:     "Add KYC Media",
			Description: "Adds or replaces KYC media of the customer: where a scan, picture or video is, and the " +
				"KYC document and check it relates to (empty when none)." + upsertNote,
			Tags:             []string{"KYC", "Customer"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanAddKycMedia},
			RequestSchema:    "kyc_media_put",
			ExampleRequest:   exampleMediaPut,
			ExampleResponse:  toMediaJSON(exampleMedia),
			SuccessStatus:    201,
			Errors:           append(putErrors, obperr.KycIDAlreadyExists),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "createOrUpdateKycMedia"},
			Handle:           a.addKycMedia,
		},
		{
			OperationID: "OBPv2.0.0-addKycStatus",
			Verb:        "PUT",
			Path:        "/obp/v2.0.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}/kyc_statuses",
			Summary:     "Add KYC Status",
			Description: "Adds an entry to the customer's KYC status timeline: whether the customer was OK on `date`. " +
				"The entry becomes the customer's `kyc_status` (and, when OK, its `last_ok_date`) in the same " +
				"transaction. `customer_number` must be the number of CUSTOMER_ID, a customer of BANK_ID.",
			Tags:             []string{"KYC", "Customer"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanAddKycStatus},
			RequestSchema:    "kyc_status_put",
			ExampleRequest:   exampleStatusPut,
			ExampleResponse:  toStatusJSON(exampleStatus),
			SuccessStatus:    201,
			Errors:           putErrors,
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "createOrUpdateKycStatus"},
			Handle:           a.addKycStatus,
		},
	}
}
