package app

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/objectstore/local"
	"github.com/obp-go/obp/connectors/objectstore/s3"
	"github.com/obp-go/obp/connectors/webhookhttp"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/job"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/kycsubmission"
	"github.com/obp-go/obp/domain/objectstore"
	"github.com/obp-go/obp/domain/webhook"
)

// KYCOptions configure the KYC partner submission pipeline.
type KYCOptions struct {
	Types       []kycsubmission.TypeRule // nil: kycsubmission.DefaultTypes
	ObjectStore string                   // "local" (default) or "s3"
	ObjectDir   string                   // local: where files go; "": ./data/objects
	S3          s3.Config
	// AllowPrivateCallbacks lets partners register loopback and private callback URLs
	// (tests, closed networks).
	AllowPrivateCallbacks bool
	// WorkerPoll is how often an idle worker looks for jobs (0: the job package's default).
	WorkerPoll time.Duration
	// RetryBase is the first wait before a failed job or callback is retried (0: the
	// webhook default, about 30 s, doubling to 6 h).
	RetryBase time.Duration
	// NoWorker leaves the jobs to other processes.
	NoWorker bool
}

// wireKYCSubmissions builds the pipeline: object storage, the signing keys of partner
// tokens and upload URLs (kept in the database, shared by every process), the verifier
// behind the connector, and the durable jobs that decide submissions and deliver callbacks.
func (s *services) wireKYCSubmissions(ctx context.Context, o Options) error {
	files, err := objectStore(o.KYC, clock.Clock(o.Now))
	if err != nil {
		return err
	}
	tokenKey, err := s.secretKey(ctx, "kyc_partner_token_key")
	if err != nil {
		return err
	}
	uploadKey, err := s.secretKey(ctx, "kyc_upload_url_key")
	if err != nil {
		return err
	}
	tokens, err := kycsubmission.NewTokens(tokenKey, o.Info.Hostname)
	if err != nil {
		return err
	}
	uploads, err := kycsubmission.NewSigner(uploadKey)
	if err != nil {
		return err
	}
	sealer, err := keyring.NewSealer(o.KeyEncryptionKey)
	if err != nil {
		return fmt.Errorf("OBP_KEY_ENCRYPTION_KEY: %w", err)
	}
	clk := clock.Clock(o.Now)
	s.jobs = mapped.NewJobs(o.DB, clk)
	s.callbacks = webhook.NewService(webhook.Deps{Jobs: s.jobs, Attempts: mapped.NewDeliveryLog(o.DB, clk),
		Secrets: webhook.SecretsFunc(s.kycCallbackSecret), Sender: webhookhttp.New(webhookhttp.Options{AllowPrivate: o.KYC.AllowPrivateCallbacks}),
		Clock: clk})
	s.kycSubmissions = kycsubmission.NewService(kycsubmission.Deps{
		Store: s.store, Files: files, Consumers: s.store, Customers: s.customers, Jobs: kycJobs{s.jobs, clk},
		Callbacks: kycCallbacks{s.callbacks}, Verifier: mapped.NewKycVerifier(s.conn, clock.Clock(o.Now)), Sealer: sealer, Tokens: tokens, Uploads: uploads,
		Clock: clock.Clock(o.Now), Config: kycsubmission.Config{Types: o.KYC.Types,
			AllowPrivateCallbacks: o.KYC.AllowPrivateCallbacks},
	})
	return nil
}

// objectStore is the configured object storage.
func objectStore(o KYCOptions, clk clock.Clock) (objectstore.Store, error) {
	switch o.ObjectStore {
	case "", "local":
		dir := o.ObjectDir
		if dir == "" {
			dir = "./data/objects"
		}
		return local.New(dir, clk)
	case "s3":
		return s3.New(o.S3, clk)
	}
	return nil, fmt.Errorf("object store %q: want local or s3", o.ObjectStore)
}

// secretKey is a 32-byte server key kept in the database (server_secrets), made on first
// use and shared by every process on the database.
func (s *services) secretKey(ctx context.Context, name string) ([]byte, error) {
	secret, err := s.store.ServerSecret(ctx, name, randomKey)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	key, err := base64.StdEncoding.DecodeString(secret)
	if err != nil {
		return nil, fmt.Errorf("%s in server_secrets is not base64: %w", name, err)
	}
	return key, nil
}

// kycJobs queues the pipeline's jobs in the durable job store.
type kycJobs struct {
	store job.Store
	clock clock.Clock
}

func (k kycJobs) Enqueue(ctx context.Context, kind string, payload []byte, dedupe string) error {
	j := job.New(kind, payload, k.clock.Now())
	j.DedupeKey = dedupe
	_, _, err := k.store.Enqueue(ctx, j)
	return err
}

// kycCallbackSecret is the secret that signs a callback owner's deliveries.
func (s *services) kycCallbackSecret(ctx context.Context, owner string) ([]byte, error) {
	secret, err := s.kycSubmissions.CallbackSecret(ctx, owner)
	if errors.Is(err, kycsubmission.ErrUnknownPartner) {
		return nil, webhook.ErrUnknownOwner
	}
	return secret, err
}

// kycCallbacks delivers the pipeline's callbacks through the webhook service.
type kycCallbacks struct{ w *webhook.Service }

func (k kycCallbacks) Deliver(ctx context.Context, owner, url, event, dedupe string, body []byte) (string, error) {
	d, err := k.w.Enqueue(ctx, webhook.Delivery{Owner: owner, URL: url, Event: event, Body: body, DedupeKey: dedupe})
	return d.ID, err
}

func (k kycCallbacks) Attempts(ctx context.Context, deliveryID string) (kycsubmission.CallbackStatus, []kycsubmission.CallbackAttempt, error) {
	d, err := k.w.Get(ctx, deliveryID)
	if errors.Is(err, job.ErrNotFound) {
		return "PURGED", nil, nil // finished long ago: the janitor removed it
	}
	if err != nil {
		return "", nil, err
	}
	as, err := k.w.Attempts(ctx, deliveryID)
	out := make([]kycsubmission.CallbackAttempt, len(as))
	for i, a := range as {
		out[i] = kycsubmission.CallbackAttempt{Number: a.Number, At: a.At, HTTPStatus: a.HTTPStatus, Error: a.Error, Duration: a.Duration}
	}
	return kycsubmission.CallbackStatus(d.Status), out, err
}

// runWorker runs the durable jobs (deciding KYC submissions, delivering callbacks) until
// ctx ends. Every process runs one; a job is claimed by one of them at a time.
func (s *services) runWorker(ctx context.Context, o Options) {
	poll := o.KYC.WorkerPoll
	w := job.NewWorker(s.jobs, job.Options{PollInterval: poll, MaxIdle: 5 * poll, Backoff: callbackBackoff(o), Log: o.Log, Clock: clock.Clock(o.Now)})
	w.Handle(kycsubmission.JobKind, func(ctx context.Context, j job.Job) error { return s.kycSubmissions.Process(ctx, j.Payload) })
	s.callbacks.Register(w)
	if err := w.Run(ctx); err != nil && ctx.Err() == nil {
		o.Log.Error("job worker stopped", slog.String("error", err.Error()))
	}
}

// callbackBackoff is the wait between retries: the webhook default, or the tests' short one.
func callbackBackoff(o Options) job.Backoff {
	if o.KYC.RetryBase > 0 {
		return job.Backoff{Base: o.KYC.RetryBase, Max: 10 * o.KYC.RetryBase}
	}
	return webhook.DefaultBackoff
}
