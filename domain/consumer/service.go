package consumer

import (
	"context"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
)

// RoleChecker answers role questions.
type RoleChecker interface {
	HasRole(userID, bankID, roleName string) bool
}

// Service holds the consumer use cases; it is the only way to consumers.
type Service struct {
	store Store
	roles RoleChecker
	clock clock.Clock
}

// NewService returns the consumer use cases over store.
func NewService(store Store, roles RoleChecker, clk clock.Clock) *Service {
	return &Service{store: store, roles: roles, clock: clk}
}

// Get returns one consumer (obperr.ConsumerNotFoundByID).
func (s *Service) Get(ctx context.Context, id string) (Consumer, error) {
	return s.store.GetConsumer(ctx, id)
}

// ByKey finds a consumer by its key.
func (s *Service) ByKey(ctx context.Context, key string) (Consumer, error) {
	return s.store.GetConsumerByKey(ctx, key)
}

// List returns a page of consumers.
func (s *Service) List(ctx context.Context, limit, offset int) ([]Consumer, error) {
	return s.store.ListConsumers(ctx, limit, offset)
}

// CreatedBy returns a page of the consumers userID registered.
func (s *Service) CreatedBy(ctx context.Context, userID string, limit, offset int) ([]Consumer, error) {
	return s.store.ListConsumersCreatedBy(ctx, userID, limit, offset)
}

// SetEnabled enables or disables a consumer: enabling needs CanEnableConsumers,
// disabling CanDisableConsumers.
func (s *Service) SetEnabled(ctx context.Context, callerID, id string, enabled bool) (Consumer, error) {
	need := role.CanDisableConsumers
	if enabled {
		need = role.CanEnableConsumers
	}
	if !s.roles.HasRole(callerID, "", need.Name) {
		return Consumer{}, obperr.UserHasMissingRoles.With("%s", need.Name)
	}
	return s.update(ctx, id, func(c *Consumer) { c.Enabled = enabled })
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
		PerMinuteLimit: Unlimited, PerHourLimit: Unlimited, CreatedAt: s.clock.Now(),
	}
	if err := s.store.CreateConsumer(ctx, c); err != nil {
		return Consumer{}, "", err
	}
	return c, secret, nil
}

// SetRedirectURL changes where the app's OAuth2 flows may send the user back.
func (s *Service) SetRedirectURL(ctx context.Context, id, url string) (Consumer, error) {
	return s.update(ctx, id, func(c *Consumer) { c.RedirectURL = url })
}

// SetCallLimits sets the calls per minute and per hour the app may make (Unlimited: none).
func (s *Service) SetCallLimits(ctx context.Context, id string, perMinute, perHour int) (Consumer, error) {
	return s.update(ctx, id, func(c *Consumer) { c.PerMinuteLimit, c.PerHourLimit = perMinute, perHour })
}

// update applies change to the stored consumer and saves it.
func (s *Service) update(ctx context.Context, id string, change func(*Consumer)) (Consumer, error) {
	c, err := s.store.GetConsumer(ctx, id)
	if err != nil {
		return Consumer{}, err
	}
	change(&c)
	if err := s.store.UpdateConsumer(ctx, c); err != nil {
		return Consumer{}, err
	}
	return c, nil
}
