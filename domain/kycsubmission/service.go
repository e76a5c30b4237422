package kycsubmission

import (
	"context"
	"io"
	"time"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/objectstore"
)

// Defaults.
const (
	DefaultTokenTTL  = 15 * time.Minute
	DefaultUploadTTL = 15 * time.Minute
	// JobKind is the kind of the durable job that decides a confirmed submission.
	JobKind = "kyc.submission.process"
	// CallbackEvent names the callback a decided submission sends.
	CallbackEvent = "kyc.submission.decided"
)

// Store keeps partners and submissions.
type Store interface {
	// UpsertPartner registers (or re-registers) an app as a partner at a bank, with its
	// callback secret sealed.
	UpsertPartner(ctx context.Context, p Partner, sealedSecret string) error
	GetPartner(ctx context.Context, consumerID, bankID string) (Partner, string, error) // obperr.KycPartnerNotFound
	CreateSubmission(ctx context.Context, s Submission) error
	GetSubmission(ctx context.Context, id string) (Submission, error) // obperr.KycSubmissionNotFound
	// ClaimUpload moves a submission from URL_ISSUED to UPLOADING: the one upload its URL
	// allows. ok is false when it was not URL_ISSUED.
	ClaimUpload(ctx context.Context, id string, at time.Time) (ok bool, err error)
	// FinishUpload records an UPLOADING submission's outcome: UPLOADED with its file, or
	// UPLOAD_REFUSED with the reason.
	FinishUpload(ctx context.Context, s Submission) error
	// MoveSubmission moves a submission from one status to another; ok is false when it
	// was not in from.
	MoveSubmission(ctx context.Context, id string, from, to Status, at time.Time) (ok bool, err error)
	// DecideSubmission records a PROCESSING submission's decision (its status and
	// reasons); ok is false when it was not PROCESSING.
	DecideSubmission(ctx context.Context, s Submission) (ok bool, err error)
	// SetCallbackID notes the delivery of a decided submission's callback.
	SetCallbackID(ctx context.Context, id, deliveryID string) error
	ListSubmissions(ctx context.Context, consumerID, bankID, customerID string, limit, offset int) ([]Submission, error)
	// UploadedTypes are the types the customer has a stored, undecided or approved file of.
	UploadedTypes(ctx context.Context, bankID, customerID string) ([]string, error)
}

// Consumers authenticates partner apps.
type Consumers interface {
	GetConsumerByKey(ctx context.Context, key string) (consumer.Consumer, error)
	GetConsumer(ctx context.Context, id string) (consumer.Consumer, error)
}

// Customers finds the customer a partner submits for.
type Customers interface {
	Get(ctx context.Context, bankID, customerID string) (customer.WithAttributes, error)
}

// Jobs queues the durable job that decides a confirmed submission; the dedupe key makes
// queuing the same work twice one job.
type Jobs interface {
	Enqueue(ctx context.Context, kind string, payload []byte, dedupe string) error
}

// Callbacks delivers signed callbacks, retried until acknowledged or given up, each
// attempt recorded. The owner's secret signs them (CallbackSecret).
type Callbacks interface {
	// Deliver queues a callback; the dedupe key makes queuing it twice one delivery,
	// whose id it returns.
	Deliver(ctx context.Context, owner, url, event, dedupe string, body []byte) (deliveryID string, err error)
	// Attempts are a delivery's status and its attempts, first first.
	Attempts(ctx context.Context, deliveryID string) (CallbackStatus, []CallbackAttempt, error)
}

// CallbackStatus is where a callback's delivery is: PENDING, RUNNING, DONE or FAILED.
type CallbackStatus string

// CallbackAttempt is one try at delivering a callback.
type CallbackAttempt struct {
	Number     int
	At         time.Time
	HTTPStatus int // 0: no answer
	Error      string
	Duration   time.Duration
}

// Verifier decides a submission from its file (behind the connector: the mapped default
// checks type, size and readability; a bank plugs in its own provider) and records what
// it found on the customer (a KYC check and document keyed by the submission, so that
// deciding again changes nothing). No reasons: approved.
type Verifier interface {
	VerifySubmission(ctx context.Context, s Submission, file io.Reader) (reasons []string, err error)
}

// Sealer keeps callback secrets encrypted at rest (keyring.Sealer, whose nil keeps them
// plain, marked as such).
type Sealer interface {
	Seal(id string, secret []byte) string
	Open(id, stored string) (secret []byte, plain bool, err error)
}

// Config is how the pipeline behaves.
type Config struct {
	Types     []TypeRule // nil: DefaultTypes
	TokenTTL  time.Duration
	UploadTTL time.Duration
	// AllowPrivateCallbacks lets callback URLs point at loopback and private addresses
	// (tests, closed networks); off, they are refused when registered.
	AllowPrivateCallbacks bool
}

// Deps are the ports and settings the pipeline is built over.
type Deps struct {
	Store     Store
	Files     objectstore.Store
	Consumers Consumers
	Customers Customers
	Jobs      Jobs
	Callbacks Callbacks
	Verifier  Verifier
	Sealer    Sealer
	Tokens    *Tokens
	Uploads   *Signer
	Clock     clock.Clock
	Config    Config
}

// Service holds the pipeline's use cases.
type Service struct {
	d     Deps
	types map[string]TypeRule
}

// NewService returns the pipeline over d.
func NewService(d Deps) *Service {
	if d.Config.Types == nil {
		d.Config.Types = DefaultTypes
	}
	if d.Config.TokenTTL <= 0 {
		d.Config.TokenTTL = DefaultTokenTTL
	}
	if d.Config.UploadTTL <= 0 {
		d.Config.UploadTTL = DefaultUploadTTL
	}
	types := map[string]TypeRule{}
	for _, t := range d.Config.Types {
		types[t.Name] = t
	}
	return &Service{d: d, types: types}
}

func (s *Service) now() time.Time { return s.d.Clock.Now() }
