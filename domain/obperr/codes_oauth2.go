package obperr

// OAuth2 and external identity provider errors (OBP-202xx), in OBP's numbering.
var (
	Oauth2IsNotAllowed               = &Code{"OBP-20201", 401, "OAuth2 is not allowed at this instance."}
	Oauth2JwtCannotBeVerified        = &Code{"OBP-20202", 401, "OAuth2's Access Token cannot be verified."}
	Oauth2ThereIsNoURLOfJwkSet       = &Code{"OBP-20203", 401, "There is no an URL of OAuth 2.0 server's JWK set, published at a well-known URL."}
	Oauth2BadJWT                     = &Code{"OBP-20204", 401, "Bad JWT error."}
	Oauth2Parse                      = &Code{"OBP-20205", 401, "Parse error."}
	Oauth2BadJOSE                    = &Code{"OBP-20206", 401, "Bad JSON Object Signing and Encryption (JOSE) exception. The ID token is invalid or expired."}
	Oauth2JOSE                       = &Code{"OBP-20207", 401, "Bad JSON Object Signing and Encryption (JOSE) exception. An internal JOSE exception was encountered."}
	Oauth2CannotMatchIssuerAndJwks   = &Code{"OBP-20208", 401, "Cannot match the issuer and JWKS URI at this server instance."}
	Oauth2TokenHaveNoConsumer        = &Code{"OBP-20209", 401, "The token have no linked consumer."}
	Oauth2TokenMatchCertificateFail  = &Code{"OBP-20210", 401, "The token is linked with a different client certificate."}
	Oauth2TokenEndpointAuthForbidden = &Code{"OBP-20213", 401, "The Token Endpoint Auth Method is not supported at this instance."}
)
