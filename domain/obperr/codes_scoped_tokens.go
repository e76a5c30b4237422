package obperr

// Scoped access token errors. OBP has no scoped tokens; the numbers are ours, in a
// range OBP does not use. Refusals carry TKEY7's error fields (code, short_message,
// long_message, timestamp, troubleshooting_id, endpoint_url), which every error body has.
var (
	ScopedTokenIPNotAllowed        = &Code{"OBP-20901", 403, "This access token may not be used from this client IP address."}
	ScopedTokenOperationNotAllowed = &Code{"OBP-20902", 403, "This access token is not permitted on this endpoint:"}
	ScopedTokenBankNotAllowed      = &Code{"OBP-20903", 403, "This access token is limited to another bank."}
	ScopedTokenAccountNotAllowed   = &Code{"OBP-20904", 403, "This access token is not permitted on this account."}
	ScopedTokenReadOnly            = &Code{"OBP-20905", 403, "This access token has the Viewer access right: it may only read."}
)
