package oauth2

import (
	"context"
	"time"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/token/jwt"

	"github.com/obp-go/obp/domain/oauth2"
)

// Lifetimes of what the server issues.
const (
	AccessTokenLifetime  = time.Hour
	RefreshTokenLifetime = 30 * 24 * time.Hour
	CodeLifetime         = 10 * time.Minute
	IDTokenLifetime      = time.Hour
	PARLifetime          = 5 * time.Minute
)

// parURIPrefix starts every request_uri the PAR endpoint hands out (RFC 9126).
const parURIPrefix = "urn:ietf:params:oauth:request_uri:"

// newProvider composes fosite with the flows this server speaks: authorization code with
// PKCE (S256 only, for every client), PAR, client credentials, refresh tokens with
// rotation, OpenID Connect ID tokens (RS256), introspection and revocation. Tokens are
// fosite's HMAC tokens (ory_at_, ory_rt_, ory_ac_): the store keeps their signatures.
func newProvider(issuer string, secret []byte, store *storage, key *signingKey) fosite.OAuth2Provider {
	cfg := &fosite.Config{
		AccessTokenLifespan:             AccessTokenLifetime,
		RefreshTokenLifespan:            RefreshTokenLifetime,
		AuthorizeCodeLifespan:           CodeLifetime,
		IDTokenLifespan:                 IDTokenLifetime,
		IDTokenIssuer:                   issuer,
		AccessTokenIssuer:               issuer,
		TokenURL:                        issuer + "/oauth2/token",
		GlobalSecret:                    secret,
		ClientSecretsHasher:             secretHasher{},
		ScopeStrategy:                   fosite.ExactScopeStrategy,
		AudienceMatchingStrategy:        fosite.DefaultAudienceMatchingStrategy,
		RefreshTokenScopes:              []string{oauth2.ScopeOfflineAccess},
		EnforcePKCE:                     true,
		EnforcePKCEForPublicClients:     true,
		EnablePKCEPlainChallengeMethod:  false,
		PushedAuthorizeRequestURIPrefix: parURIPrefix,
		PushedAuthorizeContextLifespan:  PARLifetime,
		IsPushedAuthorizeEnforced:       false, // discovery: require_pushed_authorization_requests false
		SendDebugMessagesToClients:      false,
	}
	getKey := func(ctx context.Context) (any, error) {
		k, _, err := key.get(ctx)
		return k, err
	}
	return compose.Compose(cfg, store, &compose.CommonStrategy{
		CoreStrategy:               compose.NewOAuth2HMACStrategy(cfg),
		OpenIDConnectTokenStrategy: compose.NewOpenIDConnectStrategy(getKey, cfg),
		Signer:                     &jwt.DefaultSigner{GetPrivateKey: getKey},
	},
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2ClientCredentialsGrantFactory,
		compose.OAuth2RefreshTokenGrantFactory,
		compose.OpenIDConnectExplicitFactory,
		compose.OpenIDConnectRefreshFactory,
		compose.OAuth2TokenIntrospectionFactory,
		compose.OAuth2TokenRevocationFactory,
		compose.OAuth2PKCEFactory,
		compose.PushedAuthorizeHandlerFactory,
	)
}
