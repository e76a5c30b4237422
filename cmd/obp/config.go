package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/objectstore/s3"
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/kycsubmission"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/identity"
)

// config is everything the binary reads from its environment. Each field's env variable
// and default is listed in the README; flags of the same meaning override them.
type config struct {
	Addr          string
	DatabaseURL   string
	LogLevel      string
	LogFormat     string
	Sandbox       bool
	AutoMigrate   bool
	AdminUsername string // fixed sandbox administrator when set
	AdminPassword string
	ConsumerKey   string // fixed sandbox consumer key when set
	TokenKey      string // DirectLogin token signing key; empty: generated, kept in the database
	TokenLifetime time.Duration
	Limits        handlers.Limits
	ShutdownGrace time.Duration
	Pool          mapped.PoolConfig
	Stage         string
	Hostname      string
	PprofAddr     string // OBP_PPROF_ADDR: Go's profiler on a loopback address; "": off
	HostedBy      handlers.HostedBy
	Payments      app.PaymentOptions
	Consents      app.ConsentOptions
	KYC           app.KYCOptions
	// KeyEncryptionKey seals private signing keys at rest (OBP_KEY_ENCRYPTION_KEY).
	KeyEncryptionKey string
	// SessionTimeout is suggested to user interfaces as their idle time (OBP_SESSION_TIMEOUT).
	SessionTimeout time.Duration
	// Connector serves core banking (OBP_CONNECTOR): mapped, star (method routing) or
	// rest_vMar2019 (one adapter, OBP_REST_ADAPTER_URL); Adapter is how adapters are called.
	Connector string
	Adapter   app.AdapterOptions
	// ExternalIssuers are the external issuers whose bearer JWTs are taken (OBP_OAUTH2_ISSUERS).
	ExternalIssuers app.ExternalIssuerOptions
}

