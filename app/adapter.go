package app

import (
	"crypto"
	"encoding/json"
	"fmt"
	"os"
	"time"

	jose "github.com/go-jose/go-jose/v4"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/connectors/rest"
)

// AdapterOptions configure the REST connector's calls to adapters (OBP_REST_*): the one
// adapter of OBP_CONNECTOR=rest_vMar2019, and those star's routings name by url.
type AdapterOptions struct {
	URL     string        // the adapter of OBP_CONNECTOR=rest_vMar2019
	Timeout time.Duration // per attempt; 0: 10 s
	// Signing signs every request: "none" (""), "hmac" with HMACSecret, or "jws" with the
	// server's current key (the one published at /obp/v3.1.0/certs).
	Signing    string
	HMACSecret []byte
	// AnswerSigning refuses answers not signed: "none" (""), "hmac" with HMACSecret, or
	// "jws" with a key of the adapter's JWKS (AdapterJWKSFile).
	AnswerSigning   string
	AdapterJWKSFile string
	Breaker         rest.BreakerSettings
}

// The signing modes of AdapterOptions.
const (
	SignNone = "none"
	SignHMAC = "hmac"
	SignJWS  = "jws"
)

// adapterClientOptions are the client options every adapter connector gets.
func (s *services) adapterClientOptions(o Options) ([]rest.Option, error) {
	a := o.Adapter
	opts := []rest.Option{rest.WithBreaker(a.Breaker), rest.WithLogger(o.Log)}
	if a.Timeout > 0 {
		opts = append(opts, rest.WithTimeout(a.Timeout))
	}
	switch a.Signing {
	case "", SignNone:
	case SignHMAC:
		signer, err := rest.NewHMACSigner(a.HMACSecret)
		if err != nil {
			return nil, fmt.Errorf("OBP_REST_HMAC_SECRET: %w", err)
		}
		opts = append(opts, rest.WithRequestSigning(signer))
	case SignJWS:
		opts = append(opts, rest.WithRequestSigning(rest.NewRotatingJWSSigner(func() (string, crypto.Signer) {
			if s.consentKeys == nil {
				return "", nil
			}
			id, key := s.consentKeys.SigningKey()
			return id, key
		})))
	default:
		return nil, fmt.Errorf("OBP_REST_SIGNING=%q: want none, hmac or jws", a.Signing)
	}
	switch a.AnswerSigning {
	case "", SignNone:
	case SignHMAC:
		v, err := rest.NewHMACVerifier(a.HMACSecret)
		if err != nil {
			return nil, fmt.Errorf("OBP_REST_HMAC_SECRET: %w", err)
		}
		opts = append(opts, rest.WithSignedAnswers(v))
	case SignJWS:
		raw, err := os.ReadFile(a.AdapterJWKSFile)
		if err != nil {
			return nil, fmt.Errorf("OBP_REST_ADAPTER_JWKS: %w", err)
		}
		var set jose.JSONWebKeySet
		if err := json.Unmarshal(raw, &set); err != nil {
			return nil, fmt.Errorf("OBP_REST_ADAPTER_JWKS: %w", err)
		}
		v, err := rest.NewJWSVerifier(&set)
		if err != nil {
			return nil, fmt.Errorf("OBP_REST_ADAPTER_JWKS: %w", err)
		}
		opts = append(opts, rest.WithSignedAnswers(v))
	default:
		return nil, fmt.Errorf("OBP_REST_ANSWER_SIGNING=%q: want none, hmac or jws", a.AnswerSigning)
	}
	if a.Signing == "" || a.Signing == SignNone {
		o.Log.Warn("requests to adapters are not signed (OBP_REST_SIGNING=none): an adapter cannot tell this server from anyone else who reaches it")
	}
	return opts, nil
}

// restFactory builds one REST connector per adapter url, for star's routings.
func (s *services) restFactory(opts []rest.Option) func(url string, params map[string]string) (port.Connector, error) {
	return func(url string, _ map[string]string) (port.Connector, error) {
		return rest.NewConnector(rest.NewClient(url, opts...), rest.WithOpaqueStore(s.store)), nil
	}
}
