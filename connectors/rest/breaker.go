package rest

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/sony/gobreaker/v2"
)

// BreakerSettings configure the client's circuit breaker. It counts the adapter's
// failures (transport errors, timeouts, 5xx, answers refused as invalid), never an
// errorCode or a 4xx, which are answers of an adapter that works.
type BreakerSettings struct {
	Failures uint32        // consecutive failures that open it; default 5
	Open     time.Duration // how long it stays open before it half-opens; default 30 s
	HalfOpen uint32        // calls let through while half-open; default 1
}

var defaultBreaker = BreakerSettings{Failures: 5, Open: 30 * time.Second, HalfOpen: 1}

// WithBreaker replaces the breaker's defaults; zero fields keep them.
func WithBreaker(s BreakerSettings) Option {
	return func(c *Client) {
		if s.Failures > 0 {
			c.settings.Failures = s.Failures
		}
		if s.Open > 0 {
			c.settings.Open = s.Open
		}
		if s.HalfOpen > 0 {
			c.settings.HalfOpen = s.HalfOpen
		}
	}
}

// newBreaker is one client's breaker, named after its adapter (without credentials).
func newBreaker(base string, s BreakerSettings, log *slog.Logger) *gobreaker.CircuitBreaker[struct{}] {
	name := base
	if u, err := url.Parse(base); err == nil {
		name = u.Redacted()
	}
	return gobreaker.NewCircuitBreaker[struct{}](gobreaker.Settings{
		Name:         name,
		MaxRequests:  s.HalfOpen,
		Timeout:      s.Open,
		ReadyToTrip:  func(n gobreaker.Counts) bool { return n.ConsecutiveFailures >= s.Failures },
		IsSuccessful: adapterAnswered,
		IsExcluded:   notTheAdaptersDoing,
		OnStateChange: func(name string, from, to gobreaker.State) {
			log.Warn("REST adapter circuit breaker changed state", slog.String("adapter", name),
				slog.String("from", from.String()), slog.String("to", to.String()))
		},
	})
}

// adapterAnswered: no error, or a 4xx, which a working adapter answers.
func adapterAnswered(err error) bool {
	var he *HTTPStatusError
	return err == nil || errors.As(err, &he) && he.StatusCode < 500
}

// notTheAdaptersDoing: failures of ours or of the caller, which say nothing of the adapter.
func notTheAdaptersDoing(err error) bool {
	var se *signError
	var ce *callerEndedError
	return errors.As(err, &se) || errors.As(err, &ce)
}

// breakerOpenError is a call refused by the open (or busy half-open) breaker: nothing
// was sent to the adapter.
type breakerOpenError struct {
	method string
	err    error
}

func (e *breakerOpenError) Error() string {
	return fmt.Sprintf("adapter %s: not sent, the circuit breaker is open after repeated adapter failures: %v", e.method, e.err)
}
func (e *breakerOpenError) Unwrap() error { return e.err }

// callerEndedError is an attempt cut short because the caller's context ended.
type callerEndedError struct{ err error }

func (e *callerEndedError) Error() string { return e.err.Error() }
func (e *callerEndedError) Unwrap() error { return e.err }
