package rest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/sony/gobreaker/v2"
)

// Client calls one adapter the way OBP's rest_vMar2019 connector does: each method is a
// POST of its OutBound message to <base>/<methodName>, answered by its InBound message.
type Client struct {
	base      string
	http      *http.Client
	timeout   time.Duration // per attempt
	attempts  int           // reads only; a payment is sent once
	backoff   time.Duration // before the second attempt, doubling after
	maxAnswer int64         // bytes of an answer body; a longer one is refused
	signer    *Signer       // signs each request; nil: unsigned
	answers   *Verifier     // checks each 2xx answer; nil: answers need no signature
	settings  BreakerSettings
	log       *slog.Logger
	breaker   *gobreaker.CircuitBreaker[struct{}]
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient sends through hc (transport, TLS); its own Timeout should be unset.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.http = hc } }

// WithTimeout bounds each attempt of a call: a read that runs out answers OBP-01000, a
// payment that runs out has an unknown outcome.
func WithTimeout(d time.Duration) Option { return func(c *Client) { c.timeout = d } }

// WithReadRetries lets a read be tried up to attempts times, waiting backoff, then
// twice as long, between attempts.
func WithReadRetries(attempts int, backoff time.Duration) Option {
	return func(c *Client) { c.attempts, c.backoff = max(attempts, 1), backoff }
}

// WithMaxAnswer bounds an answer's body (default 8 MiB); a longer answer is refused as
// an invalid one.
func WithMaxAnswer(n int64) Option { return func(c *Client) { c.maxAnswer = max(n, 1) } }

// WithRequestSigning signs every request with s (x-sign or x-jws-signature).
func WithRequestSigning(s *Signer) Option { return func(c *Client) { c.signer = s } }

// WithSignedAnswers refuses a 2xx answer that v does not accept: unsigned, badly signed
// or stamped outside v's window. It is refused like an undecodable answer.
func WithSignedAnswers(v *Verifier) Option { return func(c *Client) { c.answers = v } }

// WithLogger is where the circuit breaker reports its state changes (default slog.Default).
func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

// NewClient is a client of the adapter at baseURL, e.g. http://localhost:8080/restConnector.
func NewClient(baseURL string, opts ...Option) *Client {
	c := &Client{base: strings.TrimRight(baseURL, "/"), timeout: 10 * time.Second, attempts: 3,
		backoff: 200 * time.Millisecond, maxAnswer: defaultMaxMessage, settings: defaultBreaker, log: slog.Default()}
	for _, o := range opts {
		o(c)
	}
	if c.http == nil {
		c.http = &http.Client{Transport: pooledTransport(c.timeout)}
	}
	c.breaker = newBreaker(c.base, c.settings, c.log)
	return c
}

// pooledTransport is the client's own connection pool: calls to one adapter reuse up to 64
// idle connections, and no phase of a call waits longer than the attempt may take.
func pooledTransport(attempt time.Duration) *http.Transport {
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: min(attempt, 5*time.Second), KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          256,
		MaxIdleConnsPerHost:   64,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   min(attempt, 5*time.Second),
		ResponseHeaderTimeout: attempt,
		ExpectContinueTimeout: time.Second,
	}
}

// exchange sends out to m and decodes the answer, trying a read again when it failed in
// transit, timed out or met a 5xx. Every failure leaves here mapped by m.failed.
func exchange[T any](ctx context.Context, c *Client, m method, out any) (T, error) {
	var zero T
	body, err := json.Marshal(out)
	if err != nil {
		return zero, fmt.Errorf("encode %s: %w", m.name, err)
	}
	attempts := 1
	if m.read {
		attempts = c.attempts
	}
	var in InBound[T]
	for i := range attempts {
		if i > 0 && !sleep(ctx, c.backoff<<(i-1)) {
			break // the caller's context ended while waiting: the last failure stands
		}
		var retry bool
		in, retry, err = try[T](ctx, c, m, body)
		if err == nil || !retry {
			break
		}
	}
	if err != nil {
		return zero, m.failed(err)
	}
	if in.Status.ErrorCode != "" {
		return zero, m.failed(&BackendError{Method: m.name, Status: in.Status, Response: in.InboundAdapterCallContext})
	}
	if sc := scopeFrom(ctx); sc != nil {
		sc.record(in.InboundAdapterCallContext.GeneralContext)
	}
	return in.Data, nil
}

