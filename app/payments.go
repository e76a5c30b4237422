package app

import (
	"fmt"
	"strings"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/notify"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/seal"
	"github.com/obp-go/obp/domain/tms"
)

// wirePayments builds the SCA methods, their notifiers and the payment service.
func (s *services) wirePayments(o Options) error {
	po := o.Payments
	s.mappedConn.SetChallengeThresholds(mapped.Thresholds{Default: po.ThresholdDefault, PerType: po.ThresholdPerType})
	box := mapped.NewOutbox(o.DB, clock.Clock(o.Now))
	route := notify.ByChannel{notify.SMS: po.SMS, notify.Email: po.Email}
	for ch, n := range route {
		if n == nil {
			route[ch] = box
			s.outbox = box
		}
	}
	methods := map[string]sca.Method{"SMS": sca.SMSMethod{Notifier: route}, "EMAIL": sca.EmailMethod{Notifier: route}}
	if o.Sandbox {
		methods["DUMMY"] = sca.DummyMethod{} // fixed answer "123": sandboxes only
	}
	methods[tms.MethodName] = tms.SCAMethod{TMS: s.tms}     // push confirmation on an enrolled device
	methods[seal.MethodName] = seal.SCAMethod{Seal: s.seal} // a code the user's app computes over the data
	for name, m := range po.ExtraMethods {
		if strings.ToUpper(name) != m.Name() {
			return fmt.Errorf("SCA method %q is offered under the name %q", m.Name(), name)
		}
		methods[m.Name()] = m
	}
	def := strings.ToUpper(po.ScaMethod)
	if def == "" {
		def = sca.DefaultMethod
	}
	for _, name := range append([]string{def}, values(po.ScaMethodPerType)...) {
		if _, ok := methods[strings.ToUpper(name)]; !ok {
			return fmt.Errorf("SCA method %q is not available (SMS, EMAIL, TMS, SEALED_OTP; DUMMY only with OBP_SANDBOX=true)", name)
		}
	}
	perType := map[string]string{}
	for t, m := range po.ScaMethodPerType {
		perType[strings.ToUpper(t)] = strings.ToUpper(m)
	}
	enabled := map[payment.Type]bool{}
	if po.EnabledTypes == nil {
		for _, t := range payment.AllTypes {
			enabled[t] = true
		}
	}
	for _, t := range po.EnabledTypes {
		enabled[payment.Type(strings.ToUpper(strings.TrimSpace(t)))] = true
	}
	s.challenges = sca.NewService(s.store, sca.Config{Methods: methods, Default: def, PerType: perType, TTL: po.ChallengeTTL,
		Attempts: po.ChallengeAttempts}, clock.Clock(o.Now))
	var recording payment.RecordingLedger
	if s.conn == payment.Connector(s.mappedConn) {
		// The ledger and the requests share one database: a payment commits once. Under
		// method routing a bank's ledger may be elsewhere, so requests are recorded apart.
		recording = s.mappedConn
	}
	s.payments = payment.NewService(payment.Deps{
		Store: s.store, Conn: s.conn, Accounts: s.conn, Payees: payees{s.conn}, Contacts: contacts{s.store, s.customers},
		Challenges: s.challenges,
		Checks:     s.roles, Access: s.store, Legs: s.conn, Banks: s.conn, Limits: s.store, Recording: recording, EnabledTypes: enabled, Log: o.Log, Clock: clock.Clock(o.Now),
	})
	return nil
}

func values(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// stuckAfter is how long a request may stay PROCESSING before it is reconciled: far
// longer than posting a payment takes.
const stuckAfter = 2 * time.Minute
