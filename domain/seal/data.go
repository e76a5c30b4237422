package seal

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/sca"
)

// SuiteText is the sealing suite: HMAC-SHA-256, 8 digits, a 64-hex-digit question (the
// SHA-256 of the sealed data) and a 30-second time step.
const SuiteText = "OCRA-1:HOTP-SHA256-8:QH64-T30S"

// suite is SuiteText parsed; it cannot fail.
var suite = func() Suite {
	s, err := ParseSuite(SuiteText)
	if err != nil {
		panic(err)
	}
	return s
}()

// Window is how many time steps before and after the verifier's step a code may be from.
const Window = 1

// Step is the suite's time step.
const Step = 30 * time.Second

// Data is the sealed data string of what a challenge authorises, as the app builds it from
// what it shows: fields joined by "|", each with "\" and "|" escaped by a "\".
//
//	PAYMENT|<amount>|<currency>|<payee account>|<payee name>   e.g. PAYMENT|1000.00|GBP|OBP:gh.29.uk/omar-current|
//	CONSENT|<consent id>|<app name>
//	AUTH_CONTEXT_UPDATE|<key>|<value>
//
// The amount is written with the currency's decimals (1000.00 GBP, 5 JPY).
func Data(s sca.Subject) string {
	switch {
	case s.Payment != nil:
		p := s.Payment
		return join("PAYMENT", p.Amount.String(), p.Amount.Currency, p.PayeeAccount, p.PayeeName)
	case s.Consent != nil:
		return join("CONSENT", s.Consent.ConsentID, s.Consent.App)
	case s.Update != nil:
		return join("AUTH_CONTEXT_UPDATE", s.Update.Key, s.Update.Value)
	}
	return join(string(s.Kind))
}

var escaper = strings.NewReplacer(`\`, `\\`, `|`, `\|`)

func join(fields ...string) string {
	for i, f := range fields {
		fields[i] = escaper.Replace(f)
	}
	return strings.Join(fields, "|")
}

// Question is the OCRA question for data: the SHA-256 of its UTF-8 bytes, 64 hex digits.
func Question(data string) string {
	sum := sha256.Sum256([]byte(data))
	return hex.EncodeToString(sum[:])
}

// Code is the code an app computes with key over data at t.
func Code(key []byte, data string, t time.Time) string {
	c, _ := suite.Compute(key, Input{Question: Question(data), Time: t}) // a 64-hex-digit question cannot fail
	return c
}
