package rest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/obp-go/obp/domain/transaction"
)

// BackendError is an adapter's answer with a non-empty status.errorCode. It travels
// wrapped in an OBP error for the log; the client sees only the OBP code's text.
type BackendError struct {
	Method   string
	Status   Status
	Response InboundAdapterCallContext
}

func (e *BackendError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "adapter %s: errorCode %q (correlationId %q)", e.Method, e.Status.ErrorCode, e.Response.CorrelationID)
	for _, m := range e.Status.BackendMessages {
		fmt.Fprintf(&b, "; %s %s %s: %s", m.Source, m.Status, m.ErrorCode, m.Text)
	}
	return b.String()
}

// HTTPStatusError is an adapter's non-2xx answer, with the start of its body.
type HTTPStatusError struct {
	Method     string
	StatusCode int
	Body       string
}

func (e *HTTPStatusError) Error() string {
	return fmt.Sprintf("adapter %s: HTTP %d: %s", e.Method, e.StatusCode, e.Body)
}

// OutcomeUnknownError is a payment whose outcome the adapter did not tell: it timed out,
// failed in transit, answered non-2xx or with no transaction id. The payment may have been
// posted, so this is deliberately no OBP error: the payment port reads an OBP error as a
// refusal and fails the request, while this must leave it for reconciliation.
type OutcomeUnknownError struct {
	Method string
	Cause  error
}

func (e *OutcomeUnknownError) Error() string {
	return fmt.Sprintf("adapter %s: outcome unknown: %v", e.Method, e.Cause)
}

func (e *OutcomeUnknownError) Unwrap() error { return e.Cause }

// Is makes errors.Is(err, transaction.ErrOutcomeUnknown) true: the payment service's
// signal to leave the request for reconciliation.
func (e *OutcomeUnknownError) Is(target error) bool { return target == transaction.ErrOutcomeUnknown }

// errNoTransactionID is a payment answered as a success without the transaction's id.
var errNoTransactionID = errors.New("the answer carries no transaction id")

// tooLargeError is a 2xx answer longer than the client's bound; it is refused unread.
type tooLargeError struct {
	method string
	limit  int64
}

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("adapter %s: answer too large: more than %d bytes", e.method, e.limit)
}

// answerSignatureError is a 2xx answer whose signature the client refused.
type answerSignatureError struct {
	method string
	err    error
}

func (e *answerSignatureError) Error() string {
	return fmt.Sprintf("adapter %s: answer refused: %v", e.method, e.err)
}
func (e *answerSignatureError) Unwrap() error { return e.err }

// signError is a request the client could not sign: nothing was sent.
type signError struct {
	method string
	err    error
}

func (e *signError) Error() string { return fmt.Sprintf("adapter %s: not sent: %v", e.method, e.err) }
func (e *signError) Unwrap() error { return e.err }

// unreachableError is a connection to the adapter that could not be opened: nothing was sent.
type unreachableError struct {
	method string
	err    error
}

func (e *unreachableError) Error() string {
	return fmt.Sprintf("adapter %s: unreachable, not sent: %v", e.method, e.err)
}
func (e *unreachableError) Unwrap() error { return e.err }

// invalidAnswer says whether err is an answer that arrived but was refused: undecodable,
// too large or not signed as required.
func invalidAnswer(err error) bool {
	var de *decodeError
	var tl *tooLargeError
	var se *answerSignatureError
	return errors.As(err, &de) || errors.As(err, &tl) || errors.As(err, &se)
}
