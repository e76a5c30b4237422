package handlers

import (
	"cmp"
	"context"
	"net/netip"
	"net/url"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/obperr"
)

// authenticate finds the caller. Credentials, when presented, must be valid on every
// endpoint, public ones included; an endpoint that needs a user refuses anonymous calls.
func (s *Server) authenticate(c *fiber.Ctx, d *ResourceDoc) (auth.Principal, error) {
	if d.Auth == OwnCredentials {
		return auth.Principal{}, nil
	}
	h := auth.Headers{DirectLogin: c.Get("DirectLogin"), Authorization: c.Get(fiber.HeaderAuthorization)}
	if consentHeader(c) != "" {
		if h.DirectLogin != "" || h.Authorization != "" {
			return auth.Principal{}, obperr.AuthorizationHeaderAmbiguity.With("Send either a Consent-JWT or a user's credentials, not both.")
		}
		return s.authenticateConsent(c, d)
	}
	if h.DirectLogin == "" && h.Authorization == "" {
		if d.Auth != Anonymous {
			return auth.Principal{}, obperr.UserNotLoggedIn
		}
		return auth.Principal{}, nil
	}
	if h.DirectLogin == "" && hasScheme(h.Authorization, "Bearer") {
		return s.deps.Bearers.Authenticate(c.UserContext(), h.Authorization[len("Bearer")+1:])
	}
	if h.DirectLogin == "" && !hasScheme(h.Authorization, "DirectLogin") {
		return auth.Principal{}, obperr.InvalidAuthorizationHeader
	}
	params, err := auth.DirectLoginFrom(h)
	if err != nil {
		return auth.Principal{}, err
	}
	if params.Token == "" {
		return auth.Principal{}, obperr.DirectLoginMissingParameters.With("token")
	}
	return s.deps.Auth.Authenticate(c.UserContext(), params.Token)
}

// guardCaller refuses an authenticated caller the endpoint does not take: an app-only
// token (a consumer, no user) where a user is needed (OBP-20001), a caller without a
// consumer where the application must be identified (OBP-20200), and a scoped access
// token outside its limits.
func (s *Server) guardCaller(c *fiber.Ctx, d *ResourceDoc, p auth.Principal) error {
	switch {
	case d.Auth == LoggedIn && p.UserID == "" && p.ConsumerID != "":
		return obperr.UserNotLoggedIn.With("This endpoint needs a user; an application-only token has none.")
	case d.Auth == ApplicationOnly && p.ConsumerID == "":
		return obperr.ApplicationNotIdentified
	case p.Scope != nil:
		return p.Scope.Permits(auth.ScopedCall{ClientIP: clientIP(c), OperationID: d.OperationID,
			BankID: pathParamValue(c, cmp.Or(d.BankParam, "BANK_ID")), AccountID: pathParamValue(c, "ACCOUNT_ID"),
			Write: d.Verb != fiber.MethodGet, Upkeep: d.ScopedTokenUpkeep})
	}
	return nil
}

// clientIP is the address the request came from (the zero address when it cannot be read).
func clientIP(c *fiber.Ctx) netip.Addr {
	ip, _ := netip.ParseAddr(c.IP())
	return ip
}

// consentHeader is the Consent-JWT header, or OBP's deprecated Consent-Id.
func consentHeader(c *fiber.Ctx) string {
	if v := c.Get("Consent-JWT"); v != "" {
		return v
	}
	return c.Get("Consent-Id")
}

// authenticateConsent makes the caller the consent's own user, for its app, on behalf of
// the user who gave it, on the endpoints a consent may be used with (OBP-20256 on others).
func (s *Server) authenticateConsent(c *fiber.Ctx, d *ResourceDoc) (auth.Principal, error) {
	if s.deps.Consents == nil {
		return auth.Principal{}, obperr.ConsentDisabled
	}
	if !d.consentMayUse() {
		return auth.Principal{}, obperr.InvalidConsentIDUsage
	}
	a, err := s.deps.Consents.Authenticate(c.UserContext(), consent.Presented{Header: consentHeader(c),
		ConsumerKey: c.Get("Consumer-Key"), Certificate: c.Get("PSD2-CERT")})
	if err != nil {
		return auth.Principal{}, err
	}
	return auth.Principal{UserID: a.UserID, Username: a.ConsentID, ConsumerID: a.ConsumerID, ConsentID: a.ConsentID,
		OnBehalfOf: a.OnBehalfOf, PerMinuteLimit: a.PerMinuteLimit, PerHourLimit: a.PerHourLimit, Method: auth.MethodConsent}, nil
}

// ConsentAuthenticator decides whether a consent may be used now (consent.Service).
type ConsentAuthenticator interface {
	Authenticate(ctx context.Context, p consent.Presented) (consent.Authenticated, error)
}

func hasScheme(header, scheme string) bool {
	return len(header) > len(scheme) && (header[len(scheme)] == ' ' || header[len(scheme)] == '\t') &&
		strings.EqualFold(header[:len(scheme)], scheme)
}

// rateLimit counts an authenticated call against its consumer's limits.
func (s *Server) rateLimit(c *fiber.Ctx, p auth.Principal) error {
	if p.ConsumerID == "" {
		return nil
	}
	retry, err := s.deps.Limiter.Allow(c.UserContext(), consumer.Consumer{
		ID: p.ConsumerID, PerMinuteLimit: p.PerMinuteLimit, PerHourLimit: p.PerHourLimit,
	})
	if retry > 0 {
		secs := int(retry.Seconds())
		if float64(secs) < retry.Seconds() {
			secs++
		}
		c.Set(fiber.HeaderRetryAfter, strconv.Itoa(secs))
	}
	return err
}

// pathParamValue is a path parameter, percent-decoded (a provider such as
// http://127.0.0.1:8080 travels encoded in a path segment).
func pathParamValue(c *fiber.Ctx, name string) string {
	v := c.Params(name)
	if dec, err := url.PathUnescape(v); err == nil {
		return dec
	}
	return v
}
