package webhook

import (
	"context"
	"errors"
	"time"
)

// Request is one HTTP POST of a delivery.
type Request struct {
	URL    string
	Header map[string]string
	Body   []byte
}

// Sender posts a request and returns the receiver's HTTP status. It refuses, with an
// error wrapping ErrDestinationRefused, a destination its policy forbids (by default
// loopback and private addresses), and bounds every request with a timeout.
type Sender interface {
	Send(ctx context.Context, r Request) (status int, err error)
}

// ErrDestinationRefused means the Sender's policy forbids the URL's address; retrying won't help.
var ErrDestinationRefused = errors.New("webhook destination refused")

// Secrets returns an owner's signing secret; ErrUnknownOwner when it has none.
type Secrets interface {
	Secret(ctx context.Context, owner string) ([]byte, error)
}

// SecretsFunc adapts a function to Secrets.
type SecretsFunc func(ctx context.Context, owner string) ([]byte, error)

// Secret implements Secrets.
func (f SecretsFunc) Secret(ctx context.Context, owner string) ([]byte, error) { return f(ctx, owner) }

// ErrUnknownOwner means there is no signing secret for the delivery's owner.
var ErrUnknownOwner = errors.New("webhook owner has no signing secret")

// Attempt is one try at a delivery: the receiver's HTTP status, or the error that
// prevented an answer (timeout, connection refused, destination refused).
type Attempt struct {
	DeliveryID string
	Number     int // 1 for the first try
	At         time.Time
	HTTPStatus int // 0 when there was no answer
	Error      string
	Duration   time.Duration
}

// AttemptLog records every attempt, for operators and for the owner to see.
type AttemptLog interface {
	RecordAttempt(ctx context.Context, a Attempt) error
	// ListAttempts returns a delivery's attempts, first first.
	ListAttempts(ctx context.Context, deliveryID string) ([]Attempt, error)
}
