package rest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Client calls one adapter the way OBP's rest_vMar2019 connector does: each method is a
// POST of its OutBound message to <base>/<methodName>, answered by its InBound message.
type Client struct {
	base     string
	http     *http.Client
	timeout  time.Duration // per attempt
	attempts int           // reads only; a payment is sent once
	backoff  time.Duration // before the second attempt, doubling after
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

// NewClient is a client of the adapter at baseURL, e.g. http://localhost:8080/restConnector.
func NewClient(baseURL string, opts ...Option) *Client {
	c := &Client{base: strings.TrimRight(baseURL, "/"), http: http.DefaultClient,
		timeout: 10 * time.Second, attempts: 3, backoff: 200 * time.Millisecond}
	for _, o := range opts {
		o(c)
	}
	return c
}

// maxAnswer bounds the body read from an adapter.
const maxAnswer = 8 << 20

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
	var answer []byte
	for i := range attempts {
		if i > 0 && !sleep(ctx, c.backoff<<(i-1)) {
			break // the caller's context ended while waiting: the last failure stands
		}
		var retry bool
		answer, retry, err = c.attempt(ctx, m.name, body)
		if err == nil || !retry {
			break
		}
	}
	if err != nil {
		return zero, m.failed(err)
	}
	var in InBound[T]
	if err := json.Unmarshal(answer, &in); err != nil {
		return zero, m.failed(&decodeError{method: m.name, err: err})
	}
	if in.Status.ErrorCode != "" {
		return zero, m.failed(&BackendError{Method: m.name, Status: in.Status, Response: in.InboundAdapterCallContext})
	}
	return in.Data, nil
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
	req.Header.Set("x-timestamp", strconv.FormatInt(time.Now().Unix(), 10))
	resp, err := c.http.Do(req)
	if err == nil {
		answer, err = io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
		_ = resp.Body.Close()
	}
	if err != nil {
		if actx.Err() != nil {
			err = &timeoutError{method: name, err: err}
		}
		return nil, ctx.Err() == nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, resp.StatusCode >= 500, &HTTPStatusError{Method: name, StatusCode: resp.StatusCode, Body: string(answer[:min(len(answer), 512)])}
	}
	return answer, false, nil
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
