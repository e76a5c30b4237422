// Package consumer holds the registered third-party applications (OBP "consumers"):
// their keys, their hashed secrets, whether they are enabled and their call limits.
package consumer

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"time"

	"github.com/obp-go/obp/domain/ids"
)

// Unlimited is OBP's "-1": no call limit for that period.
const Unlimited = -1

// Consumer is a registered application.
type Consumer struct {
	ID                string
	Key               string
	SecretHash        string // sha256 of the secret; the secret itself is shown once and never stored
	AppName           string
	AppType           string
	Description       string
	DeveloperEmail    string
	RedirectURL       string
	ClientCertificate string
	CreatedByUserID   string
	Enabled           bool
	PerMinuteLimit    int
	PerHourLimit      int
	CreatedAt         time.Time
}

// Store keeps consumers.
type Store interface {
	CreateConsumer(ctx context.Context, c Consumer) error
	GetConsumer(ctx context.Context, id string) (Consumer, error) // obperr.ConsumerNotFoundByID
	GetConsumerByKey(ctx context.Context, key string) (Consumer, error)
	ListConsumers(ctx context.Context, limit, offset int) ([]Consumer, error)
	ListConsumersCreatedBy(ctx context.Context, userID string, limit, offset int) ([]Consumer, error)
	UpdateConsumer(ctx context.Context, c Consumer) error
}

// NewCredentials returns a fresh key and secret. The key identifies the app (40 random
// characters); the secret (also 40) is returned to the creator once.
func NewCredentials() (key, secret string) { return ids.Secret(40), ids.Secret(40) }

// HashSecret hashes a high-entropy secret; a fast hash suffices for 200 random bits.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// CheckSecret compares in constant time.
func (c Consumer) CheckSecret(secret string) bool {
	return subtle.ConstantTimeCompare([]byte(HashSecret(secret)), []byte(c.SecretHash)) == 1
}
