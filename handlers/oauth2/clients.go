package oauth2

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"

	"github.com/ory/fosite"

	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/oauth2"
	"github.com/obp-go/obp/domain/obperr"
)

// maxClientID bounds a client_id before it reaches the database (keys are 40 characters).
const maxClientID = 255

// client is the OAuth2 client a consumer is: its key is the client_id, its redirect_url
// the registered redirect URIs (exact match), its stored secret hash the hashed secret.
// Public clients (oauth2.IsPublic) authenticate with nothing and need PKCE; confidential
// ones may also use client credentials.
func client(c consumer.Consumer) fosite.Client {
	public := oauth2.IsPublic(c)
	grants := fosite.Arguments{"authorization_code", "refresh_token"}
	if !public {
		grants = append(grants, "client_credentials")
	}
	return &fosite.DefaultClient{ID: c.Key, Secret: []byte(c.SecretHash), RedirectURIs: oauth2.RedirectURIs(c),
		GrantTypes: grants, ResponseTypes: fosite.Arguments{"code"}, Scopes: oauth2.Scopes, Public: public}
}

// getClient loads an enabled consumer by key; a disabled one is refused like an unknown one.
func getClient(ctx context.Context, consumers consumer.Store, id string) (fosite.Client, consumer.Consumer, error) {
	if id == "" || len(id) > maxClientID {
		return nil, consumer.Consumer{}, fosite.ErrNotFound
	}
	c, err := consumers.GetConsumerByKey(ctx, id)
	if errors.Is(err, obperr.ConsumerNotFoundByID) {
		return nil, consumer.Consumer{}, fosite.ErrNotFound.WithHint("Unknown client.")
	}
	if err != nil {
		return nil, consumer.Consumer{}, err
	}
	if !c.Enabled {
		return nil, consumer.Consumer{}, fosite.ErrNotFound.WithHint("The client is disabled.")
	}
	return client(c), c, nil
}

// secretHasher compares client secrets against the consumers' stored SHA-256 hashes
// (hex): consumer secrets are 200-bit random strings, for which a fast hash suffices.
type secretHasher struct{}

func (secretHasher) Compare(_ context.Context, hash, data []byte) error {
	if subtle.ConstantTimeCompare(hash, []byte(consumer.HashSecret(string(data)))) != 1 {
		return fosite.ErrInvalidClient
	}
	return nil
}

func (secretHasher) Hash(_ context.Context, data []byte) ([]byte, error) {
	sum := sha256.Sum256(data)
	return []byte(hex.EncodeToString(sum[:])), nil
}
