// Package notify is the Notifier port: how the server sends a person a message (an SMS,
// an e-mail). The embedded default keeps messages in an outbox table that an
// administrator reads; real deployments send through an SMS gateway and SMTP.
package notify

import (
	"context"
	"time"
)

// Channel is how a message travels.
type Channel string

const (
	SMS   Channel = "SMS"
	Email Channel = "EMAIL"
)

// Message is one message to one recipient.
type Message struct {
	ID        string
	Channel   Channel
	To        string // a phone number or an e-mail address
	Subject   string
	Body      string
	CreatedAt time.Time
}

// Notifier sends messages. Implementations must not log message bodies: they carry
// one-time passwords.
type Notifier interface {
	Send(ctx context.Context, m Message) error
}

// Outbox is the embedded notifier's storage, readable by administrators.
type Outbox interface {
	Notifier
	List(ctx context.Context, limit, offset int) ([]Message, error)
}

// ByChannel routes each message to the notifier for its channel.
type ByChannel map[Channel]Notifier

// Send implements Notifier.
func (b ByChannel) Send(ctx context.Context, m Message) error {
	n, ok := b[m.Channel]
	if !ok {
		return ErrNoRoute
	}
	return n.Send(ctx, m)
}

type notifyError string

func (e notifyError) Error() string { return string(e) }

// ErrNoRoute is a message on a channel no notifier serves.
const ErrNoRoute = notifyError("no notifier is configured for this channel")
