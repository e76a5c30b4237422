package obperr

// The transaction-sealing (sealed OTP) errors: ours, in a range OBP does not use (OBP-39xxx).
var (
	SealingKeyNotFound    = &Code{"OBP-39001", 404, "Sealing key not found by SEALING_KEY_ID."}
	SealingKeyRevoked     = &Code{"OBP-39002", 409, "The sealing key is revoked already."}
	SealInvalidRequest    = &Code{"OBP-39003", 400, "The sealing request is not valid."}
	SealingKeyUnavailable = &Code{"OBP-39004", 500, "A sealing key cannot be opened with OBP_KEY_ENCRYPTION_KEY."}
)
