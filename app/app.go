// Package app assembles the server from its parts: database, connector, store, domain
// services, the authorization cache and the HTTP face. The obp command and the
// black-box tests build the server the same way.
package app

import (
	"cmp"
	"context"
	"encoding/base64"
	"fmt"
	"log/slog"
	"time"

	"github.com/obp-go/obp/authz"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/connectors/rest"
	"github.com/obp-go/obp/connectors/star"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/authcontext"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/directory"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/kycsubmission"
	"github.com/obp-go/obp/domain/methodrouting"
	"github.com/obp-go/obp/domain/notify"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/seal"
	"github.com/obp-go/obp/domain/tms"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/validation"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/domain/webhook"
	"github.com/obp-go/obp/handlers"
	oauth2api "github.com/obp-go/obp/handlers/oauth2"
)

// Options say how to assemble the server.
type Options struct {
	DB          *mapped.DB
	Log         *slog.Logger
	Info        handlers.Info
	Limits      handlers.Limits
	AutoMigrate bool // apply pending migrations before serving
	Sandbox     bool // seed the sandbox data set (idempotent)
	// Sandbox credentials; empty ones are generated on first seed and reported in Seeded.
	AdminUsername, AdminPassword, ConsumerKey string
	// TokenKey signs DirectLogin tokens (at least 32 bytes). Empty: a key generated once
	// and kept in the database, shared by every process on it.
	TokenKey      []byte
	TokenLifetime time.Duration
	ExtraDocs     []handlers.ResourceDoc
	// Payments configures transaction requests and strong customer authentication.
	Payments PaymentOptions
	// Consents configure consents; KeyEncryptionKey seals the Consent-JWT signing keys at
	// rest (OBP_KEY_ENCRYPTION_KEY, at least 32 characters; "": kept plain, for sandboxes).
	Consents         ConsentOptions
	KeyEncryptionKey string
	// KYC configures the KYC partner submission pipeline.
	KYC KYCOptions
	// SessionTimeout is the idle time suggested to user interfaces (0: identity.DefaultSessionTimeout).
	SessionTimeout time.Duration
	// Now is the clock for token expiry and rate-limit windows; nil is time.Now. Tests move it.
	Now func() time.Time
	// Connector serves core banking (OBP_CONNECTOR): "mapped" (""), or "star", which
	// follows the method routings and falls back to mapped. RestFactory builds the REST
	// adapter connectors star routings name (nil: none configured; such routings fail).
	Connector   string
	RestFactory star.RestFactory
	// Adapter configures the REST connector's calls (OBP_CONNECTOR=rest_vMar2019, and
	// star's routings to adapters).
	Adapter AdapterOptions
}

// PaymentOptions configure transaction requests and their challenges.
type PaymentOptions struct {
	EnabledTypes      []string          // nil: every type
	ScaMethod         string            // default SCA method: SMS, EMAIL or (sandbox only) DUMMY
	ScaMethodPerType  map[string]string // transaction request type -> method
	ThresholdDefault  int64             // whole currency units; 0 is payment.DefaultChallengeThreshold
	ThresholdPerType  map[string]int64
	ChallengeTTL      time.Duration
	ChallengeAttempts int
	// IdempotencyLease: how long an Idempotency-Key's claim holds while its request runs.
	IdempotencyLease time.Duration
	SMS, Email       notify.Notifier // nil: the outbox
	// ExtraMethods are SCA methods beyond SMS, EMAIL and DUMMY, by name, for tests and
	// integrations (a push confirmation, a sealed OTP): offered for payments (ScaMethod,
	// ScaMethodPerType) and consents. A decoupled one is decided through Server.Challenges.
	ExtraMethods map[string]sca.Method
	// ReconcileAfter is how long a request may stay PROCESSING before the reconciler asks
	// the ledger for its outcome (0: 2 minutes); ReconcileEvery how often it looks (0: a minute).
	ReconcileAfter, ReconcileEvery time.Duration
}

// Server is the assembled server.
type Server struct {
	HTTP   *handlers.Server
	Seeded sandbox.Result // what the sandbox seed created on this start
	// Challenges is the challenge framework, for what decides decoupled challenges
	// (Decide: a push confirmation's answer) and for tests.
	Challenges *sca.Service
}

