package rest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/obp-go/obp/domain/obperr"
)

// method is what the client needs to know of one connector method.
type method struct {
	name     string
	invalid  *obperr.Code // the adapter answered, but not what was asked
	notFound *obperr.Code // an errorCode starting with this code's id is this code
	read     bool         // safe to send again, and its failures are known failures
}

var (
	getBank = method{name: "getBank", invalid: obperr.InvalidConnectorResponse,
		notFound: obperr.BankNotFound, read: true}
	checkBankAccountExists = method{name: "checkBankAccountExists",
		invalid: obperr.InvalidConnectorResponseForGetBankAccount, notFound: obperr.BankAccountNotFound, read: true}
	makePaymentv210 = method{name: "makePaymentv210", invalid: obperr.InvalidConnectorResponseForMakePayment}
)

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
// adapter's own errorCode, or before anything was sent, has an unknown outcome.
func (m method) failed(err error) error {
	var be *BackendError
	if errors.As(err, &be) {
		if m.notFound != nil && strings.HasPrefix(be.Status.ErrorCode, m.notFound.ID) {
			return m.notFound.Wrap(err)
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
	case !m.read && errors.As(err, &ue):
		// No connection was opened, so the payment cannot have been posted.
		return obperr.AdapterException.Wrap(err)
	case !m.read:
		return &OutcomeUnknownError{Method: m.name, Cause: err}
	}
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