func loadConfig() (config, error) {
	var errs []string
	c := config{
		Addr:          env("OBP_ADDR", "127.0.0.1:8080"),
		DatabaseURL:   env("DATABASE_URL", ""),
		LogLevel:      env("OBP_LOG_LEVEL", "info"),
		LogFormat:     env("OBP_LOG_FORMAT", "json"),
		Sandbox:       envBool("OBP_SANDBOX", false, &errs),
		AutoMigrate:   envBool("OBP_AUTO_MIGRATE", true, &errs),
		AdminUsername: env("OBP_ADMIN_USERNAME", ""),
		AdminPassword: env("OBP_ADMIN_PASSWORD", ""),
		ConsumerKey:   env("OBP_SANDBOX_CONSUMER_KEY", ""),
		TokenKey:      env("OBP_TOKEN_KEY", ""),
		TokenLifetime: envDuration("OBP_TOKEN_LIFETIME", 4*7*24*time.Hour, &errs),
		Limits: handlers.Limits{
			CORSOrigins:    env("OBP_CORS_ORIGINS", handlers.DefaultLimits.CORSOrigins),
			BodyLimit:      envInt("OBP_BODY_LIMIT", handlers.DefaultLimits.BodyLimit, &errs),
			ReadTimeout:    envDuration("OBP_READ_TIMEOUT", handlers.DefaultLimits.ReadTimeout, &errs),
			WriteTimeout:   envDuration("OBP_WRITE_TIMEOUT", handlers.DefaultLimits.WriteTimeout, &errs),
			IdleTimeout:    envDuration("OBP_IDLE_TIMEOUT", handlers.DefaultLimits.IdleTimeout, &errs),
			MaxHeaderBytes: envInt("OBP_MAX_HEADER_BYTES", handlers.DefaultLimits.MaxHeaderBytes, &errs),
			MaxConnections: envInt("OBP_MAX_CONNECTIONS", handlers.DefaultLimits.MaxConnections, &errs),
			MaxInFlight:    envInt("OBP_MAX_IN_FLIGHT", handlers.DefaultLimits.MaxInFlight, &errs),
		},
		ShutdownGrace: envDuration("OBP_SHUTDOWN_GRACE", 20*time.Second, &errs),
		Pool: mapped.PoolConfig{
			MaxOpen:     envInt("OBP_DB_MAX_OPEN_CONNS", mapped.DefaultPool.MaxOpen, &errs),
			MaxIdle:     envInt("OBP_DB_MAX_IDLE_CONNS", -1, &errs), // -1: as many as may be open (below)
			MaxLifetime: mapped.DefaultPool.MaxLifetime,
			MaxIdleTime: mapped.DefaultPool.MaxIdleTime,
			DirectURL:   env("OBP_DIRECT_DATABASE_URL", ""),
		},
		Connector: env("OBP_CONNECTOR", mapped.Name),
		Stage:     env("OBP_STAGE", "dev"),
		Hostname:  env("OBP_HOSTNAME", ""),
		PprofAddr: env("OBP_PPROF_ADDR", ""),
		HostedBy: handlers.HostedBy{
			Organisation:        env("OBP_HOSTED_BY_ORGANISATION", "Unnamed deployment"),
			Email:               env("OBP_HOSTED_BY_EMAIL", ""),
			Phone:               env("OBP_HOSTED_BY_PHONE", ""),
			OrganisationWebsite: env("OBP_HOSTED_BY_WEBSITE", ""),
		},
	}
	c.Payments = paymentOptions(&errs)
	c.SessionTimeout = envDuration("OBP_SESSION_TIMEOUT", identity.DefaultSessionTimeout, &errs)
	c.Consents = app.ConsentOptions{
		Disabled:           !envBool("OBP_CONSENTS_ALLOWED", true, &errs),
		MaxTTL:             envDuration("OBP_CONSENT_MAX_TTL", consent.DefaultMaxTTL, &errs),
		ValidFromTolerance: envDuration("OBP_CONSENT_VALID_FROM_TOLERANCE", consent.DefaultValidFromTolerance, &errs),
		ConsumerValidation: strings.ToUpper(env("OBP_CONSENT_CONSUMER_VALIDATION", consent.ByConsumerKey)),
	}
	switch c.Consents.ConsumerValidation {
	case consent.ByConsumerKey, consent.ByCertificate, consent.NoConsumerMatch:
	default:
		errs = append(errs, fmt.Sprintf("OBP_CONSENT_CONSUMER_VALIDATION=%q: want CONSUMER_KEY_VALUE, CONSUMER_CERTIFICATE or NONE", c.Consents.ConsumerValidation))
	}
	c.KYC = app.KYCOptions{
		ObjectStore: strings.ToLower(env("OBP_OBJECT_STORE", "local")),
		ObjectDir:   env("OBP_OBJECT_STORE_DIR", "./data/objects"),
		S3: s3.Config{Endpoint: env("OBP_S3_ENDPOINT", ""), Bucket: env("OBP_S3_BUCKET", ""), AccessKey: env("OBP_S3_ACCESS_KEY", ""),
			SecretKey: env("OBP_S3_SECRET_KEY", ""), Region: env("OBP_S3_REGION", ""), UseTLS: envBool("OBP_S3_USE_TLS", true, &errs)},
		AllowPrivateCallbacks: envBool("OBP_KYC_ALLOW_PRIVATE_CALLBACKS", false, &errs),
	}
	if v := env("OBP_KYC_SUBMISSION_TYPES", ""); v != "" {
		types, err := parseSubmissionTypes(v)
		if err != nil {
			errs = append(errs, "OBP_KYC_SUBMISSION_TYPES: "+err.Error())
		}
		c.KYC.Types = types
	}
	if c.KYC.ObjectStore != "local" && c.KYC.ObjectStore != "s3" {
		errs = append(errs, fmt.Sprintf("OBP_OBJECT_STORE=%q: want local or s3", c.KYC.ObjectStore))
	}
	c.KeyEncryptionKey = env("OBP_KEY_ENCRYPTION_KEY", "")
	if c.KeyEncryptionKey != "" && len(c.KeyEncryptionKey) < keyring.MinSecretLength {
		errs = append(errs, "OBP_KEY_ENCRYPTION_KEY: want at least 32 characters")
	}
	c.Adapter = adapterOptions(c.Connector, &errs)
	c.ExternalIssuers = externalIssuerOptions(&errs)
	if c.Pool.MaxIdle < 0 {
		// Idle connections are kept up to the pool's size: a busy server otherwise closes
		// and reopens connections all the time (a PostgreSQL connection costs a fork).
		c.Pool.MaxIdle = c.Pool.MaxOpen
	}
	if err := checkDirectURL(c.DatabaseURL, c.Pool.DirectURL); err != nil {
		errs = append(errs, err.Error())
	}
	if c.LogFormat != "json" && c.LogFormat != "text" {
		errs = append(errs, fmt.Sprintf("OBP_LOG_FORMAT=%q: want json or text", c.LogFormat))
	}
	if c.TokenKey != "" && len(c.TokenKey) < 32 {
		errs = append(errs, "OBP_TOKEN_KEY: want at least 32 characters")
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		errs = append(errs, err.Error())
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("configuration: %s", strings.Join(errs, "; "))
	}
	return c, nil
}

