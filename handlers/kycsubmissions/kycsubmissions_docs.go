package kycsubmissions

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// maxUpload bounds what any upload may announce; each URL allows less (its type's size).
const maxUpload = 64 << 20

const partnerAuth = "\n\nThe caller is a KYC partner: either with the token of `GET /kyc/v1/authentication` in `x-onekyc-token`, " +
	"or with its app's own DirectLogin (or OAuth2) credentials and the headers `x-onboarding-partner` (the BANK_ID) and " +
	"`x-partner-user-id` (the CUSTOMER_ID; `x-partner-user-id-type: CUSTOMER_ID`). The app must be registered as a " +
	"partner at the bank (OBP-37001). A partner sees only its own submissions for that customer."

func (a *area) docs() []handlers.ResourceDoc {
	partnerErrors := handlers.ErrorsOf(obperr.KycPartnerTokenInvalid, obperr.KycPartnerNotFound, obperr.KycPartnerUserUnknown,
		obperr.InvalidConsentIDUsage)
	tags := []string{"KYC", "Customer"}
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPkyc1-registerKycPartner", Verb: "PUT", Path: "/kyc/v1/banks/{BANK_ID}/partners/{CONSUMER_ID}",
			Summary: "Register a KYC Partner",
			Description: "Registers an app (CONSUMER_ID) as a KYC partner at the bank, with the URL its signed callbacks go to " +
				"(`\"\"` for a partner that polls). The answer carries the callback secret, once: it is kept sealed and never " +
				"shown again; registering again replaces the URL and the secret. Callback URLs must be http(s) URLs of a public host.",
			Tags: tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanManageKycPartners},
			RequestSchema: "kyc_partner_put", ExampleRequest: partnerPutJSON{CallbackURL: "https://partner.example.com/coe/submissions-callback"},
			ExampleResponse: examplePartner, SuccessStatus: 201,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.ConsumerNotFoundByID, obperr.KycCallbackURLInvalid),
			Handle: a.registerPartner,
		},
		{
			OperationID: "OBPkyc1-getPartnerToken", Verb: "GET", Path: "/kyc/v1/authentication",
			Summary: "Get a KYC Partner Token",
			Description: "A partner app authenticates with its consumer key in `client-id` and its secret in `pass-key`, names the " +
				"bank in `x-onboarding-partner` and the customer in `x-partner-user-id` (`x-partner-user-id-type: CUSTOMER_ID`), " +
				"and gets a token for the submission API only, valid for `expires_in` seconds (15 minutes by default).",
			Tags: tags, Auth: handlers.OwnCredentials, ExampleResponse: tokenJSON{Token: "eyJhbGciOiJIUzI1NiJ9...", TokenType: "Bearer", ExpiresIn: 900},
			Errors: handlers.ErrorsOf(obperr.KycPartnerCredentials, obperr.KycPartnerNotFound, obperr.KycPartnerUserUnknown),
			Handle: a.token,
		},
		{
			OperationID: "OBPkyc1-getPresignedUrl", Verb: "GET", Path: "/kyc/v1/submissions/urls",
			Summary: "Get a Pre-signed Upload URL",
			Description: "Makes a submission of `submissionType` for the caller's customer and answers a pre-signed URL for its one " +
				"upload: `PUT` the file there with its Content-Type. The URL is signed over the submission, its type, the family " +
				"of content it takes (image: JPEG, PNG, WebP; pdf), the largest size and its expiry; it works once." + partnerAuth,
			Tags: tags, Auth: handlers.Anonymous, ExampleResponse: exampleURL,
			Errors: append(partnerErrors, obperr.KycSubmissionTypeUnknown),
			Handle: a.presignedURL,
		},
		{
			OperationID: "OBPkyc1-uploadSubmissionFile", Verb: "PUT", Path: "/kyc/v1/submissions/uploads/{SUBMISSION_ID}",
			Summary: "Upload a Submission File",
			Description: "The upload a pre-signed URL allows; the URL is the credential. The body is the file, streamed to storage: " +
				"its content type is read from its bytes (the name and header are not trusted) and must be of the URL's family; " +
				"its size is counted as it arrives. An expired (OBP-37008), tampered (OBP-37007) or used (OBP-37009) URL, an " +
				"oversize (OBP-37010), empty (OBP-37011) or wrong-type (OBP-37012) file is refused and nothing is kept; a " +
				"refused upload spends the URL.",
			Tags: tags, Auth: handlers.Anonymous, StreamBody: true, MaxStreamBytes: maxUpload, ExampleResponse: exampleUploaded,
			Errors: handlers.ErrorsOf(obperr.KycUploadURLInvalid, obperr.KycUploadURLExpired, obperr.KycUploadURLUsed,
				obperr.KycUploadTooLarge, obperr.KycUploadEmpty, obperr.KycUploadWrongType, obperr.KycSubmissionNotFound, obperr.RequestTooLarge),
			Handle: a.upload,
		},
		{
			OperationID: "OBPkyc1-confirmSubmission", Verb: "PUT", Path: "/kyc/v1/submissions/urls",
			Summary: "Confirm a Submission",
			Description: "Starts deciding an uploaded submission (`submissionId`): it becomes PROCESSING and a durable job decides it " +
				"(type, size, readability, and the submissions its type requires first), survives restarts, and calls back once " +
				"it is APPROVED or REJECTED. Confirming again is harmless." + partnerAuth,
			Tags: tags, Auth: handlers.Anonymous, RequestSchema: "kyc_submission_confirm_put",
			ExampleRequest: confirmJSON{SubmissionID: "8527781b-8fdd-48e3-adfe-4136aee5e985"}, ExampleResponse: exampleStatus,
			Errors: append(partnerErrors, obperr.KycSubmissionNotFound, obperr.KycSubmissionNotUploaded),
			Handle: a.confirm,
		},
		{
			OperationID: "OBPkyc1-getSubmissionStatus", Verb: "GET", Path: "/kyc/v1/submissions/{SUBMISSION_ID}/status",
			Summary: "Get a Submission's Status", Description: "Polls one of the caller's submissions." + partnerAuth,
			Tags: tags, Auth: handlers.Anonymous, ExampleResponse: exampleStatus,
			Errors: append(partnerErrors, obperr.KycSubmissionNotFound), Handle: a.status,
		},
		{
			OperationID: "OBPkyc1-getSubmissionCallback", Verb: "GET", Path: "/kyc/v1/submissions/{SUBMISSION_ID}/callbacks",
			Summary: "Get a Submission's Callback Attempts",
			Description: "The signed callback of one of the caller's decided submissions: its delivery id (the `X-OBP-Delivery-Id` " +
				"header, the same on every retry), its status (PENDING, RUNNING, DONE once acknowledged with a 2xx, FAILED once " +
				"given up) and every attempt with the answer it got. Callbacks are retried with exponential backoff and jitter." + partnerAuth,
			Tags: tags, Auth: handlers.Anonymous, ExampleResponse: exampleCallback,
			Errors: append(partnerErrors, obperr.KycSubmissionNotFound), Handle: a.callback,
		},
		{
			OperationID: "OBPkyc1-getSubmissions", Verb: "GET", Path: "/kyc/v1/submissions",
			Summary: "Get Submission Results",
			Description: "The caller's submissions for its customer, newest first, with their results (`limit`, `offset`): what the " +
				"callback carries." + partnerAuth,
			Tags: tags, Auth: handlers.Anonymous, ExampleResponse: exampleResults,
			Errors: append(partnerErrors, obperr.FilterLimitError, obperr.FilterOffsetError), Handle: a.list,
		},
	}
}
