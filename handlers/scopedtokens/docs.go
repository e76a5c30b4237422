package scopedtokens

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

const (
	collection = "/obp/v5.1.0/banks/{BANK_ID}/scoped-access-tokens"
	one        = collection + "/{SCOPED_ACCESS_TOKEN_ID}"
	refresh    = "/obp/v5.1.0/oauth-token/refresh"
)

const ours = "Ours, not OBP's: TKEY7-style scoped access tokens. "

const limits = "A scoped access token is sent as `Authorization: Bearer obp_st_...`. It calls as its user, through the app " +
	"its creator used (that app's call limits; disabling it stops the token), and only narrows what the user may do: " +
	"every guard the user meets still applies. It is refused (403) from a client address outside allowed_ip_addresses " +
	"(OBP-20901), on an operation not in permitted_operation_ids (OBP-20902), at another bank (OBP-20903), on an account " +
	"not in account_ids (OBP-20904), and for any call but a GET when its access_right is Viewer (OBP-20905). An operation " +
	"whose path names no bank or account (e.g. getCurrentUser) is bounded only by the user's own access: list only what " +
	"the holder needs. The token lives at most 24 hours (expires_in, default 86400 seconds) and must be refreshed " +
	"(POST /obp/v5.1.0/oauth-token/refresh) before refresh_before, 15 minutes after creation or the last refresh; " +
	"otherwise it is revoked (401 OBP-20907). A revoked token answers 401 OBP-20906, one past its life 401 OBP-20908, a " +
	"value this server did not issue 401 OBP-20204."

func (a *area) docs() []handlers.ResourceDoc {
	tags := []string{"Scoped-Access-Token"}
	manage := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.ScopedTokenCreatorMethod)
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.1.0-createScopedAccessToken",
			Verb:        "POST",
			Path:        collection,
			Summary:     "Create Scoped Access Token",
			Description: ours + "Creates a token for user_id at BANK_ID and answers its value, once: only its SHA-256 is " +
				"kept. Needs CanCreateScopedAccessToken at the bank, and a login with the caller's own credentials " +
				"(not a scoped token nor a consent: OBP-20911). The caller hands on only what they hold: each of " +
				"account_ids must be an account at BANK_ID the caller has a view on (403 OBP-20912). access_right is " +
				"Viewer (reads only) or Manager (reads and writes); allowed_ip_addresses are addresses or CIDR blocks (a " +
				"bare address is /32 or /128; OBP-20914); permitted_operation_ids are operation ids this server serves, " +
				"as the resource docs list them (OBP-20913); expires_in is the life in seconds, 60 to 86400 (OBP-20915). " + limits,
			Tags:            tags,
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanCreateScopedAccessToken},
			RequestSchema:   "scoped_access_token_post",
			ExampleRequest:  examplePost,
			ExampleResponse: exampleIssued,
			SuccessStatus:   201,
			Errors: append(manage, obperr.UserHasMissingRoles, obperr.UserNotFoundByID, obperr.ScopedTokenAccountNotHeld,
				obperr.ScopedTokenInvalidOperation, obperr.ScopedTokenInvalidIP, obperr.ScopedTokenInvalidLife,
				obperr.ScopedTokenInvalidAccess, obperr.ScopedTokenInvalidAccountID),
			Handle: a.create,
		},
		{
			OperationID: "OBPv5.1.0-getScopedAccessTokens",
			Verb:        "GET",
			Path:        collection,
			Summary:     "Get Scoped Access Tokens",
			Description: ours + "The tokens the caller created at BANK_ID, newest first, with their status (ACTIVE, REVOKED, " +
				"LAPSED: not refreshed in time, EXPIRED), never their values. No role is needed, so that a creator whose " +
				"role was taken away can still find and revoke what they handed out.",
			Tags:            tags,
			Auth:            handlers.LoggedIn,
			ExampleResponse: tokensJSON{ScopedAccessTokens: []tokenJSON{exampleToken}},
			Errors:          manage,
			Handle:          a.list,
		},
		{
			OperationID: "OBPv5.1.0-deleteScopedAccessToken",
			Verb:        "DELETE",
			Path:        one,
			Summary:     "Delete Scoped Access Token",
			Description: ours + "Revokes a token the caller created at BANK_ID; it is refused on every server process from " +
				"the next call on (401 OBP-20906). Another user's token is not found (404 OBP-20918), revealing nothing. " +
				"Revoking a revoked token again answers 204 too.",
			Tags:          tags,
			Auth:          handlers.LoggedIn,
			SuccessStatus: 204,
			Errors:        append(manage, obperr.ScopedTokenNotFound),
			Handle:        a.revoke,
		},
		{
			OperationID: "OBPv5.1.0-refreshScopedAccessToken",
			Verb:        "POST",
			Path:        refresh,
			Summary:     "Refresh Scoped Access Token",
			Description: ours + "Called with the scoped access token itself (`Authorization: Bearer obp_st_...`) and no body; " +
				"any token may call it, whatever its permitted operations and access right, from its allowed addresses. " +
				"Moves refresh_before to 15 minutes from now, never past expires_at, and answers both. The value does " +
				"not change: a client that loses this answer (a dropped connection) keeps a working token, and a stolen " +
				"value is bounded by the allowed addresses, the 15-minute window and the 24-hour life instead. Other " +
				"callers are refused (400 OBP-20910). " + limits,
			Tags:              tags,
			Auth:              handlers.LoggedIn,
			NoBody:            true,
			ScopedTokenUpkeep: true,
			ExampleResponse:   exampleRefreshed,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.ScopedTokenRequired, obperr.ScopedTokenIPNotAllowed,
				obperr.ScopedTokenRevoked, obperr.ScopedTokenNotRefreshed, obperr.ScopedTokenExpired, obperr.Oauth2BadJWT),
			Handle: a.refresh,
		},
	}
}
