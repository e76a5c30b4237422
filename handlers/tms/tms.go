// Package tms is the area of the HTTP face for TMS, transaction confirmation on an
// enrolled device. The relying-party API is KOBIL's (/v1/tenants/{TENANT_NAME}/tms: start,
// status, result) with KOBIL's error shape; the tenant name is the BANK_ID. The device
// API beside it (enrolment, pending TMS, retrieval, answers) is ours, with OBP errors.
package tms

import (
	"context"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/tms"
	"github.com/obp-go/obp/handlers"
)

// Service is what the area needs of the TMS service.
type Service interface {
	Start(ctx context.Context, bankID, consumerID string, n tms.New) (tms.TMS, error)
	Get(ctx context.Context, bankID, id string) (tms.TMS, error)
	CA(ctx context.Context, bankID string) (tms.CA, error)
	Enrol(ctx context.Context, bankID, userID, name, csr string) (tms.Enrolled, error)
	Devices(ctx context.Context, bankID, userID string) ([]tms.Device, error)
	Revoke(ctx context.Context, bankID, userID, deviceID string) error
	Pending(ctx context.Context, c tms.DeviceCaller) ([]tms.TMS, error)
	Retrieve(ctx context.Context, c tms.DeviceCaller, id string) (tms.TMS, error)
	Answer(ctx context.Context, c tms.DeviceCaller, id string, a tms.Answer) (tms.TMS, error)
}

type area struct{ svc Service }

// Docs declares the area's endpoints over svc.
func Docs(svc Service) []handlers.ResourceDoc {
	a := &area{svc: svc}
	return append(a.relyingPartyDocs(), a.deviceDocs()...)
}

const tenantPath = "/v1/tenants/{TENANT_NAME}"

const relyingParty = "\n\nThe relying-party API of KOBIL's TMS: TENANT_NAME is the BANK_ID. The caller is a user of an app " +
	"(DirectLogin) holding CanUseTmsAtOneBank at the bank, and sees every TMS of the bank. Errors are KOBIL's shape, " +
	"`{\"error\": \"HTTP 401 Unauthorized\"}`: a missing or bad token and a missing role answer exactly that; other " +
	"errors add `code` (the OBP code) and `message`."

func (a *area) relyingPartyDocs() []handlers.ResourceDoc {
	tags := []string{"TMS"}
	base := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound)
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPtms1-startTms", Verb: "POST", Path: tenantPath + "/tms",
			Summary: "Start TMS",
			Description: "Starts a TMS for userId: STARTED until one of the user's enrolled devices retrieves it within " +
				"retrievalTimeout seconds of the start, then RETRIEVED until the device answers within tmsTimeout seconds of " +
				"the retrieval: ACCEPTED or DECLINED; EXPIRED when either deadline passes first." + relyingParty,
			Tags: tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanUseTmsAtOneBank}, BankParam: "TENANT_NAME",
			RequestSchema: "tms_post", ExampleRequest: exampleStart, ExampleResponse: exampleStarted, SuccessStatus: 201,
			Errors: append(base, obperr.UserNotFoundByID, obperr.TmsInvalidRequest), RenderError: kobilError,
			Handle: a.start,
		},
		{
			OperationID: "OBPtms1-getTmsStatus", Verb: "GET", Path: tenantPath + "/tms/{TMS_ID}/status",
			Summary:     "Get TMS Status",
			Description: "The TMS with retrievedAt and completedAt once they happened; a TMS past its deadline is EXPIRED, completed at that deadline." + relyingParty,
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanUseTmsAtOneBank}, BankParam: "TENANT_NAME",
			ExampleResponse: exampleStatus, Errors: append(base, obperr.TmsNotFound), RenderError: kobilError,
			Handle: a.status,
		},
		{
			OperationID: "OBPtms1-getTmsResult", Verb: "GET", Path: tenantPath + "/tms/{TMS_ID}/result",
			Summary: "Get TMS Result",
			Description: "The TMS (`info`) and, once it is ACCEPTED or DECLINED, the answering device's id (`completedBy`) and " +
				"its CMS SignedData (`signedData`, base64), the device's bytes unchanged: verify it offline with the bank's " +
				"CA certificate (`GET " + tenantPath + "/ca-certificate`), e.g. `openssl cms -verify -inform DER -CAfile ca.pem " +
				"-binary -content text.txt`." + relyingParty,
			Tags: tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanUseTmsAtOneBank}, BankParam: "TENANT_NAME",
			ExampleResponse: exampleResult, Errors: append(base, obperr.TmsNotFound), RenderError: kobilError,
			Handle: a.result,
		},
	}
}