// Build migrates and seeds as asked and returns the server. ctx bounds the background
// work (following other processes' grants): cancel it when the server stops.
func Build(ctx context.Context, o Options) (*Server, error) {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if err := migrate(ctx, o); err != nil {
		return nil, err
	}
	svc, err := newServices(ctx, o)
	if err != nil {
		return nil, err
	}
	svc.roles.Follow(ctx)
	go every(ctx, time.Minute, o.Log, "reloading consent signing keys", svc.consentKeys.Refresh)
	if !o.KYC.NoWorker {
		go svc.runWorker(ctx, o)
	}
	go every(ctx, 10*time.Minute, o.Log, "sweeping expired rows", func(ctx context.Context) error {
		n, err := svc.store.Sweep(ctx, now(o))
		if n > 0 {
			o.Log.Debug("swept expired rows", slog.Int64("rows", n))
		}
		return err
	})
	stuck, period := cmp.Or(o.Payments.ReconcileAfter, stuckAfter), cmp.Or(o.Payments.ReconcileEvery, time.Minute)
	go every(ctx, period, o.Log, "reconciling transaction requests", func(ctx context.Context) error {
		_, err := svc.payments.Reconcile(ctx, svc.conn, stuck)
		return err
	})
	out := &Server{Challenges: svc.challenges}
	if o.Sandbox {
		if out.Seeded, err = svc.seeder(o).Seed(ctx); err != nil {
			return nil, fmt.Errorf("seed sandbox: %w", err)
		}
		if out.Seeded.BanksCreated > 0 {
			o.Log.Info("sandbox seeded", slog.Int("banks_created", out.Seeded.BanksCreated))
		}
	}
	if o.Info.Connector == "" {
		o.Info.Connector = connectorName(o)
	}
	out.HTTP, err = svc.httpFace(o)
	return out, err
}

func migrate(ctx context.Context, o Options) error {
	if o.AutoMigrate {
		done, err := o.DB.MigrateUp(ctx)
		if err != nil {
			return err
		}
		if len(done) > 0 {
			o.Log.Info("migrations applied", slog.Any("versions", done), slog.String("engine", string(o.DB.Engine)))
		}
		return nil
	}
	pending, err := o.DB.Pending(ctx)
	if err != nil {
		return err
	}
	if pending > 0 {
		return fmt.Errorf("%d migration(s) pending and OBP_AUTO_MIGRATE=false: run `obp migrate up` first", pending)
	}
	return nil
}

// services are the domain services wired to the mapped connector and store.
type services struct {
	store *mapped.Store
	// mappedConn is the mapped connector itself, for what only it has (challenge
	// thresholds, the KYC verifier); conn is what the services use: mapped, or the star
	// connector over it (OBP_CONNECTOR).
	mappedConn     *mapped.Connector
	conn           port.Connector
	adapter        *rest.Connector // the REST connector in use (OBP_CONNECTOR=rest_vMar2019), else nil
	methodRoutings *methodrouting.Service
	ruleTable      *validation.Rules
	opRules        *validation.Service
	operationIDs   operationIDs
	roles          *authz.Enforcer
	banks          *bank.Service
	auth           *auth.Service
	users          *user.Service
	consumers      *consumer.Service
	entitlements   *entitlement.Service
	views          *view.Service
	directory      *directory.Service
	accounts       *account.Service
	customers      *customer.Service
	transactions   *transaction.Service
	// counterparties: the payees accounts keep under their views.
	counterparties *counterparty.Service
	payments       *payment.Service
	// challenges: the one challenge framework (payments, consents, auth-context updates).
	challenges   *sca.Service
	consents     *consent.Service
	authContexts *authcontext.Service
	consentKeys  *keyring.Keyring
	// jobs are the durable background jobs; callbacks the signed webhooks sent through them.
	jobs           *mapped.Jobs
	callbacks      *webhook.Service
	kycSubmissions *kycsubmission.Service
	// tms: transaction confirmation on enrolled devices (KOBIL's TMS).
	tms *tms.Service
	// seal: transaction sealing (sealed OTP codes, inWebo's sealVerify).
	seal   *seal.Service
	outbox notify.Outbox // nil when every channel really sends
	// oauth2: the embedded OAuth2 / OpenID Connect authorization server.
	oauth2 *oauth2api.Server
}