// try is one attempt through the breaker, decoded there so that the breaker counts an
// undecodable answer as the adapter's failure.
func try[T any](ctx context.Context, c *Client, m method, body []byte) (in InBound[T], retry bool, err error) {
	_, err = c.breaker.Execute(func() (struct{}, error) {
		answer, r, err := c.attempt(ctx, m.name, body)
		retry = r
		if err != nil && ctx.Err() != nil {
			return struct{}{}, &callerEndedError{err} // the caller left: no fault of the adapter
		}
		if err != nil {
			return struct{}{}, err
		}
		if err := json.Unmarshal(answer, &in); err != nil {
			return struct{}{}, &decodeError{method: m.name, err: err}
		}
		return struct{}{}, nil
	})
	if errors.Is(err, gobreaker.ErrOpenState) || errors.Is(err, gobreaker.ErrTooManyRequests) {
		return in, false, &breakerOpenError{method: m.name, err: err}
	}
	return in, retry, err
}

// attempt is one POST within the per-attempt timeout; retry says whether sending the
// same message again could help.
func (c *Client) attempt(ctx context.Context, name string, body []byte) (answer []byte, retry bool, err error) {
	actx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodPost, c.base+"/"+name, bytes.NewReader(body))
	if err != nil {
		return nil, false, err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.signer == nil {
		req.Header.Set(HeaderTimestamp, strconv.FormatInt(time.Now().Unix(), 10))
	} else if err := c.signer.Sign(req.Header, req.URL.EscapedPath(), body); err != nil {
		return nil, false, &signError{method: name, err: err}
	}
	resp, err := c.http.Do(req)
	if err == nil {
		answer, err = c.read(name, resp)
	}
	if err != nil {
		var tl *tooLargeError
		if errors.As(err, &tl) {
			return nil, false, err
		}
		if op := (*net.OpError)(nil); errors.As(err, &op) && op.Op == "dial" {
			err = &unreachableError{method: name, err: err}
		}
		if actx.Err() != nil || isTimeout(err) {
			err = &timeoutError{method: name, err: err}
		}
		return nil, ctx.Err() == nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, resp.StatusCode >= 500, &HTTPStatusError{Method: name, StatusCode: resp.StatusCode, Body: string(answer[:min(len(answer), 512)])}
	}
	if c.answers != nil {
		if err := c.answers.Verify(resp.Header, req.URL.EscapedPath(), answer); err != nil {
			return nil, false, &answerSignatureError{method: name, err: err}
		}
	}
	return answer, false, nil
}

// read reads an answer's body up to the bound; a 2xx answer beyond it is refused, a
// non-2xx one keeps only what its error needs.
func (c *Client) read(name string, resp *http.Response) ([]byte, error) {
	defer func() { _ = resp.Body.Close() }()
	ok := resp.StatusCode >= 200 && resp.StatusCode <= 299
	if ok && resp.ContentLength > c.maxAnswer {
		return nil, &tooLargeError{method: name, limit: c.maxAnswer}
	}
	answer, err := io.ReadAll(io.LimitReader(resp.Body, c.maxAnswer+1))
	if err != nil {
		return nil, err
	}
	if int64(len(answer)) > c.maxAnswer {
		if ok {
			return nil, &tooLargeError{method: name, limit: c.maxAnswer}
		}
		answer = answer[:c.maxAnswer]
	}
	return answer, nil
}

// isTimeout is a deadline of the transport's own (dial, TLS handshake, response header).
func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// sleep waits d, or less when ctx ends first (then false).
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// defaultMaxMessage bounds a message body, both ways, unless configured otherwise.
const defaultMaxMessage = 8 << 20
