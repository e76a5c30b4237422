package consent

import (
	"context"
	"crypto/ed25519"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
)

// Defaults, as OBP's (consents.max_time_to_live 3600) where OBP has one.
const (
	DefaultTTL                = time.Hour
	DefaultMaxTTL             = time.Hour
	DefaultValidFromTolerance = 5 * time.Minute
)

// How the app presenting a Consent-JWT is matched with the consent's consumer (OBP's
// consumer_validation_method_for_consent).
const (
	ByConsumerKey   = "CONSUMER_KEY_VALUE"   // the Consumer-Key header equals the consumer's key
	ByCertificate   = "CONSUMER_CERTIFICATE" // the PSD2-CERT header equals the consumer's certificate
	NoConsumerMatch = "NONE"
)

// UserProvider is the provider of the users consents create: no one logs in as them.
const UserProvider = "OBP-Consent"

// Config is how consents behave on this server.
type Config struct {
	Enabled            bool          // OBP's consents.allowed
	MaxTTL             time.Duration // 0: DefaultMaxTTL
	ValidFromTolerance time.Duration // how far in the past valid_from may lie; 0: the default
	ConsumerValidation string        // ByConsumerKey (default), ByCertificate or NoConsumerMatch
	Issuer             string        // the JWT's iss: this server's hostname
	// DeviceMethods are the SCA methods besides SMS, EMAIL and IMPLICIT a consent may be
	// confirmed with: ones that reach the user on their own device (a push confirmation).
	DeviceMethods []string
}

// Store keeps consents, their requests and the grants of their users.
type Store interface {
	CreateConsent(ctx context.Context, c Consent) error
	// DeleteInitiatedConsent discards a consent whose challenge could not be sent.
	DeleteInitiatedConsent(ctx context.Context, id string) error
	GetConsent(ctx context.Context, id string) (Consent, error) // obperr.ConsentNotFound
	ListConsents(ctx context.Context, f Filter) ([]Consent, error)
	// UseState reads what deciding a Consent-JWT needs in one lookup (obperr.ConsentNotFound).
	UseState(ctx context.Context, id string) (UseState, error)
	// AcceptConsent moves an INITIATED consent to ACCEPTED and creates its user with its
	// grants, in one transaction; ok is false when it was not INITIATED.
	AcceptConsent(ctx context.Context, id string, at time.Time, u user.User, access []view.Access, roles []entitlement.Entitlement) (ok bool, err error)
	// SetConsentStatus moves a consent whose status is one of from to to, dropping its
	// user's grants when to is not ACCEPTED, in one transaction; ok is false when its
	// status was not one of from.
	SetConsentStatus(ctx context.Context, id string, from []Status, to Status, at time.Time) (ok bool, err error)
	// ReplaceViews changes an INITIATED consent's views and claims; ok false otherwise.
	ReplaceViews(ctx context.Context, id string, claims Claims, at time.Time) (ok bool, err error)
	// RecordUse counts one use on day (UTC, 2006-01-02) and sets the last usage time; with
	// perDay > 0 it refuses (ok false) once perDay uses are counted that day. Atomic.
	RecordUse(ctx context.Context, id, day string, perDay int, at time.Time) (ok bool, err error)
	// DropGrants removes some of a consent user's grants (its creator lost them).
	DropGrants(ctx context.Context, userID string, access []view.Access, roles []entitlement.Entitlement) error

	CreateConsentRequest(ctx context.Context, r Request) error
	GetConsentRequest(ctx context.Context, id string) (Request, error) // obperr.ConsentRequestNotFound
}

// Filter selects consents; empty fields select all.
type Filter struct {
	CreatedBy  string
	BankID     string
	ConsumerID string
	RequestID  string
	Limit      int
	Offset     int
}

// UseState is a consent with what decides whether it may be used now.
type UseState struct {
	Consent
	CreatorLocked bool
	Consumer      *consumer.Consumer // nil when the consumer no longer exists
}

