package oauth2

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
)

var tags = []string{"OAuth2"}

// protocolNote is said of every endpoint fosite answers.
const protocolNote = " Answers and errors are OAuth2's (RFC 6749 JSON `error`/`error_description`, or a redirect to the " +
	"client), not OBP's error body."

// Docs declare the authorization server's endpoints. The protocol endpoints and pages
// read their own credentials (client authentication, cookies) and write their own
// bodies; the ones that take a body take a form (application/x-www-form-urlencoded).
func (s *Server) Docs() []handlers.ResourceDoc {
	own := func(d handlers.ResourceDoc, render func(*obperr.Error) (int, any)) handlers.ResourceDoc {
		d.Tags, d.Auth, d.RawResponse, d.ConnectorMethods = tags, handlers.OwnCredentials, true, []string{}
		d.FormBody, d.RenderError = d.Verb == "POST", render
		return d
	}
	// raw are the protocol endpoints (errors in OAuth2's shape), page the pages (errors as a page).
	raw := func(d handlers.ResourceDoc) handlers.ResourceDoc { return own(d, protocolError) }
	page := func(d handlers.ResourceDoc) handlers.ResourceDoc { return own(d, pageError) }
	authorizeDesc := "The authorization endpoint (authorization code flow; PKCE with S256 is required of every client, " +
		"`plain` is refused). Takes the request as query parameters (or a form on POST), or a `request_uri` from " +
		"`/oauth2/par` with `client_id`. A valid request is kept for the user and the browser is sent (303) to the login " +
		"page, or to the consent page when it is signed in; the user's decision ends in a 303 to `redirect_uri` with " +
		"`code`, `state` and `iss`, or `error=access_denied`. `redirect_uri` must be exactly one of the consumer's " +
		"redirect URLs (its `redirect_url`, comma-separated for several). Scopes: openid, profile, email, offline_access, obp." +
		protocolNote
	return []handlers.ResourceDoc{
		raw(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2Authorize", Verb: "GET", Path: "/oauth2/auth",
			Summary: "OAuth2 Authorization Endpoint", Description: authorizeDesc, Handle: s.authorize}),
		raw(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2AuthorizePost", Verb: "POST", Path: "/oauth2/auth",
			Summary: "OAuth2 Authorization Endpoint (form post)", Description: authorizeDesc, Handle: s.authorize}),
		raw(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2PushedAuthorizationRequest", Verb: "POST", Path: "/oauth2/par",
			Summary: "OAuth2 Pushed Authorization Request",
			Description: "RFC 9126: the client posts the authorization request's parameters with its client authentication " +
				"(a public client: `client_id` only) and gets `request_uri` (valid 5 minutes, once) and `expires_in`; it then " +
				"sends the browser to `/oauth2/auth?client_id=...&request_uri=...`. PAR is not required." + protocolNote,
			SuccessStatus: 201, Handle: s.pushed}),
		raw(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2Token", Verb: "POST", Path: "/oauth2/token",
			Summary: "OAuth2 Token Endpoint",
			Description: "Grants: `authorization_code` (with `code_verifier`), `refresh_token` (rotated: each refresh token " +
				"works once; presenting a used one revokes its whole family, access tokens included) and `client_credentials` " +
				"(confidential clients; `scope=obp`; an app-only token with a consumer and no user). Clients authenticate with " +
				"`client_secret_basic` or `client_secret_post`; public clients (consumer app_type Public or Mobile) send " +
				"`client_id` only. A redeemed code presented again is refused and the tokens it gave are revoked. Access tokens " +
				"(`ory_at_...`) live one hour, refresh tokens 30 days." + protocolNote,
			Handle: s.token}),
		raw(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2Revoke", Verb: "POST", Path: "/oauth2/revoke",
			Summary: "OAuth2 Token Revocation",
			Description: "RFC 7009: the client that holds an access or refresh token revokes it (a refresh token with its " +
				"family). Always 200 for a token the client may revoke, known or not." + protocolNote,
			Handle: s.revoke}),
		raw(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2Introspect", Verb: "POST", Path: "/oauth2/introspect",
			Summary: "OAuth2 Token Introspection",
			Description: "RFC 7662: the caller authenticates as a client (Basic); `token` is introspected: `active`, and for " +
				"an active one `client_id`, `scope`, `sub`, `exp`, `iat`, `token_type`." + protocolNote,
			Handle: s.introspect}),
		page(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2LoginPage", Verb: "GET", Path: "/oauth2/login",
			Summary: "OAuth2 Login Page",
			Description: "The HTML page where the user signs in with their username and password for a pending " +
				"authorization request (`interaction`). Five wrong passwords in a row lock the user, as for DirectLogin.",
			Handle: s.loginPage}),
		page(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2Login", Verb: "POST", Path: "/oauth2/login",
			Summary: "OAuth2 Login (form)",
			Description: "The login page's form: `interaction`, `csrf_token`, `username`, `password`. A good login starts a " +
				"login session (an HttpOnly, SameSite=Lax cookie) and redirects (303) to the consent page; a wrong one shows " +
				"the page again with 401; a missing or wrong CSRF token is 403.",
			Handle: s.login}),
		page(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2ConsentPage", Verb: "GET", Path: "/oauth2/consent",
			Summary:     "OAuth2 Consent Page",
			Description: "The HTML page that lists the app's name and the scopes it asks for, with Approve and Deny.",
			Handle:      s.consentPage}),
		page(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2Consent", Verb: "POST", Path: "/oauth2/consent",
			Summary: "OAuth2 Consent (form)",
			Description: "The consent page's form: `interaction`, `csrf_token`, `decision` (approve or deny). Redirects (303) " +
				"to the client's redirect_uri with the code, or with error=access_denied.",
			Handle: s.decide}),
		page(handlers.ResourceDoc{OperationID: "OBPv5.1.0-oauth2PagesStyle", Verb: "GET", Path: "/oauth2/style.css",
			Summary: "OAuth2 Pages Stylesheet", Description: "The login and consent pages' stylesheet.", Handle: style}),
		{
			OperationID: "OBPv5.1.0-openIDConfiguration", Verb: "GET", Path: "/.well-known/openid-configuration",
			Summary:     "OpenID Connect Discovery",
			Description: "The OpenID Connect discovery document of the embedded authorization server.",
			Tags:        tags, ExampleResponse: discovery("https://obp.example.com"), Handle: s.getDiscovery,
			ConnectorMethods: []string{},
		},
		{
			OperationID: "OBPv5.1.0-oauth2Jwks", Verb: "GET", Path: "/.well-known/jwks.json",
			Summary:     "OAuth2 JSON Web Key Set",
			Description: "The public key (RS256) that verifies this server's ID tokens.",
			Tags:        tags, Handle: s.getJWKS, ConnectorMethods: []string{},
			ExampleResponse: jwksJSON{Keys: []jwkJSON{{Kty: "RSA", Use: "sig", Alg: "RS256", Kid: "NjVBRjY5MDlCMUIwNzU4RTA2QzZFMDQ4QzQ2MDAyQjVDNjk1RTM2Qg",
				N: "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
				E: "AQAB"}}},
		},
		{
			OperationID: "OBPv5.1.0-getOAuth2ServerWellKnown", Verb: "GET", Path: "/obp/v5.1.0/well-known",
			Summary:     "Get Well Known URIs",
			Description: "Get the OAuth2 server's public Well Known URIs: the JWKS of the embedded authorization server.",
			Tags:        []string{"API"}, Handle: s.getWellKnown, ConnectorMethods: []string{},
			ExampleResponse: wellKnownJSON{JwksURIs: []jwksURIJSON{{JwksURI: "https://obp.example.com/.well-known/jwks.json"}}},
		},
	}
}
