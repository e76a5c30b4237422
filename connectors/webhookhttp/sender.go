// Package webhookhttp is the webhook.Sender that posts over HTTP: a bounded timeout, no
// redirects, no proxy, and by default no loopback, private or otherwise non-public
// address, checked on the address actually dialled so that DNS cannot point a partner's
// URL at the bank's own network.
package webhookhttp

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"

	"github.com/obp-go/obp/domain/webhook"
)

// Options tune a Sender.
type Options struct {
	Timeout time.Duration // per request, default 10s
	// AllowPrivate lets deliveries reach loopback and private addresses: for tests and
	// for a development machine, never in production.
	AllowPrivate bool
}

// Sender posts deliveries.
type Sender struct{ client *http.Client }

// New returns a Sender.
func New(o Options) *Sender {
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	dialer := &net.Dialer{Timeout: o.Timeout}
	if !o.AllowPrivate {
		dialer.Control = refusePrivate
	}
	transport := &http.Transport{Proxy: nil, DialContext: dialer.DialContext, TLSHandshakeTimeout: o.Timeout,
		MaxIdleConnsPerHost: 2, IdleConnTimeout: 90 * time.Second}
	return &Sender{client: &http.Client{Timeout: o.Timeout, Transport: transport,
		// A redirect is an answer that is not 2xx: followed, it could lead anywhere.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

var _ webhook.Sender = (*Sender)(nil)

// Send implements webhook.Sender.
func (s *Sender) Send(ctx context.Context, r webhook.Request) (int, error) {
	u, err := url.Parse(r.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return 0, webhook.ErrInvalidURL
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.URL, bytes.NewReader(r.Body))
	if err != nil {
		return 0, webhook.ErrInvalidURL
	}
	for k, v := range r.Header {
		req.Header.Set(k, v)
	}
	req.Header.Set("User-Agent", "OBP-Webhooks/1")
	resp, err := s.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // let the connection be reused
	return resp.StatusCode, nil
}

// refusePrivate is the dialer's check of each resolved address before connecting.
func refusePrivate(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", webhook.ErrDestinationRefused, address)
	}
	if !Public(ap.Addr()) {
		return fmt.Errorf("%w: %s is not a public address", webhook.ErrDestinationRefused, ap.Addr())
	}
	return nil
}

// nonPublic are ranges that are global unicast by Go's reckoning yet no partner's.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"), // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64: may embed a private IPv4 address
	netip.MustParsePrefix("2001:db8::/32"),
}

// Public reports whether a may receive deliveries under the default policy.
func Public(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsGlobalUnicast() || a.IsPrivate() {
		return false // loopback, link-local (cloud metadata), multicast, unspecified, RFC 1918, ULA
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}
