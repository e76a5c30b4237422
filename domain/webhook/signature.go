package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"
)

// The headers every delivery carries.
const (
	SignatureHeader  = "X-OBP-Signature"   // t=<unix seconds>,v1=<hex HMAC-SHA256>
	DeliveryIDHeader = "X-OBP-Delivery-Id" // the same on every retry: receivers dedupe on it
	EventHeader      = "X-OBP-Event"
)

// DefaultTolerance is how far a signature's timestamp may be from the receiver's clock.
const DefaultTolerance = 5 * time.Minute

var (
	ErrSignatureMalformed = errors.New("webhook signature header malformed")
	ErrSignatureExpired   = errors.New("webhook signature timestamp outside the tolerance")
	ErrSignatureMismatch  = errors.New("webhook signature does not match the body")
)

// Sign returns the X-OBP-Signature value for body sent at t: the HMAC-SHA256, keyed with
// the owner's secret, of the decimal unix time, a dot and the body.
func Sign(secret []byte, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + hex.EncodeToString(mac(secret, ts, body))
}

func mac(secret []byte, ts string, body []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(ts))
	m.Write([]byte("."))
	m.Write(body)
	return m.Sum(nil)
}

// Verify checks an X-OBP-Signature header against the body as received: the timestamp
// must be within tolerance of now (DefaultTolerance when tolerance <= 0), which refuses
// replays of old deliveries, and one of its v1 values must be the body's HMAC.
func Verify(secret []byte, header string, body []byte, now time.Time, tolerance time.Duration) error {
	if tolerance <= 0 {
		tolerance = DefaultTolerance
	}
	var ts string
	var sigs [][]byte
	for part := range strings.SplitSeq(header, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		switch {
		case !ok:
			return ErrSignatureMalformed
		case k == "t":
			ts = v
		case k == "v1":
			sig, err := hex.DecodeString(v)
			if err != nil {
				return ErrSignatureMalformed
			}
			sigs = append(sigs, sig)
		}
	}
	unix, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || len(sigs) == 0 {
		return ErrSignatureMalformed
	}
	if age := now.Sub(time.Unix(unix, 0)); age > tolerance || age < -tolerance {
		return ErrSignatureExpired
	}
	want := mac(secret, ts, body)
	for _, sig := range sigs {
		if hmac.Equal(sig, want) {
			return nil
		}
	}
	return ErrSignatureMismatch
}
