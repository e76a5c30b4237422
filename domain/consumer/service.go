package consumer

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/ids"
)

// Service holds the consumer use cases.
type Service struct {
	Store Store
}

// NewConsumer is what registering an app supplies.
type NewConsumer struct {
	Key                                                                                            string // empty: generated; set only for a fixed sandbox key
	AppName, AppType, Description, DeveloperEmail, RedirectURL, ClientCertificate, CreatedByUserID string
	Enabled                                                                                        bool
}

// Create registers an app and returns it with its secret, which is not stored and
// cannot be shown again.
func (s *Service) Create(ctx context.Context, n NewConsumer) (c Consumer, secret string, err error) {
	key, secret := NewCredentials()
	if n.Key != "" {
		key = n.Key
	}
	c = Consumer{
		ID: ids.New(), Key: key, SecretHash: HashSecret(secret), AppName: n.AppName, AppType: n.AppType,
		Description: n.Description, DeveloperEmail: n.DeveloperEmail, RedirectURL: n.RedirectURL,
		ClientCertificate: n.ClientCertificate, CreatedByUserID: n.CreatedByUserID, Enabled: n.Enabled,
		PerMinuteLimit: Unlimited, PerHourLimit: Unlimited, CreatedAt: time.Now().UTC(),
	}
	if err := s.Store.CreateConsumer(ctx, c); err != nil {
		return Consumer{}, "", err
	}
	return c, secret, nil
}

// Update applies change to the stored consumer and saves it.
func (s *Service) Update(ctx context.Context, id string, change func(*Consumer)) (Consumer, error) {
	c, err := s.Store.GetConsumer(ctx, id)
	if err != nil {
		return Consumer{}, err
	}
	change(&c)
	if err := s.Store.UpdateConsumer(ctx, c); err != nil {
		return Consumer{}, err
	}
	return c, nil
}
