package app

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"errors"
	"fmt"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/oauth2"
	oauth2api "github.com/obp-go/obp/handlers/oauth2"
)

// oauth2KeyPurpose names the ID-token signing key in oauth2_signing_keys: an RSA key
// (PKCS #8), sealed with the key-encryption key (OBP_KEY_ENCRYPTION_KEY) when one is set.
const oauth2KeyPurpose = "id_token"

// wireOAuth2 builds the embedded authorization server. Its HMAC secret and its RS256 key
// are made once and kept in the database, shared by every process on it.
func (s *services) wireOAuth2(ctx context.Context, o Options) error {
	secret, err := s.secretKey(ctx, "oauth2_hmac_secret")
	if err != nil {
		return err
	}
	sealer, err := keyring.NewSealer(o.KeyEncryptionKey)
	if err != nil {
		return fmt.Errorf("OBP_KEY_ENCRYPTION_KEY: %w", err)
	}
	s.oauth2, err = oauth2api.New(oauth2api.Deps{Issuer: o.Info.Hostname, Secret: secret,
		SigningKey: func(ctx context.Context) (*rsa.PrivateKey, error) {
			return s.oauth2Key(ctx, sealer, clock.Clock(o.Now))
		},
		Store: s.store, Consumers: s.store, Users: s.store, Passwords: s.auth, Clock: clock.Clock(o.Now),
		Callers: s.auth.BearerCallers()})
	return err
}

// oauth2Key loads the ID-token key, making it when the database has none; of processes
// making it together, the first to store its key wins and all use that one.
func (s *services) oauth2Key(ctx context.Context, sealer *keyring.Sealer, clk clock.Clock) (*rsa.PrivateKey, error) {
	stored, err := s.store.GetOAuth2SigningKey(ctx, oauth2KeyPurpose)
	if errors.Is(err, oauth2.ErrNotFound) {
		if err = s.addOAuth2Key(ctx, sealer, clk); err == nil {
			stored, err = s.store.GetOAuth2SigningKey(ctx, oauth2KeyPurpose)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("oauth2 signing key: %w", err)
	}
	der, _, err := sealer.Open(stored.ID, stored.Private)
	if err != nil {
		return nil, fmt.Errorf("oauth2 signing key %s: %w", stored.ID, err)
	}
	key, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return nil, fmt.Errorf("oauth2 signing key %s: %w", stored.ID, err)
	}
	rsaKey, ok := key.(*rsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("oauth2 signing key %s: not an RSA key", stored.ID)
	}
	return rsaKey, nil
}

func (s *services) addOAuth2Key(ctx context.Context, sealer *keyring.Sealer, clk clock.Clock) error {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return err
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return err
	}
	id := ids.New()
	return s.store.AddOAuth2SigningKey(ctx, oauth2.SigningKey{Purpose: oauth2KeyPurpose, ID: id, Algorithm: "RS256",
		Private: sealer.Seal(id, der), CreatedAt: clk.Now()})
}
