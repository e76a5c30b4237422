package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/rest"
	"github.com/obp-go/obp/connectors/star"
)

// adapterOptions reads how the REST connector calls adapters (listed in the README).
func adapterOptions(connector string, errs *[]string) app.AdapterOptions {
	o := app.AdapterOptions{
		URL:             env("OBP_REST_ADAPTER_URL", ""),
		Timeout:         envDuration("OBP_REST_TIMEOUT", 10*time.Second, errs),
		Signing:         strings.ToLower(env("OBP_REST_SIGNING", app.SignNone)),
		HMACSecret:      []byte(env("OBP_REST_HMAC_SECRET", "")),
		AnswerSigning:   strings.ToLower(env("OBP_REST_ANSWER_SIGNING", app.SignNone)),
		AdapterJWKSFile: env("OBP_REST_ADAPTER_JWKS", ""),
		Breaker: rest.BreakerSettings{
			Failures: uint32(envInt("OBP_REST_BREAKER_FAILURES", 5, errs)),
			Open:     envDuration("OBP_REST_BREAKER_OPEN", 30*time.Second, errs),
		},
	}
	switch connector {
	case mapped.Name, star.Name:
	case rest.Name, "rest":
		if o.URL == "" {
			*errs = append(*errs, "OBP_CONNECTOR="+connector+" needs OBP_REST_ADAPTER_URL")
		}
	default:
		*errs = append(*errs, fmt.Sprintf("OBP_CONNECTOR=%q: want %s, %s or %s", connector, mapped.Name, star.Name, rest.Name))
	}
	for name, mode := range map[string]string{"OBP_REST_SIGNING": o.Signing, "OBP_REST_ANSWER_SIGNING": o.AnswerSigning} {
		switch mode {
		case app.SignNone, app.SignJWS:
		case app.SignHMAC:
			if len(o.HMACSecret) < rest.MinHMACSecret {
				*errs = append(*errs, fmt.Sprintf("%s=hmac needs OBP_REST_HMAC_SECRET of at least %d bytes", name, rest.MinHMACSecret))
			}
		default:
			*errs = append(*errs, fmt.Sprintf("%s=%q: want none, hmac or jws", name, mode))
		}
	}
	if o.AnswerSigning == app.SignJWS && o.AdapterJWKSFile == "" {
		*errs = append(*errs, "OBP_REST_ANSWER_SIGNING=jws needs OBP_REST_ADAPTER_JWKS (the adapter's public keys)")
	}
	return o
}