func newServices(ctx context.Context, o Options) (*services, error) {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	clk := clock.Clock(o.Now)
	s := &services{store: mapped.NewStore(o.DB, clk), mappedConn: mapped.NewConnector(o.DB, clk)}
	if err := s.wireOperationRules(ctx, o); err != nil {
		return nil, err
	}
	if err := s.wireConnector(ctx, o); err != nil {
		return nil, err
	}
	changes, err := mapped.NewPolicyChanges(ctx, o.DB, o.Log)
	if err != nil {
		return nil, err
	}
	if s.roles, err = authz.New(ctx, s.store, s.store, changes, o.Log); err != nil {
		return nil, err
	}
	provider := o.Info.Hostname
	s.users = user.NewService(s.store, provider, clk)
	s.consumers = consumer.NewService(s.store, s.roles, clk)
	s.entitlements = entitlement.NewService(s.store, s.store, s.conn, s.roles, s.roles, clk)
	s.banks = bank.NewService(s.conn, s.entitlements)
	s.views = view.NewService(s.store, s.conn, s.conn, s.store, s.roles, s.roles)
	s.directory = directory.NewService(s.users, s.entitlements, s.views)
	s.transactions = transaction.NewService(s.conn, s.conn, s.store)
	s.accounts = account.NewService(s.conn, s.conn, s.store, s.roles, s.views, clk)
	s.customers = customer.NewService(s.conn, s.conn, s.store, clk)
	s.counterparties = counterparty.NewService(s.conn, s.conn, s.conn, s.views, clk)
	if err := s.wireTMS(o); err != nil { // before payments: TMS is one of their SCA methods
		return nil, err
	}
	if err := s.wireSeal(o); err != nil { // before payments: SEALED_OTP is one of their SCA methods
		return nil, err
	}
	if err := s.wirePayments(o); err != nil {
		return nil, err
	}
	if err := s.wireConsents(ctx, o); err != nil {
		return nil, err
	}
	s.authContexts = s.newAuthContexts(o)
	s.challenges.OnDecided(sca.PurposeTransactionRequest, s.payments.Decided)
	s.challenges.OnDecided(sca.PurposeConsent, s.consents.Decided)
	s.challenges.OnDecided(sca.PurposeAuthContextUpdate, s.authContexts.Decided)
	if err := s.wireKYCSubmissions(ctx, o); err != nil {
		return nil, err
	}
	key := o.TokenKey
	if len(key) == 0 {
		if key, err = s.secretKey(ctx, "directlogin_hs256_key"); err != nil {
			return nil, err
		}
	}
	signer, err := auth.NewSigner(key, provider)
	if err != nil {
		return nil, err
	}
	s.auth = auth.NewService(auth.Deps{Users: s.store, Consumers: s.store, Tokens: s.store, Signer: signer,
		Provider: provider, Lifetime: o.TokenLifetime, Clock: clk})
	if err := s.wireOAuth2(ctx, o); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *services) seeder(o Options) sandbox.Seeder {
	return sandbox.Seeder{Banks: s.conn, Users: s.users, Consumers: s.consumers, Entitlements: s.entitlements, Customers: s.customers,
		Accounts: s.accounts, Transactions: s.transactions, Views: s.views,
		AdminUsername: o.AdminUsername, AdminPassword: o.AdminPassword, ConsumerKey: o.ConsumerKey}
}

func randomKey() string { return base64.StdEncoding.EncodeToString(ids.Bytes(32)) }

// Seed writes the sandbox data set: the `obp seed` command.
func Seed(ctx context.Context, o Options) (sandbox.Result, error) {
	svc, err := newServices(ctx, o)
	if err != nil {
		return sandbox.Result{}, err
	}
	return svc.seeder(o).Seed(ctx)
}

// Grant gives a user a role without a grantor's check: `obp admin grant`, for an operator
// with access to the server's configuration and database.
func Grant(ctx context.Context, o Options, username, roleName, bankID string) (entitlement.Entitlement, error) {
	svc, err := newServices(ctx, o)
	if err != nil {
		return entitlement.Entitlement{}, err
	}
	u, err := svc.store.GetUserByUsername(ctx, o.Info.Hostname, username)
	if err != nil {
		return entitlement.Entitlement{}, fmt.Errorf("user %q (provider %s): %w", username, o.Info.Hostname, err)
	}
	if bankID != "" {
		if _, err := svc.conn.GetBank(ctx, bankID); err != nil {
			return entitlement.Entitlement{}, fmt.Errorf("bank %q: %w", bankID, err)
		}
	}
	return svc.entitlements.GrantUnchecked(ctx, u.ID, bankID, roleName)
}
