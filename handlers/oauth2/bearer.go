package oauth2

import (
	"context"
	"errors"
	"strings"

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

// Authenticate introspects the token (signature, stored grant, expiry by the server's
// clock), needs the obp scope, and reads the consumer and the user on every call: a
// disabled consumer or a locked user stops their tokens at once on every process.
// Errors: OBP-20204 for a token that is not active (unknown, expired, revoked, or of a
// consumer that is disabled: fosite no longer finds its client) or lacks the obp scope,
// OBP-20058 for a consumer disabled between those two reads, OBP-20013 for a locked user.
func (b bearer) Authenticate(ctx context.Context, token string) (auth.Principal, error) {
	s := b.s
	sess := newSession()
	use, ar, err := s.provider.IntrospectToken(ctx, token, fosite.AccessToken, sess)
	if err != nil || use != fosite.AccessToken {
		var rfc *fosite.RFC6749Error
		if errors.As(err, &rfc) && rfc.ErrorField == fosite.ErrServerError.ErrorField {
			return auth.Principal{}, err
		}
		return auth.Principal{}, obperr.Oauth2BadJWT.With("The access token is not active: unknown, expired or revoked.")
	}
	if !s.deps.Clock.Now().Before(sess.GetExpiresAt(fosite.AccessToken)) {
		return auth.Principal{}, obperr.Oauth2BadJWT.With("The access token has expired.")
	}
	if !ar.GetGrantedScopes().Has(oauth2.ScopeOBP) {
		return auth.Principal{}, obperr.Oauth2BadJWT.With("The access token was not granted the obp scope.")
	}
	c, err := s.deps.Consumers.GetConsumerByKey(ctx, ar.GetClient().GetID())
	if errors.Is(err, obperr.ConsumerNotFoundByID) || err == nil && !c.Enabled {
		return auth.Principal{}, obperr.ConsumerIsDisabled
	}
	if err != nil {
		return auth.Principal{}, err
	}
	p := auth.Principal{ConsumerID: c.ID, TokenID: ar.GetID(), PerMinuteLimit: c.PerMinuteLimit, PerHourLimit: c.PerHourLimit,
		Method: auth.MethodOAuth2}
	if sub := sess.GetSubject(); sub != "" {
		u, err := s.deps.Users.GetUser(ctx, sub)
		if err != nil {
			return auth.Principal{}, err
		}
		if u.Locked() {
			return auth.Principal{}, obperr.UsernameHasBeenLocked
		}
		p.UserID, p.Username, p.AuthenticatedAt = u.ID, u.Username, sess.Claims.AuthTime.UTC()
	}
	return p, nil
}