// Keys signs and verifies Consent-JWTs (keyring.Keyring).
type Keys interface {
	SigningKey() (id string, private ed25519.PrivateKey)
	PrivateKey(ctx context.Context, id string) (ed25519.PrivateKey, error)
	PublicKey(ctx context.Context, id string) (ed25519.PublicKey, error)
}

// Checks are the creator's rights, from the authorization cache.
type Checks interface {
	HasRole(userID, bankID, roleName string) bool
	CanOnView(userID string, ref account.Ref, viewID string, permission view.Permission) bool
}

// Held lists the accounts a user holds (at a bank, or "" for every bank).
type Held interface {
	Held(ctx context.Context, bankID, userID string) ([]account.Account, error)
}

// Grants lists what a user holds, for a consent of "everything".
type Grants interface {
	ListAccessForUser(ctx context.Context, userID string) ([]view.Access, error)
	ListEntitlementsForUser(ctx context.Context, userID string) ([]entitlement.Entitlement, error)
}

// Consumers finds the app a consent is for.
type Consumers interface {
	GetConsumer(ctx context.Context, id string) (consumer.Consumer, error)
}

// Banks checks the bank a consent is created at.
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// Challenges is the part of the challenge framework consents use.
type Challenges interface {
	Method(name string) (sca.Method, error)
	Issue(ctx context.Context, purpose sca.Purpose, purposeID, challengeType string, m sca.Method, to []sca.Recipient, about sca.Subject) ([]sca.Challenge, error)
	Answer(ctx context.Context, id, userID, answer string) (sca.Challenge, error)
	List(ctx context.Context, purpose sca.Purpose, purposeID string) ([]sca.Challenge, error)
}

// Contacts says where the bank reaches a user: the mobile number of their customer
// record at the bank and their e-mail address (the connector's getConsentImplicitSCA).
type Contacts interface {
	Contact(ctx context.Context, userID, bankID string) (phone, email string, err error)
}

// PolicySync tells the authorization cache, on every process, that a consent user's
// grants changed.
type PolicySync interface {
	EntitlementsChanged(ctx context.Context, userID string) error
	AccessChanged(ctx context.Context, userID string) error
}

// Deps are the ports and settings consents are built over.
type Deps struct {
	Store      Store
	Keys       Keys
	Checks     Checks
	Held       Held
	Grants     Grants
	Consumers  Consumers
	Banks      Banks
	Challenges Challenges
	Contacts   Contacts
	Policy     PolicySync
	VRP        VRP // nil: VRP consent requests are refused
	Clock      clock.Clock
	Config     Config
}

// Service holds the consent use cases; it is the only way to consents.
type Service struct {
	store      Store
	keys       Keys
	checks     Checks
	held       Held
	grants     Grants
	consumers  Consumers
	banks      Banks
	challenges Challenges
	contacts   Contacts
	policy     PolicySync
	vrp        VRP
	clock      clock.Clock
	cfg        Config
}

// NewService returns the consent use cases over d's ports.
func NewService(d Deps) *Service {
	if d.Config.MaxTTL <= 0 {
		d.Config.MaxTTL = DefaultMaxTTL
	}
	if d.Config.ValidFromTolerance <= 0 {
		d.Config.ValidFromTolerance = DefaultValidFromTolerance
	}
	if d.Config.ConsumerValidation == "" {
		d.Config.ConsumerValidation = ByConsumerKey
	}
	return &Service{store: d.Store, keys: d.Keys, checks: d.Checks, held: d.Held, grants: d.Grants, consumers: d.Consumers,
		banks: d.Banks, challenges: d.Challenges, contacts: d.Contacts, policy: d.Policy, vrp: d.VRP, clock: d.Clock, cfg: d.Config}
}

func (s *Service) now() time.Time { return s.clock.Now() }

// Enabled is whether this server takes consents at all.
func (s *Service) Enabled() bool { return s.cfg.Enabled }
