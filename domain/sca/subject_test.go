package sca

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/notify"
)

var aConsent = Subject{Kind: KindConsent, Consent: &ConsentSubject{ConsentID: "k1", App: "Budget",
	Scope: []string{"view owner of account a at b", "role R1", "role R2", "role R3 at b"},
	Until: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)}}

func TestSubjectWording(t *testing.T) {
	for _, tc := range []struct {
		name          string
		s             Subject
		summary, text string
	}{
		{"payment", aPayment, "a payment of 1200.00 EUR",
			"Pay 1200.00 EUR from account bank/alice-current to Bob (IBAN:DE89370400440532013000)."},
		{"consent", aConsent,
			`a consent for the app "Budget" to use view owner of account a at b, role R1, role R2 and 1 more until 2026-02-01T00:00:00Z`,
			`Give a consent for the app "Budget" to use view owner of account a at b, role R1, role R2, role R3 at b until 2026-02-01T00:00:00Z.`},
		{"auth-context update", Subject{Kind: KindAuthContextUpdate, Update: &UpdateSubject{Key: "CUSTOMER_NUMBER", Value: "42"}},
			"a change of your CUSTOMER_NUMBER", `Set your CUSTOMER_NUMBER to "42".`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.Summary(); got != tc.summary {
				t.Errorf("Summary = %q, want %q", got, tc.summary)
			}
			if got := tc.s.Text(); got != tc.text {
				t.Errorf("Text = %q, want %q", got, tc.text)
			}
			back, err := ParseSubject(tc.s.Canonical())
			if err != nil || back.Canonical() != tc.s.Canonical() || back.Text() != tc.text {
				t.Errorf("read back %+v, %v", back, err)
			}
		})
	}
}

// An answer bound to the data is bound to every field: amounts, payees and accounts
// that differ give canonical forms that differ.
func TestCanonicalFormsDifferWithTheData(t *testing.T) {
	seen := map[string]string{}
	for name, p := range map[string]PaymentSubject{
		"as issued":     *aPayment.Payment,
		"another cent":  {Amount: money.Money{Currency: "EUR", Minor: 120001}, From: "bank/alice-current", PayeeName: "Bob", PayeeAccount: "IBAN:DE89370400440532013000"},
		"another payee": {Amount: money.Money{Currency: "EUR", Minor: 120000}, From: "bank/alice-current", PayeeName: "Eve", PayeeAccount: "IBAN:DE89370400440532013000"},
		"another IBAN":  {Amount: money.Money{Currency: "EUR", Minor: 120000}, From: "bank/alice-current", PayeeName: "Bob", PayeeAccount: "IBAN:DE89370400440532013001"},
		"another ccy":   {Amount: money.Money{Currency: "GBP", Minor: 120000}, From: "bank/alice-current", PayeeName: "Bob", PayeeAccount: "IBAN:DE89370400440532013000"},
	} {
		c := Subject{Kind: KindPayment, Payment: &p}.Canonical()
		if other, dup := seen[c]; dup {
			t.Errorf("%s and %s share the canonical form %s", name, other, c)
		}
		seen[c] = name
	}
}

type sent struct{ msgs []notify.Message }

func (s *sent) Send(_ context.Context, m notify.Message) error {
	s.msgs = append(s.msgs, m)
	return nil
}

func TestOneTimeCodeMessagesKeepTheirWording(t *testing.T) {
	box := &sent{}
	in := Issue{Recipient: Recipient{Phone: "+44", Email: "a@example.com"}, Subject: aPayment}
	sms, _ := SMSMethod{Notifier: box}.Issue(context.Background(), in)
	mail, _ := EmailMethod{Notifier: box}.Issue(context.Background(), in)
	if want := "Your code to confirm a payment of 1200.00 EUR is " + sms.Answer + ". It expires in 10 minutes. Never share it."; box.msgs[0].Body != want {
		t.Errorf("SMS %q, want %q", box.msgs[0].Body, want)
	}
	if !strings.HasPrefix(box.msgs[1].Body, "Your code to confirm a payment of 1200.00 EUR is "+mail.Answer+".\n\n") {
		t.Errorf("e-mail %q", box.msgs[1].Body)
	}
}
