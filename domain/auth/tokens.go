package auth

import (
	"context"
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/obp-go/obp/domain/obperr"
)

// Token is a DirectLogin token's server-side record: the JWT's id (jti) maps to it, so
// that revoking the row refuses the token on every server process at once.
type Token struct {
	ID         string
	UserID     string
	ConsumerID string
	CreatedAt  time.Time
	ExpiresAt  time.Time
}

// TokenState is a token with what decides whether it may still be used, read in one lookup.
type TokenState struct {
	Token
	Username        string
	RevokedAt       *time.Time
	UserLocked      bool
	ConsumerEnabled bool
	PerMinuteLimit  int // the consumer's call limits, read with the token to save a query
	PerHourLimit    int
}

// TokenStore keeps tokens.
type TokenStore interface {
	CreateToken(ctx context.Context, t Token) error
	// TokenState returns obperr.DirectLoginInvalidToken when no token has this id.
	TokenState(ctx context.Context, id string) (TokenState, error)
	RevokeToken(ctx context.Context, id string, at time.Time) error
}

// claims are what a token carries: user (sub), consumer, id (jti), issuer and times.
type claims struct {
	ConsumerID string `json:"consumer_id"`
	jwt.RegisteredClaims
}

// Signer signs and verifies tokens with one HMAC key (HS256 only: a token naming any
// other algorithm, "none" included, is refused).
type Signer struct {
	key    []byte
	issuer string
}

// NewSigner needs a key of at least 32 bytes.
func NewSigner(key []byte, issuer string) (*Signer, error) {
	if len(key) < 32 {
		return nil, errors.New("token signing key must be at least 32 bytes")
	}
	return &Signer{key: key, issuer: issuer}, nil
}

func (s *Signer) sign(t Token) (string, error) {
	c := claims{ConsumerID: t.ConsumerID, RegisteredClaims: jwt.RegisteredClaims{
		ID: t.ID, Subject: t.UserID, Issuer: s.issuer,
		IssuedAt: jwt.NewNumericDate(t.CreatedAt), ExpiresAt: jwt.NewNumericDate(t.ExpiresAt),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(s.key)
}

// verify checks signature, algorithm, issuer and expiry (against now) and returns the claims.
func (s *Signer) verify(token string, now func() time.Time) (claims, error) {
	var c claims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return s.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(s.issuer), jwt.WithExpirationRequired(), jwt.WithIssuedAt(), jwt.WithTimeFunc(now))
	if err != nil || c.ID == "" || c.Subject == "" {
		return claims{}, obperr.DirectLoginInvalidToken
	}
	return c, nil
}
