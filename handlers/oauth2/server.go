// Package oauth2 is the embedded OAuth2 / OpenID Connect authorization server: its
// endpoints (/oauth2/auth, /oauth2/par, /oauth2/token, /oauth2/revoke,
// /oauth2/introspect), the login and consent pages, discovery and JWKS, and the bearer
// authenticator that lets its access tokens call every endpoint. The protocol is
// github.com/ory/fosite's; this package binds it to consumers, users and the store.
package oauth2

import (
	"context"
	"crypto/rsa"
	"errors"

	"github.com/ory/fosite"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/oauth2"
	"github.com/obp-go/obp/domain/user"
)

// PasswordChecker is the one password check of every login, lockout included (auth.Service).
type PasswordChecker interface {
	CheckPassword(ctx context.Context, username, password string) (user.User, error)
}

// Deps are what the authorization server is built over.
type Deps struct {
	// Issuer is the server's public base URL (Info.Hostname): the iss of every token.
	Issuer string
	// Secret is fosite's global HMAC secret (at least 32 bytes), shared by every process.
	Secret []byte
	// SigningKey loads the RS256 ID-token key; called once, on first use.
	SigningKey func(ctx context.Context) (*rsa.PrivateKey, error)
	Store      oauth2.Store
	Consumers  consumer.Store
	Users      user.Store
	Passwords  PasswordChecker
	Clock      clock.Clock
	// Callers holds the callers of access tokens between calls (auth.Service's, which
	// every change of authentication state flushes); nil verifies every call afresh.
	Callers *auth.PrincipalCache
}

// Server is the authorization server.
type Server struct {
	deps     Deps
	provider fosite.OAuth2Provider
	key      *signingKey
	csrfKey  []byte
	secure   bool // cookies only over https (the issuer is https)
}

// New builds the authorization server.
func New(d Deps) (*Server, error) {
	if len(d.Secret) < 32 {
		return nil, errors.New("oauth2: the HMAC secret must be at least 32 bytes")
	}
	key := &signingKey{load: d.SigningKey}
	store := &storage{records: d.Store, consumers: d.Consumers, clock: d.Clock, parLifespan: PARLifetime}
	return &Server{deps: d, provider: newProvider(d.Issuer, d.Secret, store, key), key: key,
		csrfKey: derive(d.Secret, "obp oauth2 csrf"), secure: isHTTPS(d.Issuer)}, nil
}
