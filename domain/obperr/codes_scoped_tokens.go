package obperr

// Scoped access token errors. OBP has no scoped tokens; the numbers are ours, in a
// range OBP does not use. Refusals carry TKEY7's error fields (code, short_message,
// long_message, timestamp, troubleshooting_id, endpoint_url), which every error body has.
// A token that is not one this server issued (unknown or malformed) is OBP-20204.
var (
	// Limits of a token in use (403): the call is outside what the token allows.
	ScopedTokenIPNotAllowed        = &Code{"OBP-20901", 403, "This access token may not be used from this client IP address."}
	ScopedTokenOperationNotAllowed = &Code{"OBP-20902", 403, "This access token is not permitted on this endpoint:"}
	ScopedTokenBankNotAllowed      = &Code{"OBP-20903", 403, "This access token is limited to another bank."}
	ScopedTokenAccountNotAllowed   = &Code{"OBP-20904", 403, "This access token is not permitted on this account."}
	ScopedTokenReadOnly            = &Code{"OBP-20905", 403, "This access token has the Viewer access right: it may only read."}

	// The token itself is no longer good (401).
	ScopedTokenRevoked      = &Code{"OBP-20906", 401, "This scoped access token has been revoked by its creator."}
	ScopedTokenNotRefreshed = &Code{"OBP-20907", 401, "This scoped access token was not refreshed within 15 minutes and has been revoked."}
	ScopedTokenExpired      = &Code{"OBP-20908", 401, "This scoped access token has reached the end of its life (at most 24 hours); ask for a new one."}

	// Creating and managing tokens.
	ScopedTokenRequired         = &Code{"OBP-20910", 400, "This endpoint takes a scoped access token, sent as Authorization: Bearer."}
	ScopedTokenCreatorMethod    = &Code{"OBP-20911", 403, "Scoped access tokens are managed by a user logged in with their own credentials, not with a scoped access token or a consent."}
	ScopedTokenAccountNotHeld   = &Code{"OBP-20912", 403, "You may only hand on access to accounts you have access to. No access to account:"}
	ScopedTokenInvalidOperation = &Code{"OBP-20913", 400, "Not an operation id this server serves:"}
	ScopedTokenInvalidIP        = &Code{"OBP-20914", 400, "Not an IP address or CIDR block:"}
	ScopedTokenInvalidLife      = &Code{"OBP-20915", 400, "expires_in must be between 60 and 86400 seconds (24 hours)."}
	ScopedTokenInvalidAccess    = &Code{"OBP-20916", 400, "access_right must be Viewer or Manager."}
	ScopedTokenInvalidAccountID = &Code{"OBP-20917", 400, "Not a valid ACCOUNT_ID:"}
	ScopedTokenNotFound         = &Code{"OBP-20918", 404, "Scoped access token not found. Please specify a valid value for SCOPED_ACCESS_TOKEN_ID."}
)
