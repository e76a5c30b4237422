package main

import (
	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/domain/extidp"
	"github.com/obp-go/obp/internal/jwks"
)

// externalIssuerOptions reads the external identity providers (listed in the README). An
// issuer equal to this server's hostname and non-https JWKS URLs are refused as the
// server starts (extidp.ValidateIssuers), where the hostname is settled.
func externalIssuerOptions(errs *[]string) app.ExternalIssuerOptions {
	issuers, err := extidp.ParseIssuers(env("OBP_OAUTH2_ISSUERS", ""))
	if err != nil {
		*errs = append(*errs, "OBP_OAUTH2_ISSUERS: "+err.Error())
	}
	return app.ExternalIssuerOptions{
		Issuers:         issuers,
		RefreshInterval: envDuration("OBP_OAUTH2_JWKS_REFRESH", jwks.DefaultRefreshInterval, errs),
		UnknownKIDEvery: envDuration("OBP_OAUTH2_JWKS_UNKNOWN_KID_REFRESH", jwks.DefaultUnknownKIDEvery, errs),
		HTTPTimeout:     envDuration("OBP_OAUTH2_JWKS_TIMEOUT", jwks.DefaultHTTPTimeout, errs),
		Leeway:          envDuration("OBP_OAUTH2_LEEWAY", extidp.DefaultLeeway, errs),
	}
}
