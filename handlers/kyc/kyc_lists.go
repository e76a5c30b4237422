package kyc

import (
	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

var getErrors = handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.CustomerNotFoundByCustomerID)

// getDocs are the reads, each under its system role: the customer is named by id alone.
func (a *area) getDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID:      "OBPv2.0.0-getKycDocuments",
			Verb:             "GET",
			Path:             "/obp/v2.0.0/customers/{CUSTOMER_ID}/kyc_documents",
			Summary:          "Get Customer KYC Documents",
			Description:      "The customer's KYC documents (passports, ID cards, licences), oldest first.",
			Tags:             []string{"KYC", "Customer"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanGetAnyKycDocuments},
			ExampleResponse:  toDocumentsJSON([]kyc.Document{exampleDocument}),
			Errors:           getErrors,
			ConnectorMethods: []string{"getCustomerByCustomerId", "getKycDocuments"},
			Handle:           a.getKycDocuments,
		},
		{
			OperationID:      "OBPv2.0.0-getKycChecks",
			Verb:             "GET",
			Path:             "/obp/v2.0.0/customers/{CUSTOMER_ID}/kyc_checks",
			Summary:          "Get Customer KYC Checks",
			Description:      "The KYC checks the bank's staff made of the customer, oldest first.",
			Tags:             []string{"KYC", "Customer"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanGetAnyKycChecks},
			ExampleResponse:  toChecksJSON([]kyc.Check{exampleCheck}),
			Errors:           getErrors,
			ConnectorMethods: []string{"getCustomerByCustomerId", "getKycChecks"},
			Handle:           a.getKycChecks,
		},
		{
			OperationID:      "OBPv2.0.0-getKycMedia",
			Verb:             "GET",
			Path:             "/obp/v2.0.0/customers/{CUSTOMER_ID}/kyc_media",
			Summary:          "Get KYC Media for a customer",
			Description:      "The KYC media (scans, pictures, videos) that affirm the customer's identity, oldest first.",
			Tags:             []string{"KYC", "Customer"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanGetAnyKycMedia},
			ExampleResponse:  toMediasJSON([]kyc.Media{exampleMedia}),
			Errors:           getErrors,
			ConnectorMethods: []string{"getCustomerByCustomerId", "getKycMedias"},
			Handle:           a.getKycMedia,
		},
		{
			OperationID:      "OBPv2.0.0-getKycStatuses",
			Verb:             "GET",
			Path:             "/obp/v2.0.0/customers/{CUSTOMER_ID}/kyc_statuses",
			Summary:          "Get Customer KYC statuses",
			Description:      "The customer's KYC status over time, in the order it was written: the last is the customer's `kyc_status`.",
			Tags:             []string{"KYC", "Customer"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanGetAnyKycStatuses},
			ExampleResponse:  toStatusesJSON([]kyc.Status{exampleStatus}),
			Errors:           getErrors,
			ConnectorMethods: []string{"getCustomerByCustomerId", "getKycStatuses"},
			Handle:           a.getKycStatuses,
		},
	}
}
