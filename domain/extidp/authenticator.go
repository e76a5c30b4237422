package extidp

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// KeySet is one issuer's published keys (its JWKS, fetched, cached and refreshed).
type KeySet interface {
	// Key is the public key named kid, fit for alg; an error when the set (refreshed at
	// a limited rate when kid is unknown) has no such key.
	Key(ctx context.Context, kid, alg string) (any, error)
}

// Users finds or creates the users of external issuers.
type Users interface {
	// ExternalUser returns the user of (u.Provider, subject), creating u for it when
	// there is none; obperr.DuplicateUsername when there is none and another user of the
	// provider holds u.Username. Race-safe: parallel calls create one user.
	ExternalUser(ctx context.Context, u user.User, subject string) (user.User, error)
}

// Consumers finds apps by consumer key.
type Consumers interface {
	GetConsumerByKey(ctx context.Context, key string) (consumer.Consumer, error)
}

// Algorithms are the signing algorithms taken: asymmetric only, so neither `none` nor an
// HMAC keyed with an issuer's public key can pass.
var Algorithms = []string{"RS256", "PS256", "ES256"}

// DefaultLeeway is the clock skew allowed on exp, nbf and iat.
const DefaultLeeway = 30 * time.Second

// Deps are what the authenticator is built over; Keys holds one KeySet per issuer.
type Deps struct {
	Keys      map[string]KeySet // by the exact `iss`
	Users     Users
	Consumers Consumers
	Clock     clock.Clock
	Leeway    time.Duration // 0: DefaultLeeway
}

// Authenticator is the auth.BearerAuthenticator of external issuers' JWTs.
type Authenticator struct{ d Deps }

var _ auth.BearerAuthenticator = (*Authenticator)(nil)

// New returns the authenticator; validate the issuers first (ValidateIssuers).
func New(d Deps) *Authenticator {
	if d.Leeway <= 0 {
		d.Leeway = DefaultLeeway
	}
	return &Authenticator{d: d}
}

// Recognises any token of JWT form: three dot-separated base64url parts whose first is a
// JSON header. It must therefore come last among the bearer kinds (the others are opaque
// tokens with prefixes).
func (a *Authenticator) Recognises(token string) bool {
	parts := strings.Split(token, ".")
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" {
		return false
	}
	head, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return false
	}
	var h map[string]any
	return json.Unmarshal(head, &h) == nil
}

// Authenticate maps failures to OBP's codes: unparseable OBP-20205; an issuer not
// configured OBP-20208; a key not in the issuer's JWKS, a bad signature, an algorithm not
// taken, an expired or not yet valid token OBP-20206; no registered, enabled consumer
// named by azp/client_id/aud OBP-20209; a locked user OBP-20013.
func (a *Authenticator) Authenticate(ctx context.Context, token string) (auth.Principal, error) {
	var unverified claims
	if _, _, err := jwt.NewParser().ParseUnverified(token, &unverified); err != nil {
		return auth.Principal{}, obperr.Oauth2Parse.With("The bearer token is not a well-formed JWT.")
	}
	keys, ok := a.d.Keys[unverified.Issuer]
	if !ok {
		return auth.Principal{}, obperr.Oauth2CannotMatchIssuerAndJwks.With("The token's issuer is not one this server trusts.")
	}
	var c claims
	_, err := jwt.NewParser(jwt.WithValidMethods(Algorithms), jwt.WithExpirationRequired(), jwt.WithIssuedAt(),
		jwt.WithLeeway(a.d.Leeway), jwt.WithIssuer(unverified.Issuer), jwt.WithTimeFunc(a.d.Clock.Now),
	).ParseWithClaims(token, &c, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		if kid == "" {
			return nil, errNoKid
		}
		return keys.Key(ctx, kid, t.Method.Alg())
	})
	if err != nil {
		return auth.Principal{}, verifyError(err)
	}
	if c.Subject == "" || len(c.Subject) > maxSubject {
		return auth.Principal{}, obperr.Oauth2Parse.With("The token names no subject (sub), or one longer than %d bytes.", maxSubject)
	}
	app, err := a.consumer(ctx, &c)
	if err != nil {
		return auth.Principal{}, err
	}
	u, err := a.user(ctx, &c)
	if err != nil {
		return auth.Principal{}, err
	}
	if u.Locked() {
		return auth.Principal{}, obperr.UsernameHasBeenLocked
	}
	return auth.Principal{UserID: u.ID, Username: u.Username, ConsumerID: app.ID, PerMinuteLimit: app.PerMinuteLimit,
		PerHourLimit: app.PerHourLimit, Method: auth.MethodOAuth2}, nil
}

var errNoKid = errors.New("the token names no key (kid)")

// verifyError says why a signed token was refused, without echoing it.
func verifyError(err error) error {
	switch {
	case errors.Is(err, jwt.ErrTokenMalformed):
		return obperr.Oauth2Parse.With("The bearer token is not a well-formed JWT.")
	case errors.Is(err, jwt.ErrTokenExpired):
		return obperr.Oauth2BadJOSE.With("The token has expired.")
	case errors.Is(err, jwt.ErrTokenNotValidYet), errors.Is(err, jwt.ErrTokenUsedBeforeIssued):
		return obperr.Oauth2BadJOSE.With("The token is not valid yet.")
	case errors.Is(err, jwt.ErrTokenRequiredClaimMissing):
		return obperr.Oauth2BadJOSE.With("The token has no expiry (exp).")
	case errors.Is(err, jwt.ErrTokenSignatureInvalid):
		return obperr.Oauth2BadJOSE.With("The token's algorithm is not taken (RS256, PS256, ES256) or its signature is invalid.")
	case errors.Is(err, jwt.ErrTokenUnverifiable):
		return obperr.Oauth2BadJOSE.With("The token's key (kid) is not in its issuer's JWKS.")
	}
	return obperr.Oauth2BadJOSE.Wrap(err)
}

// consumer is the app the token names. OBP creates a consumer for an unknown one; we
// require the app to be registered and enabled here, so that an issuer cannot mint apps.
func (a *Authenticator) consumer(ctx context.Context, c *claims) (consumer.Consumer, error) {
	for _, key := range c.consumerKeys() {
		app, err := a.d.Consumers.GetConsumerByKey(ctx, key)
		switch {
		case errors.Is(err, obperr.ConsumerNotFoundByID):
			continue
		case err != nil:
			return consumer.Consumer{}, err
		case !app.Enabled:
			return consumer.Consumer{}, obperr.Oauth2TokenHaveNoConsumer.With("The token's application is disabled at this instance.")
		}
		return app, nil
	}
	return consumer.Consumer{}, obperr.Oauth2TokenHaveNoConsumer.With("Neither azp, client_id nor aud names a consumer registered at this instance.")
}

// user finds the user of (iss, sub), or creates one under the first free username. The
// e-mail address is kept only when the issuer says it verified it.
func (a *Authenticator) user(ctx context.Context, c *claims) (user.User, error) {
	email := ""
	if c.EmailVerified && fitUsername(c.Email) {
		email = c.Email
	}
	var err error
	for _, name := range c.usernames() {
		var u user.User
		u, err = a.d.Users.ExternalUser(ctx, user.User{ID: ids.New(), Provider: c.Issuer, Username: name, Email: email,
			CreatedAt: a.d.Clock.Now().UTC()}, c.Subject)
		if !errors.Is(err, obperr.DuplicateUsername) {
			return u, err
		}
	}
	return user.User{}, err
}
