package kycsubmission

import (
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Scope is a partner token's only scope: the submission API.
const Scope = "kyc-submissions"

// audience marks partner tokens, so that no other token of this server passes for one.
const audience = "obp-kyc-partner"

// Tokens signs and checks partner tokens: short-lived HS256 JWTs naming the partner app,
// the bank and the customer, good only on the submission API.
type Tokens struct {
	key    []byte
	issuer string
}

// NewTokens returns a token signer over key (at least 32 bytes).
func NewTokens(key []byte, issuer string) (*Tokens, error) {
	if len(key) < 32 {
		return nil, errors.New("partner token key: want at least 32 bytes")
	}
	return &Tokens{key: append([]byte(nil), key...), issuer: issuer}, nil
}

// Caller is who calls the submission API: a partner app for one customer at one bank.
type Caller struct {
	ConsumerID string
	BankID     string
	CustomerID string
}

type tokenClaims struct {
	jwt.RegisteredClaims
	ConsumerID string `json:"consumer_id"`
	BankID     string `json:"bank_id"`
	Scope      string `json:"scope"`
}

func (t *Tokens) sign(c Caller, now time.Time, ttl time.Duration) (string, error) {
	claims := tokenClaims{RegisteredClaims: jwt.RegisteredClaims{Issuer: t.issuer, Subject: c.CustomerID,
		Audience: jwt.ClaimStrings{audience}, IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(now.Add(ttl))},
		ConsumerID: c.ConsumerID, BankID: c.BankID, Scope: Scope}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(t.key)
}

var errToken = errors.New("not a partner token")

// check reads a partner token, verifying its signature, audience, scope and expiry.
func (t *Tokens) check(token string, now time.Time) (Caller, error) {
	var c tokenClaims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return t.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithAudience(audience), jwt.WithIssuer(t.issuer),
		jwt.WithExpirationRequired(), jwt.WithTimeFunc(func() time.Time { return now }))
	if err != nil || c.Scope != Scope || c.ConsumerID == "" || c.BankID == "" || c.Subject == "" {
		return Caller{}, errToken
	}
	return Caller{ConsumerID: c.ConsumerID, BankID: c.BankID, CustomerID: c.Subject}, nil
}
