// Package payments is the area of the HTTP face for payments: transaction requests of every
// type, their challenges, types and status, the double entry a payment posted, and the
// notification outbox through which the embedded default delivers one-time passwords.
package payments

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/notify"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/handlers"
)

// Payments is what the area needs of the payment service.
type Payments interface {
	Create(ctx context.Context, by call.Context, n payment.New) (payment.Result, error)
	Answer(ctx context.Context, by call.Context, from account.Ref, t payment.Type, requestID, challengeID, answer string) (payment.Result, error)
	Get(ctx context.Context, from account.Ref, id string) (payment.Result, error)
	List(ctx context.Context, from account.Ref, limit, offset int) ([]payment.Result, error)
	SetStatus(ctx context.Context, id string, to payment.Status) (payment.Request, error)
	Types(ctx context.Context, ref account.Ref) (types []payment.Type, currency string, err error)
	DoubleEntry(ctx context.Context, ref account.Ref, transactionID string) (payment.DoubleEntry, error)
}

// Outbox is what the area needs of the notification outbox: reading it.
type Outbox interface {
	List(ctx context.Context, limit, offset int) ([]notify.Message, error)
}

type area struct {
	payments Payments
	outbox   Outbox // nil when messages are really sent
}

// Docs declares the area's endpoints; outbox is nil when no outbox is in use.
func Docs(payments Payments, outbox Outbox) []handlers.ResourceDoc {
	a := &area{payments: payments, outbox: outbox}
	return append(a.transactionRequestDocs(), a.outboxDocs()...)
}
