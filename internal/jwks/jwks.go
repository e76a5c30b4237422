// Package jwks keeps one external issuer's JWK Set: fetched over HTTP with a bounded
// client, cached, refreshed on an interval and, at a limited rate, when a token names a
// key the cache lacks (MicahParks/keyfunc over jwkset). It is the extidp.KeySet port.
package jwks

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/time/rate"
)

// Options bound the fetching; zero values take the defaults.
type Options struct {
	RefreshInterval time.Duration // whole-set refresh (default 15 minutes)
	UnknownKIDEvery time.Duration // at most one refresh for unknown key ids per this (default 1 minute)
	HTTPTimeout     time.Duration // per fetch, connection included (default 10 seconds)
	Log             *slog.Logger
}

// Defaults of Options.
const (
	DefaultRefreshInterval = 15 * time.Minute
	DefaultUnknownKIDEvery = time.Minute
	DefaultHTTPTimeout     = 10 * time.Second
	maxBody                = 1 << 20 // a JWKS larger than 1 MiB is refused
)

// Set is one issuer's keys.
type Set struct{ kf keyfunc.Keyfunc }

// New starts keeping the JWKS at url until ctx ends. A first fetch that fails is logged
// and retried on the next unknown key, so an issuer down at start does not stop the server.
func New(ctx context.Context, url string, o Options) (*Set, error) {
	o = o.withDefaults()
	logRefreshError := func(ctx context.Context, err error) {
		o.Log.WarnContext(ctx, "fetching an external issuer's JWKS failed", slog.String("jwks_url", url), slog.Any("error", err))
	}
	remote, err := jwkset.NewStorageFromHTTP(url, jwkset.HTTPClientStorageOptions{
		Client: client(o.HTTPTimeout), Ctx: ctx, HTTPTimeout: o.HTTPTimeout, NoErrorReturnFirstHTTPReq: true,
		RefreshErrorHandler: logRefreshError, RefreshInterval: o.RefreshInterval,
	})
	if err != nil {
		return nil, fmt.Errorf("JWKS %s: %w", url, err)
	}
	storage, err := jwkset.NewHTTPClient(jwkset.HTTPClientOptions{
		HTTPURLs: map[string]jwkset.Storage{url: remote},
		// The wait for the limiter also bounds the refresh it allows: a token with an
		// unknown kid fails at once when the next refresh is further off than this.
		RateLimitWaitMax:  o.HTTPTimeout,
		RefreshUnknownKID: rate.NewLimiter(rate.Every(o.UnknownKIDEvery), 1),
	})
	if err != nil {
		return nil, fmt.Errorf("JWKS %s: %w", url, err)
	}
	kf, err := keyfunc.New(keyfunc.Options{Ctx: ctx, Storage: storage, UseWhitelist: []jwkset.USE{jwkset.UseSig, ""}})
	if err != nil {
		return nil, fmt.Errorf("JWKS %s: %w", url, err)
	}
	return &Set{kf: kf}, nil
}

// Key is the public key named kid, when the set has it for alg (a key that declares
// another alg, or is meant for encryption, is not).
func (s *Set) Key(ctx context.Context, kid, alg string) (any, error) {
	return s.kf.KeyfuncCtx(ctx)(&jwt.Token{Header: map[string]any{"alg": alg, "kid": kid}})
}

func (o Options) withDefaults() Options {
	if o.RefreshInterval <= 0 {
		o.RefreshInterval = DefaultRefreshInterval
	}
	if o.UnknownKIDEvery <= 0 {
		o.UnknownKIDEvery = DefaultUnknownKIDEvery
	}
	if o.HTTPTimeout <= 0 {
		o.HTTPTimeout = DefaultHTTPTimeout
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	return o
}

// client is bounded in every phase; it follows no redirects (a JWKS moved elsewhere must
// be configured again) and reads at most maxBody bytes.
func client(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		Transport: limitedBody{&http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: timeout}).DialContext,
			TLSHandshakeTimeout:   timeout,
			ResponseHeaderTimeout: timeout,
			MaxIdleConnsPerHost:   2,
			IdleConnTimeout:       time.Minute,
		}},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

type limitedBody struct{ next http.RoundTripper }

func (l limitedBody) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := l.next.RoundTrip(r)
	if err == nil {
		resp.Body = struct {
			io.Reader
			io.Closer
		}{io.LimitReader(resp.Body, maxBody), resp.Body}
	}
	return resp, err
}
