package obperr

// The TMS (transaction confirmation on an enrolled device) errors. OBP has no TMS; these
// are ours, in a range OBP does not use (OBP-38xxx).
var (
	TmsNotFound             = &Code{"OBP-38001", 404, "TMS not found by TMS_ID."}
	TmsInvalidRequest       = &Code{"OBP-38002", 400, "The TMS request is not valid."}
	TmsNotPending           = &Code{"OBP-38003", 409, "The TMS is not in a status that allows this."}
	TmsExpired              = &Code{"OBP-38004", 409, "The TMS has expired."}
	TmsDeviceNotFound       = &Code{"OBP-38005", 404, "Device not found by DEVICE_ID."}
	TmsDeviceCredential     = &Code{"OBP-38006", 401, "The device credential (header TMS-Device-Token) is missing or not valid for DEVICE_ID."}
	TmsDeviceRevoked        = &Code{"OBP-38007", 403, "The device has been revoked."}
	TmsCsrInvalid           = &Code{"OBP-38008", 400, "The certificate signing request is not valid."}
	TmsSignatureInvalid     = &Code{"OBP-38009", 400, "The signedData does not confirm this TMS."}
	TmsAuthenticationTooOld = &Code{"OBP-38010", 403, "This TMS needs a fresher authentication: log in again with the password and answer with the new token."}
	TmsCertificateAuthority = &Code{"OBP-38011", 500, "The bank's TMS certificate authority cannot be used."}
)
