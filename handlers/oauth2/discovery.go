package oauth2

import (
	"github.com/obp-go/obp/domain/oauth2"
	"github.com/obp-go/obp/handlers"
)

// discoveryJSON is the OpenID Connect discovery document (OpenID Connect Discovery 1.0,
// RFC 8414).
type discoveryJSON struct {
	Issuer                             string   `json:"issuer"`
	AuthorizationEndpoint              string   `json:"authorization_endpoint"`
	TokenEndpoint                      string   `json:"token_endpoint"`
	PushedAuthorizationRequestEndpoint string   `json:"pushed_authorization_request_endpoint"`
	RequirePushedAuthorizationRequests bool     `json:"require_pushed_authorization_requests"`
	RevocationEndpoint                 string   `json:"revocation_endpoint"`
	IntrospectionEndpoint              string   `json:"introspection_endpoint"`
	JwksURI                            string   `json:"jwks_uri"`
	ScopesSupported                    []string `json:"scopes_supported"`
	ResponseTypesSupported             []string `json:"response_types_supported"`
	ResponseModesSupported             []string `json:"response_modes_supported"`
	GrantTypesSupported                []string `json:"grant_types_supported"`
	SubjectTypesSupported              []string `json:"subject_types_supported"`
	IDTokenSigningAlgValuesSupported   []string `json:"id_token_signing_alg_values_supported"`
	TokenEndpointAuthMethodsSupported  []string `json:"token_endpoint_auth_methods_supported"`
	CodeChallengeMethodsSupported      []string `json:"code_challenge_methods_supported"`
	ClaimsSupported                    []string `json:"claims_supported"`
	AuthorizationResponseIssParameter  bool     `json:"authorization_response_iss_parameter_supported"`
}

func discovery(issuer string) discoveryJSON {
	return discoveryJSON{
		Issuer:                             issuer,
		AuthorizationEndpoint:              issuer + "/oauth2/auth",
		TokenEndpoint:                      issuer + "/oauth2/token",
		PushedAuthorizationRequestEndpoint: issuer + "/oauth2/par",
		RevocationEndpoint:                 issuer + "/oauth2/revoke",
		IntrospectionEndpoint:              issuer + "/oauth2/introspect",
		JwksURI:                            issuer + "/.well-known/jwks.json",
		ScopesSupported:                    oauth2.Scopes,
		ResponseTypesSupported:             []string{"code"},
		ResponseModesSupported:             []string{"query"},
		GrantTypesSupported:                []string{"authorization_code", "refresh_token", "client_credentials"},
		SubjectTypesSupported:              []string{"public"},
		IDTokenSigningAlgValuesSupported:   []string{"RS256"},
		TokenEndpointAuthMethodsSupported:  []string{"client_secret_basic", "client_secret_post", "none"},
		CodeChallengeMethodsSupported:      []string{"S256"},
		ClaimsSupported:                    []string{"iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "preferred_username", "email"},
		AuthorizationResponseIssParameter:  true,
	}
}

// wellKnownJSON is OBP's getOAuth2ServerWellKnown answer: where the keys that verify this
// server's tokens are published.
type wellKnownJSON struct {
	JwksURIs []jwksURIJSON `json:"jwks_uris"`
}

type jwksURIJSON struct {
	JwksURI string `json:"jwks_uri"`
}

func (s *Server) getDiscovery(c *handlers.Call) error { return c.JSON(discovery(s.deps.Issuer)) }

func (s *Server) getJWKS(c *handlers.Call) error {
	set, err := s.key.jwks(c.Ctx)
	if err != nil {
		return err
	}
	return c.JSON(set)
}

func (s *Server) getWellKnown(c *handlers.Call) error {
	return c.JSON(wellKnownJSON{JwksURIs: []jwksURIJSON{{JwksURI: s.deps.Issuer + "/.well-known/jwks.json"}}})
}
