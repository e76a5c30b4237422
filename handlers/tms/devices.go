package tms

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// DeviceTokenHeader carries the device credential handed out at enrolment.
const DeviceTokenHeader = "TMS-Device-Token"

const deviceAuth = "\n\nThe device calls as its user (DirectLogin) and proves it is the enrolled device with the credential " +
	"its enrolment answered, in the header `" + DeviceTokenHeader + "` (kept only as a hash; a revoked device's credential " +
	"stops working). TENANT_NAME is the BANK_ID."

func (a *area) deviceDocs() []handlers.ResourceDoc {
	tags := []string{"TMS-Devices"}
	user := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound)
	device := append(user, obperr.TmsDeviceNotFound, obperr.TmsDeviceCredential, obperr.TmsDeviceRevoked, obperr.InvalidConsentIDUsage)
	staff := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound, obperr.UserNotFoundByID)
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPtms1-getTmsCaCertificate", Verb: "GET", Path: tenantPath + "/ca-certificate",
			Summary: "Get the Bank's TMS CA Certificate",
			Description: "The bank's TMS issuing CA certificate (PEM, ECDSA P-256, self-signed), made on first use: device " +
				"certificates chain to it, and a TMS result's signedData verifies with it alone. Its private key is kept " +
				"sealed with OBP_KEY_ENCRYPTION_KEY when the server has one (in plain, marked as such, otherwise: sandboxes).",
			Tags: tags, Auth: handlers.Anonymous, RawResponse: true, ExampleResponse: "-----BEGIN CERTIFICATE-----\n...",
			Errors: handlers.ErrorsOf(obperr.BankNotFound), Handle: a.caCertificate,
		},
		{
			OperationID: "OBPtms1-enrolTmsDevice", Verb: "POST", Path: tenantPath + "/devices",
			Summary: "Enrol a TMS Device",
			Description: "The logged-in user enrols a device: its ECDSA P-256 key (in the CSR) is certified by the bank's CA " +
				"for two years, in a certificate binding the user id (SAN directory name UID) and the device id (SAN directory " +
				"name 1.3.6.1.4.1.14481.109.2.1), key usage digitalSignature and nonRepudiation, extended key usage clientAuth. " +
				"The answer carries `deviceToken`, the device's credential: shown once, kept only as a hash.",
			Tags: tags, Auth: handlers.LoggedIn, RequestSchema: "tms_device_post", ExampleRequest: exampleEnrol,
			ExampleResponse: exampleEnrolled, SuccessStatus: 201,
			Errors: append(user, obperr.TmsCsrInvalid, obperr.TmsInvalidRequest, obperr.InvalidConsentIDUsage), Handle: a.enrol,
		},
		{
			OperationID: "OBPtms1-getMyTmsDevices", Verb: "GET", Path: tenantPath + "/devices",
			Summary: "Get My TMS Devices", Description: "The logged-in user's devices at the bank, revoked ones included.",
			Tags: tags, Auth: handlers.LoggedIn, ExampleResponse: exampleDevices,
			Errors: append(user, obperr.InvalidConsentIDUsage), Handle: a.myDevices,
		},
		{
			OperationID: "OBPtms1-revokeMyTmsDevice", Verb: "DELETE", Path: tenantPath + "/devices/{DEVICE_ID}",
			Summary:     "Revoke My TMS Device",
			Description: "Revokes one of the logged-in user's devices: its credential stops working and its signatures are refused from now on. Answers 204.",
			Tags:        tags, Auth: handlers.LoggedIn, SuccessStatus: 204,
			Errors: append(user, obperr.TmsDeviceNotFound, obperr.TmsDeviceRevoked, obperr.InvalidConsentIDUsage), Handle: a.revokeMine,
		},
		{
			OperationID: "OBPtms1-getTmsDevicesOfUser", Verb: "GET", Path: tenantPath + "/users/{USER_ID}/devices",
			Summary: "Get a User's TMS Devices", Description: "A user's devices at the bank, for the bank's staff.",
			Tags: tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanGetTmsDevicesAtOneBank}, BankParam: "TENANT_NAME",
			ExampleResponse: exampleDevices, Errors: staff, Handle: a.userDevices,
		},
		{
			OperationID: "OBPtms1-revokeTmsDeviceOfUser", Verb: "DELETE", Path: tenantPath + "/users/{USER_ID}/devices/{DEVICE_ID}",
			Summary: "Revoke a User's TMS Device", Description: "Revokes a user's device, for the bank's staff. Answers 204.",
			Tags: tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanRevokeTmsDeviceAtOneBank}, BankParam: "TENANT_NAME",
			SuccessStatus: 204, Errors: append(staff, obperr.TmsDeviceNotFound, obperr.TmsDeviceRevoked), Handle: a.revokeUsers,
		},
		{
			OperationID: "OBPtms1-getPendingTms", Verb: "GET", Path: tenantPath + "/devices/{DEVICE_ID}/tms",
			Summary:     "Get Pending TMS",
			Description: "The TMS the device's user has to retrieve or answer now (STARTED or RETRIEVED, within their deadlines), oldest first." + deviceAuth,
			Tags:        tags, Auth: handlers.LoggedIn, ExampleResponse: examplePending, Errors: device, Handle: a.pending,
		},
		{
			OperationID: "OBPtms1-retrieveTms", Verb: "POST", Path: tenantPath + "/devices/{DEVICE_ID}/tms/{TMS_ID}/retrieval",
			Summary: "Retrieve a TMS",
			Description: "Hands the TMS to the device to show: a STARTED one becomes RETRIEVED and must be answered within its " +
				"tmsTimeout (answerBy); a RETRIEVED one is handed again unchanged. Past retrievalTimeout it is EXPIRED (OBP-38004)." + deviceAuth,
			Tags: tags, Auth: handlers.LoggedIn, NoBody: true, ExampleResponse: exampleRetrieved,
			Errors: append(device, obperr.TmsNotFound, obperr.TmsNotPending, obperr.TmsExpired), Handle: a.retrieve,
		},
		{
			OperationID: "OBPtms1-answerTms", Verb: "POST", Path: tenantPath + "/devices/{DEVICE_ID}/tms/{TMS_ID}/answer",
			Summary: "Answer a TMS",
			Description: "Accepts or declines a RETRIEVED TMS with a CMS SignedData over its text. Before anything changes the " +
				"server checks that the signer's certificate is this device's, issued by the bank's CA and valid now; that the " +
				"signature verifies; that the signed content is exactly the TMS text; and that the signed attributes name this " +
				"TMS, its user and this device (OBP-38009 saying which check failed). requireExplicitAuthentication wants the " +
				"DirectLogin token to come from a login made after the TMS started; requireFreshnessOfAuthentication (seconds) " +
				"bounds the token's age (OBP-38010). Of two answers at once one is recorded, the other is OBP-38003." + deviceAuth,
			Tags: tags, Auth: handlers.LoggedIn, RequestSchema: "tms_answer_post", ExampleRequest: exampleAnswer, ExampleResponse: exampleStatus,
			Errors: append(device, obperr.TmsNotFound, obperr.TmsNotPending, obperr.TmsExpired, obperr.TmsSignatureInvalid,
				obperr.TmsAuthenticationTooOld),
			Handle: a.answer,
		},
	}
}