// appOptions are the assembly options every subcommand shares.
func (c *config) appOptions() app.Options {
	return app.Options{
		AdminUsername: c.AdminUsername, AdminPassword: c.AdminPassword, ConsumerKey: c.ConsumerKey,
		TokenKey: []byte(c.TokenKey), TokenLifetime: c.TokenLifetime, SessionTimeout: c.SessionTimeout, Payments: c.Payments, Sandbox: c.Sandbox,
		Consents: c.Consents, KeyEncryptionKey: c.KeyEncryptionKey, KYC: c.KYC, Connector: c.Connector, Adapter: c.Adapter,
		DefaultHostname: "http://" + c.Addr,
		ExternalIssuers: c.ExternalIssuers,
		Info:            handlers.Info{Hostname: c.Hostname, Stage: c.Stage, HostedBy: c.HostedBy, GitCommit: gitCommit},
	}
}

// databaseFlags lets a subcommand override DATABASE_URL.
func (c *config) databaseFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.DatabaseURL, "database-url", c.DatabaseURL, "postgres:// URL, or a SQLite file path (default ./data/obp.db)")
}

func (c *config) logger() *slog.Logger {
	level, _ := parseLevel(c.LogLevel)
	opts := &slog.HandlerOptions{Level: level}
	if c.LogFormat == "text" {
		return slog.New(slog.NewTextHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewJSONHandler(os.Stderr, opts))
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return l, fmt.Errorf("OBP_LOG_LEVEL=%q: want debug, info, warn or error", s)
	}
	return l, nil
}

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

func envBool(name string, def bool, errs *[]string) bool {
	v := env(name, "")
	if v == "" {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		*errs = append(*errs, fmt.Sprintf("%s=%q: want true or false", name, v))
		return def
	}
	return b
}

func envInt(name string, def int, errs *[]string) int {
	v := env(name, "")
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		*errs = append(*errs, fmt.Sprintf("%s=%q: want a positive whole number", name, v))
		return def
	}
	return n
}

func envDuration(name string, def time.Duration, errs *[]string) time.Duration {
	v := env(name, "")
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		*errs = append(*errs, fmt.Sprintf("%s=%q: want a duration such as 30s", name, v))
		return def
	}
	return d
}

// parseSubmissionTypes reads OBP_KYC_SUBMISSION_TYPES: comma-separated
// NAME=family:maxBytes[:REQUIRED+REQUIRED...], family image or pdf, e.g.
// "IDENTITY_CARD_SCAN=image:10485760,SELFIE=image:10485760:IDENTITY_CARD_SCAN".
func parseSubmissionTypes(v string) ([]kycsubmission.TypeRule, error) {
	var out []kycsubmission.TypeRule
	for _, item := range strings.Split(v, ",") {
		name, spec, ok := strings.Cut(strings.TrimSpace(item), "=")
		parts := strings.Split(spec, ":")
		if !ok || name == "" || len(parts) < 2 || len(parts) > 3 {
			return nil, fmt.Errorf("%q: want NAME=family:maxBytes[:REQUIRED+...]", item)
		}
		family := kycsubmission.Family(parts[0])
		maxBytes, err := strconv.ParseInt(parts[1], 10, 64)
		if family != kycsubmission.Image && family != kycsubmission.PDF || err != nil || maxBytes <= 0 {
			return nil, fmt.Errorf("%q: the family is image or pdf and the size a positive number of bytes", item)
		}
		rule := kycsubmission.TypeRule{Name: name, Family: family, MaxBytes: maxBytes}
		if len(parts) == 3 && parts[2] != "" {
			rule.Requires = strings.Split(parts[2], "+")
		}
		out = append(out, rule)
	}
	return out, nil
}
