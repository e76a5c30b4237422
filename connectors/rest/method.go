package rest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

// method is what the client needs to know of one connector method.
type method struct {
	name     string
	invalid  *obperr.Code // the adapter answered, but not what was asked
	notFound *obperr.Code // an errorCode starting with this code's id is this code
	// notFoundAlso are other codes an OBP adapter may answer for "not found" (a more
	// specific one OBP has), read as notFound.
	notFoundAlso []*obperr.Code
	// refusals are the other OBP errors the port promises for this method: an errorCode
	// starting with one's id is that error, as the connector port would return it.
	refusals []*obperr.Code
	read     bool // safe to send again, and its failures are known failures
	// moves is a write that moves money: a failure after it was sent leaves its outcome
	// unknown (OutcomeUnknownError), for reconciliation to settle.
	moves bool
}

// read is a method that only reads: sent again after a transient failure.
func read(name string, invalid, notFound *obperr.Code, refusals ...*obperr.Code) method {
	return method{name: name, invalid: invalid, notFound: notFound, refusals: refusals, read: true}
}

// write is a method that changes the adapter's state: sent once.
func write(name string, invalid, notFound *obperr.Code, refusals ...*obperr.Code) method {
	return method{name: name, invalid: invalid, notFound: notFound, refusals: refusals}
}

// alsoNotFound reads these codes as m's not-found code too.
func (m method) alsoNotFound(codes ...*obperr.Code) method {
	m.notFoundAlso = codes
	return m
}

// moving is a write that moves money: sent once, and a failure after sending is an
// unknown outcome rather than an error.
func moving(name string, invalid, notFound *obperr.Code, refusals ...*obperr.Code) method {
	return method{name: name, invalid: invalid, notFound: notFound, refusals: refusals, moves: true}
}

// timeoutError is an attempt cut short by its deadline or the caller's context.
type timeoutError struct {
	method string
	err    error
}

func (e *timeoutError) Error() string {
	return fmt.Sprintf("adapter %s: timed out: %v", e.method, e.err)
}
func (e *timeoutError) Unwrap() error { return e.err }

// decodeError is a 2xx answer that is no InBound message of the method.
type decodeError struct {
	method string
	err    error
}

func (e *decodeError) Error() string {
	return fmt.Sprintf("adapter %s: undecodable answer: %v", e.method, e.err)
}
func (e *decodeError) Unwrap() error { return e.err }

// failed maps a failed call to what the connector port promises: OBP's codes, with the
// adapter's detail wrapped for the log. A payment that failed any other way than by the
// adapter's own errorCode, after it was sent, has an unknown outcome.
func (m method) failed(err error) error {
	var be *BackendError
	if errors.As(err, &be) {
		if m.notFound != nil && strings.HasPrefix(be.Status.ErrorCode, m.notFound.ID) {
			return m.notFound.Wrap(err)
		}
		for _, c := range m.notFoundAlso {
			if strings.HasPrefix(be.Status.ErrorCode, c.ID) {
				return m.notFound.Wrap(err)
			}
		}
		for _, c := range m.refusals {
			if strings.HasPrefix(be.Status.ErrorCode, c.ID) {
				return c.Wrap(err)
			}
		}
		if strings.HasPrefix(be.Status.ErrorCode, errorTransferPosted[:strings.IndexByte(errorTransferPosted, ':')]) {
			return fmt.Errorf("%w: %w", transaction.ErrTransferPosted, err)
		}
		return m.invalid.Wrap(err)
	}
	var open *breakerOpenError
	var se *signError
	var ue *unreachableError
	switch {
	case errors.As(err, &open): // nothing sent: a known failure, for a payment too
		return obperr.AdapterUnavailable.Wrap(err)
	case errors.As(err, &se):
		return obperr.InternalServerError.Wrap(err)
	case m.moves && errors.As(err, &ue):
		// No connection was opened, so the payment cannot have been posted.
		return obperr.AdapterException.Wrap(err)
	case m.moves:
		return &OutcomeUnknownError{Method: m.name, Cause: err}
	}
	// A read, or a write that moves no money: the caller gets an OBP error (a write that
	// timed out may have happened; the client may look before trying again).
	var te *timeoutError
	switch {
	case errors.As(err, &te):
		return obperr.RequestTimeout.Wrap(err)
	case invalidAnswer(err):
		return m.invalid.Wrap(err)
	default:
		return obperr.AdapterException.Wrap(err)
	}
}
