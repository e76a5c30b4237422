package consent

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/golang-jwt/jwt/v5"

	"github.com/obp-go/obp/domain/keyring"
)

// JWT is the consent's Consent-JWT, signed again from its stored claims with the key that
// first signed it: the same bytes every time.
func (s *Service) JWT(ctx context.Context, c Consent) (string, error) {
	priv, err := s.keys.PrivateKey(ctx, c.KeyID)
	if err != nil {
		return "", fmt.Errorf("consent %s: signing key %s: %w", c.ID, c.KeyID, err)
	}
	t := jwt.NewWithClaims(jwt.SigningMethodEdDSA, c.Claims)
	t.Header["kid"] = c.KeyID
	return t.SignedString(priv)
}

var uuidForm = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// presented is what a Consent-JWT (or the deprecated Consent-Id header) names: the
// consent id, and the token when one was presented rather than an id.
type presented struct {
	consentID string
	token     string
	keyID     string
	claims    Claims
}

// readHeader tells a consent id from a JWT, reading the JWT's claims without trusting
// them yet (OBP-35032 for anything else).
func readHeader(value string) (presented, error) {
	value = strings.TrimSpace(value)
	if uuidForm.MatchString(value) {
		return presented{consentID: strings.ToLower(value)}, nil
	}
	var c Claims
	t, _, err := jwt.NewParser().ParseUnverified(value, &c)
	if err != nil || c.ID == "" {
		return presented{}, errNotAConsentHeader
	}
	kid, _ := t.Header["kid"].(string)
	return presented{consentID: c.ID, token: value, keyID: kid, claims: c}, nil
}

var errNotAConsentHeader = errors.New("not a UUID or a JWT")

// verify checks the token's signature with the key it names: EdDSA only, and the key must
// be one of this server's for consents. A failure to read the keys is returned as it is;
// anything else wrong with the token is errBadSignature.
func (s *Service) verify(ctx context.Context, p presented) error {
	var readErr error
	_, err := jwt.ParseWithClaims(p.token, &Claims{}, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		k, err := s.keys.PublicKey(ctx, kid)
		if err != nil && !errors.Is(err, keyring.ErrUnknownKey) {
			readErr = err
		}
		return k, err
	}, jwt.WithValidMethods([]string{jwt.SigningMethodEdDSA.Alg()}), jwt.WithoutClaimsValidation())
	switch {
	case readErr != nil:
		return readErr
	case err != nil:
		return errBadSignature
	}
	return nil
}

var errBadSignature = errors.New("bad signature")
