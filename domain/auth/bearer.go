package auth

import (
	"context"
	"strings"

	"github.com/obp-go/obp/domain/obperr"
)

// Method is how a caller proved who they are.
type Method string

// The methods a Principal may carry. The per-operation authentication-type rules name
// them in OBP's words (see handlers.authTypeOf).
const (
	MethodNone        Method = ""
	MethodDirectLogin Method = "DirectLogin"
	MethodConsent     Method = "Consent"
	// MethodOAuth2 is a bearer token of the embedded authorization server or of a
	// configured external identity provider.
	MethodOAuth2 Method = "OAuth2"
	// MethodScopedToken is an administrator-issued scoped access token (TKEY7 style).
	MethodScopedToken Method = "ScopedToken"
)

// BearerAuthenticator verifies one kind of `Authorization: Bearer` token.
type BearerAuthenticator interface {
	// Recognises is a cheap look at the token's form (a prefix, a JWT's issuer) that says
	// whether this authenticator owns it; no two authenticators own the same token.
	Recognises(token string) bool
	// Authenticate verifies the token and returns its caller, with Method set.
	Authenticate(ctx context.Context, token string) (Principal, error)
}

// Bearers tries each authenticator in turn; the first that recognises a token decides.
type Bearers []BearerAuthenticator

// Authenticate is OBP-20201 when no bearer tokens are taken at all and OBP-20204 when
// none of the configured kinds owns the token.
func (b Bearers) Authenticate(ctx context.Context, token string) (Principal, error) {
	if len(b) == 0 {
		return Principal{}, obperr.Oauth2IsNotAllowed
	}
	token = strings.TrimSpace(token)
	if token == "" {
		return Principal{}, obperr.Oauth2BadJWT.With("The bearer token is empty.")
	}
	for _, a := range b {
		if a.Recognises(token) {
			return a.Authenticate(ctx, token)
		}
	}
	return Principal{}, obperr.Oauth2BadJWT.With("The token is not one this server issued nor one of a configured issuer.")
}
