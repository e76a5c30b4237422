package consent

import (
	"github.com/golang-jwt/jwt/v5"
)

// Claims are OBP's ConsentJWT claims, as signed. The field order is fixed, so the same
// consent always signs to the same bytes (Ed25519 is deterministic): the server keeps the
// claims, never the token.
type Claims struct {
	CreatedByUserID string      `json:"createdByUserId"`
	Subject         string      `json:"sub"`
	Issuer          string      `json:"iss"`
	Audience        string      `json:"aud"`
	ID              string      `json:"jti"`
	IssuedAt        int64       `json:"iat"`
	NotBefore       int64       `json:"nbf"`
	Expires         int64       `json:"exp"`
	Entitlements    []RoleGrant `json:"entitlements"`
	Views           []ViewGrant `json:"views"`
}

// The jwt.Claims methods: the times are checked by Authenticate, in OBP's order and with
// OBP's codes, not by the JWT library.

func (c Claims) GetExpirationTime() (*jwt.NumericDate, error) { return nil, nil }
func (c Claims) GetIssuedAt() (*jwt.NumericDate, error)       { return nil, nil }
func (c Claims) GetNotBefore() (*jwt.NumericDate, error)      { return nil, nil }
func (c Claims) GetIssuer() (string, error)                   { return c.Issuer, nil }
func (c Claims) GetSubject() (string, error)                  { return c.Subject, nil }
func (c Claims) GetAudience() (jwt.ClaimStrings, error)       { return jwt.ClaimStrings{c.Audience}, nil }
