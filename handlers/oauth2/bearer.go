package oauth2

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/ory/fosite"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/oauth2"
	"github.com/obp-go/obp/domain/obperr"
)

// accessTokenPrefix starts every access token fosite's HMAC strategy issues.
const accessTokenPrefix = "ory_at_"

// Bearer is the authenticator of this server's access tokens (app/bearers.go lists it).
func (s *Server) Bearer() auth.BearerAuthenticator { return bearer{s} }

type bearer struct{ s *Server }

func (b bearer) Recognises(token string) bool { return strings.HasPrefix(token, accessTokenPrefix) }

// Authenticate is the caller of an access token: held in Deps.Callers from an earlier
// call until the token expires or authentication state changes in any process (a
// revoked token, a locked user, a changed consumer: their writes notify every process in
// their own transaction), or else verified (verify) and then held.
func (b bearer) Authenticate(ctx context.Context, token string) (auth.Principal, error) {
	callers := b.s.deps.Callers
	if callers == nil {
		p, _, err := b.verify(ctx, token)
		return p, err
	}
	p, ok, gen := callers.Lookup(token, b.s.deps.Clock.Now())
	if ok {
		return p, nil
	}
	p, until, err := b.verify(ctx, token)
	if err == nil {
		callers.Keep(token, p, until, gen)
	}
	return p, err
}

// verify introspects the token (signature, stored grant, expiry by the server's clock),
// needs the obp scope, and reads the consumer and the user, returning the caller and
// when the token expires.
// Errors: OBP-20204 for a token that is not active (unknown, expired, revoked, or of a
// consumer that is disabled: fosite no longer finds its client) or lacks the obp scope,
// OBP-20058 for a consumer disabled between those two reads, OBP-20013 for a locked user.
func (b bearer) verify(ctx context.Context, token string) (auth.Principal, time.Time, error) {
	s := b.s
	sess := newSession()
	use, ar, err := s.provider.IntrospectToken(ctx, token, fosite.AccessToken, sess)
	if err != nil || use != fosite.AccessToken {
		var rfc *fosite.RFC6749Error
		if errors.As(err, &rfc) && rfc.ErrorField == fosite.ErrServerError.ErrorField {
			return auth.Principal{}, time.Time{}, err
		}
		return auth.Principal{}, time.Time{}, obperr.Oauth2BadJWT.With("The access token is not active: unknown, expired or revoked.")
	}
	expires := sess.GetExpiresAt(fosite.AccessToken)
	if !s.deps.Clock.Now().Before(expires) {
		return auth.Principal{}, time.Time{}, obperr.Oauth2BadJWT.With("The access token has expired.")
	}
	if !ar.GetGrantedScopes().Has(oauth2.ScopeOBP) {
		return auth.Principal{}, time.Time{}, obperr.Oauth2BadJWT.With("The access token was not granted the obp scope.")
	}
	c, err := s.deps.Consumers.GetConsumerByKey(ctx, ar.GetClient().GetID())
	if errors.Is(err, obperr.ConsumerNotFoundByID) || err == nil && !c.Enabled {
		return auth.Principal{}, time.Time{}, obperr.ConsumerIsDisabled
	}
	if err != nil {
		return auth.Principal{}, time.Time{}, err
	}
	p := auth.Principal{ConsumerID: c.ID, TokenID: ar.GetID(), PerMinuteLimit: c.PerMinuteLimit, PerHourLimit: c.PerHourLimit,
		Method: auth.MethodOAuth2}
	if sub := sess.GetSubject(); sub != "" {
		u, err := s.deps.Users.GetUser(ctx, sub)
		if err != nil {
			return auth.Principal{}, time.Time{}, err
		}
		if u.Locked() {
			return auth.Principal{}, time.Time{}, obperr.UsernameHasBeenLocked
		}
		p.UserID, p.Username, p.AuthenticatedAt = u.ID, u.Username, sess.Claims.AuthTime.UTC()
	}
	return p, expires, nil
}
