package sca

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/money"
)

// Kind is what a challenge authorises.
type Kind string

const (
	KindPayment           Kind = "PAYMENT"
	KindConsent           Kind = "CONSENT"
	KindAuthContextUpdate Kind = "AUTH_CONTEXT_UPDATE"
)

// Subject is exactly what a challenge authorises, structured: a method shows it (Text),
// sends it (Summary) or binds its answer to it (Canonical). One of Payment, Consent or
// Update is set, as Kind says.
type Subject struct {
	Kind Kind
	// BankID is the bank whose customer authorises ("" when none: a consent made at no
	// bank); a method that works per bank (a push confirmation's tenant) needs it.
	BankID  string
	Payment *PaymentSubject
	Consent *ConsentSubject
	Update  *UpdateSubject
}

// PaymentSubject is a payment as its payer authorises it.
type PaymentSubject struct {
	Amount       money.Money
	From         string // the account debited: BANK_ID/ACCOUNT_ID
	PayeeName    string // "" when the payee is an account known by its routing alone
	PayeeAccount string // SCHEME:ADDRESS, e.g. IBAN:DE89..., OBP:BANK_ID/ACCOUNT_ID
}

// ConsentSubject is a consent as its giver authorises it.
type ConsentSubject struct {
	ConsentID string
	App       string   // the app's name
	Scope     []string // each grant in words: "view owner of account a at bank b", "role R"
	Until     time.Time
}

// UpdateSubject is a change of the user's auth context.
type UpdateSubject struct {
	Key, Value string
}

// consentShown is how many grants the short wording names before "and N more".
const consentShown = 3

// Summary is the short wording the one-time-code messages (SMS, e-mail) carry after
// "Your code to confirm ": the same words as before subjects were structured.
func (s Subject) Summary() string {
	switch {
	case s.Payment != nil:
		return "a payment of " + s.Payment.Amount.String() + " " + s.Payment.Amount.Currency
	case s.Consent != nil:
		return s.Consent.sentence(consentShown)
	case s.Update != nil:
		return "a change of your " + s.Update.Key
	}
	return "a request"
}

// Text is the whole sentence a method shows the user to authorise: amount, currency,
// payee and account of a payment; the app and every grant of a consent.
func (s Subject) Text() string {
	switch {
	case s.Payment != nil:
		p := s.Payment
		payee := p.PayeeAccount
		if p.PayeeName != "" {
			payee = p.PayeeName + " (" + p.PayeeAccount + ")"
		}
		return fmt.Sprintf("Pay %s %s from account %s to %s.", p.Amount.String(), p.Amount.Currency, p.From, payee)
	case s.Consent != nil:
		return "Give " + s.Consent.sentence(len(s.Consent.Scope)) + "."
	case s.Update != nil:
		return fmt.Sprintf("Set your %s to %q.", s.Update.Key, s.Update.Value)
	}
	return "Confirm a request."
}

func (c ConsentSubject) sentence(shown int) string {
	list := "nothing"
	switch {
	case len(c.Scope) > shown:
		list = strings.Join(c.Scope[:shown], ", ") + fmt.Sprintf(" and %d more", len(c.Scope)-shown)
	case len(c.Scope) > 0:
		list = strings.Join(c.Scope, ", ")
	}
	return fmt.Sprintf("a consent for the app %q to use %s until %s", c.App, list, c.Until.UTC().Format(time.RFC3339))
}

// subjectWire is the canonical JSON form: fixed field order, amounts as decimal strings.
type subjectWire struct {
	Kind    Kind         `json:"kind"`
	Payment *paymentWire `json:"payment,omitempty"`
	Consent *consentWire `json:"consent,omitempty"`
	Update  *updateWire  `json:"update,omitempty"`
}

type paymentWire struct {
	Amount       string `json:"amount"`
	Currency     string `json:"currency"`
	From         string `json:"from"`
	PayeeName    string `json:"payee_name"`
	PayeeAccount string `json:"payee_account"`
}

type consentWire struct {
	ConsentID string   `json:"consent_id"`
	App       string   `json:"app"`
	Scope     []string `json:"scope"`
	Until     string   `json:"until"`
}

type updateWire struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Canonical is the subject's one JSON form, kept with the challenge: a method verified
// by key checks that the answer was computed over exactly these data.
func (s Subject) Canonical() string {
	w := subjectWire{Kind: s.Kind}
	if p := s.Payment; p != nil {
		w.Payment = &paymentWire{Amount: p.Amount.String(), Currency: p.Amount.Currency, From: p.From,
			PayeeName: p.PayeeName, PayeeAccount: p.PayeeAccount}
	}
	if c := s.Consent; c != nil {
		w.Consent = &consentWire{ConsentID: c.ConsentID, App: c.App, Scope: append([]string{}, c.Scope...),
			Until: c.Until.UTC().Format(time.RFC3339)}
	}
	if u := s.Update; u != nil {
		w.Update = &updateWire{Key: u.Key, Value: u.Value}
	}
	b, _ := json.Marshal(w) // strings and slices of strings only: cannot fail
	return string(b)
}

// ParseSubject reads a subject's canonical form back.
func ParseSubject(canonical string) (Subject, error) {
	var w subjectWire
	if err := json.Unmarshal([]byte(canonical), &w); err != nil {
		return Subject{}, fmt.Errorf("challenge subject: %w", err)
	}
	s := Subject{Kind: w.Kind}
	if p := w.Payment; p != nil {
		amount, err := money.Parse(p.Amount, p.Currency)
		if err != nil {
			return Subject{}, fmt.Errorf("challenge subject amount: %w", err)
		}
		s.Payment = &PaymentSubject{Amount: amount, From: p.From, PayeeName: p.PayeeName, PayeeAccount: p.PayeeAccount}
	}
	if c := w.Consent; c != nil {
		until, err := time.Parse(time.RFC3339, c.Until)
		if err != nil {
			return Subject{}, fmt.Errorf("challenge subject expiry: %w", err)
		}
		s.Consent = &ConsentSubject{ConsentID: c.ConsentID, App: c.App, Scope: c.Scope, Until: until}
	}
	if u := w.Update; u != nil {
		s.Update = &UpdateSubject{Key: u.Key, Value: u.Value}
	}
	return s, nil
}
