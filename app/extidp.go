package app

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/extidp"
	"github.com/obp-go/obp/internal/jwks"
)

// ExternalIssuerOptions configure the external identity providers whose bearer JWTs are
// taken (OBP_OAUTH2_ISSUERS); no issuers, none taken.
type ExternalIssuerOptions struct {
	Issuers []extidp.Issuer
	// RefreshInterval, UnknownKIDEvery and HTTPTimeout bound the JWKS fetching (0: the
	// jwks package's defaults); Leeway is the clock skew allowed (0: extidp.DefaultLeeway).
	RefreshInterval, UnknownKIDEvery, HTTPTimeout, Leeway time.Duration
}

// wireExternalIssuers refuses a configuration that would let an issuer speak for local users
// or fetch keys in the clear, finds the JWKS URLs of issuers configured alone through their
// discovery documents (such an issuer must answer at start), and starts keeping each
// issuer's JWKS until ctx ends.
func (s *services) wireExternalIssuers(ctx context.Context, o Options) error {
	e := o.ExternalIssuers
	if len(e.Issuers) == 0 {
		return nil
	}
	if err := extidp.ValidateIssuers(e.Issuers, o.Info.Hostname); err != nil {
		return fmt.Errorf("OBP_OAUTH2_ISSUERS: %w", err)
	}
	issuers := slices.Clone(e.Issuers)
	for n, i := range issuers {
		if i.JWKSURL != "" {
			continue
		}
		var err error
		if issuers[n].JWKSURL, err = jwks.Discover(ctx, i.Issuer, e.HTTPTimeout); err != nil {
			return fmt.Errorf("OBP_OAUTH2_ISSUERS: %w", err)
		}
	}
	if err := extidp.ValidateIssuers(issuers, o.Info.Hostname); err != nil { // the discovered URLs
		return fmt.Errorf("OBP_OAUTH2_ISSUERS: %w", err)
	}
	keys := make(map[string]extidp.KeySet, len(issuers))
	for _, i := range issuers {
		set, err := jwks.New(ctx, i.JWKSURL, jwks.Options{RefreshInterval: e.RefreshInterval, UnknownKIDEvery: e.UnknownKIDEvery,
			HTTPTimeout: e.HTTPTimeout, Log: o.Log})
		if err != nil {
			return fmt.Errorf("OBP_OAUTH2_ISSUERS: %w", err)
		}
		keys[i.Issuer] = set
	}
	s.extIssuers = extidp.New(extidp.Deps{Keys: keys, Users: s.store, Consumers: s.store, Clock: clock.Clock(o.Now), Leeway: e.Leeway})
	return nil
}

// externalBearers is the external issuers' authenticator, when any issuer is configured.
func (s *services) externalBearers() []auth.BearerAuthenticator {
	if s.extIssuers == nil {
		return nil
	}
	return []auth.BearerAuthenticator{s.extIssuers}
}
