package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/notifiers"
	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/sca"
)

// paymentOptions reads the payment and SCA settings (listed in the README).
func paymentOptions(errs *[]string) app.PaymentOptions {
	o := app.PaymentOptions{
		ScaMethod:         strings.ToUpper(env("OBP_SCA_METHOD", sca.DefaultMethod)),
		ScaMethodPerType:  map[string]string{},
		ThresholdDefault:  int64(envInt("OBP_CHALLENGE_THRESHOLD", payment.DefaultChallengeThreshold, errs)),
		ThresholdPerType:  map[string]int64{},
		ChallengeTTL:      envDuration("OBP_CHALLENGE_TTL", sca.DefaultTTL, errs),
		ChallengeAttempts: envInt("OBP_CHALLENGE_ATTEMPTS", sca.DefaultAttempts, errs),
		IdempotencyLease:  envDuration("OBP_IDEMPOTENCY_LEASE", idempotency.DefaultLease, errs),
		ReconcileAfter:    envDuration("OBP_RECONCILE_AFTER", 0, errs),
		ReconcileEvery:    envDuration("OBP_RECONCILE_EVERY", 0, errs),
	}
	if v := env("OBP_TRANSACTION_REQUEST_TYPES", ""); v != "" {
		for _, t := range strings.Split(v, ",") {
			t = strings.ToUpper(strings.TrimSpace(t))
			if !knownType(t) {
				*errs = append(*errs, fmt.Sprintf("OBP_TRANSACTION_REQUEST_TYPES: unknown type %q", t))
			}
			o.EnabledTypes = append(o.EnabledTypes, t)
		}
	}
	for _, t := range payment.AllTypes {
		if m := env("OBP_SCA_METHOD_"+string(t), ""); m != "" {
			o.ScaMethodPerType[string(t)] = strings.ToUpper(m)
		}
		if v := env("OBP_CHALLENGE_THRESHOLD_"+string(t), ""); v != "" {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < 0 {
				*errs = append(*errs, fmt.Sprintf("OBP_CHALLENGE_THRESHOLD_%s=%q: want a whole number of currency units", t, v))
			}
			o.ThresholdPerType[string(t)] = n
		}
	}
	if url := env("OBP_SMS_GATEWAY_URL", ""); url != "" {
		o.SMS = notifiers.NewSMSGateway(url, env("OBP_SMS_GATEWAY_USER", ""), env("OBP_SMS_GATEWAY_PASSWORD", ""))
	}
	if addr := env("OBP_SMTP_ADDR", ""); addr != "" {
		o.Email = notifiers.SMTP{Addr: addr, User: env("OBP_SMTP_USER", ""), Password: env("OBP_SMTP_PASSWORD", ""),
			From: env("OBP_SMTP_FROM", "no-reply@localhost")}
	}
	return o
}

func knownType(t string) bool {
	for _, k := range payment.AllTypes {
		if string(k) == t {
			return true
		}
	}
	return false
}
