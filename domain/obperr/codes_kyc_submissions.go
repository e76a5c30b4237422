package obperr

// The KYC partner submission pipeline's errors. OBP has no such pipeline; these are
// ours, in a range OBP does not use (OBP-37xxx).
var (
	KycPartnerNotFound       = &Code{"OBP-37001", 403, "The app is not registered as a KYC partner at this bank."}
	KycPartnerCredentials    = &Code{"OBP-37002", 401, "The KYC partner's client-id or pass-key is not valid."}
	KycPartnerTokenInvalid   = &Code{"OBP-37003", 401, "The KYC partner token is missing, invalid or expired."}
	KycPartnerUserUnknown    = &Code{"OBP-37004", 400, "The partner user headers do not name a customer of this bank."}
	KycSubmissionTypeUnknown = &Code{"OBP-37005", 400, "Unknown submissionType."}
	KycSubmissionNotFound    = &Code{"OBP-37006", 404, "Submission not found by SUBMISSION_ID."}
	KycUploadURLInvalid      = &Code{"OBP-37007", 403, "The upload URL is not valid: its signature does not match."}
	KycUploadURLExpired      = &Code{"OBP-37008", 403, "The upload URL has expired."}
	KycUploadURLUsed         = &Code{"OBP-37009", 409, "The upload URL has been used already."}
	KycUploadTooLarge        = &Code{"OBP-37010", 413, "The upload is larger than its URL allows."}
	KycUploadEmpty           = &Code{"OBP-37011", 400, "The upload is empty."}
	KycUploadWrongType       = &Code{"OBP-37012", 415, "The upload is not of the content type its URL allows."}
	KycSubmissionNotUploaded = &Code{"OBP-37013", 400, "The submission cannot be confirmed: its file has not been uploaded."}
	KycCallbackURLInvalid    = &Code{"OBP-37014", 400, "The callback URL must be an https (or http) URL of a public host."}
)
