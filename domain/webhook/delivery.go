// Package webhook delivers signed callbacks to partners on top of durable jobs: a
// delivery is a job of kind Kind, posted with an HMAC signature until the receiver
// answers 2xx, retried with backoff up to MaxAttempts, every attempt recorded.
//
// Delivery is at least once: a retry after a lost answer, or after a worker died, posts
// again with the same X-OBP-Delivery-Id, which receivers use to ignore a repeat.
package webhook

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/job"
)

// Kind is the job kind of deliveries.
const Kind = "webhook.delivery"

// DefaultBackoff spaces retries: about 30s, 1m, 2m ... capped at 6h; with the default 8
// attempts a receiver has about an hour to come back.
var DefaultBackoff = job.Backoff{Base: 30 * time.Second, Max: 6 * time.Hour}

// Delivery is one callback: Body posted to URL for Event, signed with Owner's secret.
type Delivery struct {
	ID    string // assigned by Enqueue: the job's id, sent as X-OBP-Delivery-Id
	Owner string // whose secret signs it (e.g. a consumer id)
	URL   string
	Event string
	Body  []byte
	// DedupeKey, when set, makes enqueuing the same callback twice one delivery.
	DedupeKey string
	Status    job.Status // filled by Get
	CreatedAt time.Time
}

// ErrInvalidURL is a delivery URL that is not absolute http or https.
var ErrInvalidURL = errors.New("webhook URL must be an absolute http or https URL")

// Deps are what the service needs.
type Deps struct {
	Jobs        job.Store
	Attempts    AttemptLog
	Secrets     Secrets
	Sender      Sender
	Clock       clock.Clock
	MaxAttempts int // default job.DefaultMaxAttempts (8)
}

// Service enqueues deliveries and, as the job handler of Kind, sends them.
type Service struct{ d Deps }

// NewService returns the delivery service.
func NewService(d Deps) *Service {
	if d.MaxAttempts <= 0 {
		d.MaxAttempts = job.DefaultMaxAttempts
	}
	return &Service{d: d}
}

// Register makes w deliver callbacks.
func (s *Service) Register(w *job.Worker) { w.Handle(Kind, s.Deliver) }

type payload struct {
	Owner string `json:"owner"`
	URL   string `json:"url"`
	Event string `json:"event"`
	Body  []byte `json:"body"`
}

// Enqueue stores d for delivery and returns it with its ID (the existing delivery's, for
// a DedupeKey already used).
func (s *Service) Enqueue(ctx context.Context, d Delivery) (Delivery, error) {
	if err := checkURL(d.URL); err != nil {
		return Delivery{}, err
	}
	p, err := json.Marshal(payload{Owner: d.Owner, URL: d.URL, Event: d.Event, Body: d.Body})
	if err != nil {
		return Delivery{}, err
	}
	j := job.New(Kind, p, s.d.Clock.Now())
	j.MaxAttempts = s.d.MaxAttempts
	if d.DedupeKey != "" {
		j.DedupeKey = Kind + ":" + d.DedupeKey
	}
	stored, _, err := s.d.Jobs.Enqueue(ctx, j)
	if err != nil {
		return Delivery{}, err
	}
	return fromJob(stored)
}

// Get returns a delivery and where it stands.
func (s *Service) Get(ctx context.Context, id string) (Delivery, error) {
	j, err := s.d.Jobs.Get(ctx, id)
	if err != nil {
		return Delivery{}, err
	}
	return fromJob(j)
}

// Attempts returns a delivery's attempts, first first.
func (s *Service) Attempts(ctx context.Context, id string) ([]Attempt, error) {
	return s.d.Attempts.ListAttempts(ctx, id)
}

func fromJob(j job.Job) (Delivery, error) {
	var p payload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return Delivery{}, fmt.Errorf("delivery %s: %w", j.ID, err)
	}
	return Delivery{ID: j.ID, Owner: p.Owner, URL: p.URL, Event: p.Event, Body: p.Body, Status: j.Status,
		DedupeKey: j.DedupeKey, CreatedAt: j.CreatedAt}, nil
}

func checkURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ErrInvalidURL
	}
	return nil
}
