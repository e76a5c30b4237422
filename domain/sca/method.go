package sca

import (
	"context"
	"fmt"

	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/notify"
)

// Recipient is whom a challenge goes to, and where.
type Recipient struct {
	UserID string
	Phone  string
	Email  string
}

// Method is one way of challenging a user: it makes the expected answer and delivers
// the challenge. A push confirmation (KOBIL TMS) or a sealed OTP bound to the payment
// data (inWebo) is another Method; nothing that uses challenges changes.
type Method interface {
	Name() string
	// Issue returns the answer to expect (hashed by the caller, never stored in clear)
	// after delivering the challenge to the recipient.
	Issue(ctx context.Context, to Recipient, about string) (answer string, err error)
}

// OTP returns n random decimal digits.
func OTP(n int) string { return ids.Digits(n) }

// SMSMethod sends a six-digit one-time password by SMS.
type SMSMethod struct{ Notifier notify.Notifier }

func (SMSMethod) Name() string { return "SMS" }

func (m SMSMethod) Issue(ctx context.Context, to Recipient, about string) (string, error) {
	if to.Phone == "" {
		return "", ErrNoPhone
	}
	otp := OTP(6)
	return otp, m.Notifier.Send(ctx, notify.Message{Channel: notify.SMS, To: to.Phone,
		Body: fmt.Sprintf("Your code to confirm %s is %s. It expires in 10 minutes. Never share it.", about, otp)})
}

// EmailMethod sends a six-digit one-time password by e-mail.
type EmailMethod struct{ Notifier notify.Notifier }

func (EmailMethod) Name() string { return "EMAIL" }

func (m EmailMethod) Issue(ctx context.Context, to Recipient, about string) (string, error) {
	if to.Email == "" {
		return "", ErrNoEmail
	}
	otp := OTP(6)
	return otp, m.Notifier.Send(ctx, notify.Message{Channel: notify.Email, To: to.Email, Subject: "Your confirmation code",
		Body: fmt.Sprintf("Your code to confirm %s is %s.\n\nIt expires in 10 minutes. Never share it.", about, otp)})
}

// DummyAnswer is the fixed answer of the DUMMY method, as in OBP's sandbox.
const DummyAnswer = "123"

// DummyMethod expects "123" and sends nothing. It exists only on sandboxes.
type DummyMethod struct{}

func (DummyMethod) Name() string { return "DUMMY" }

func (DummyMethod) Issue(context.Context, Recipient, string) (string, error) { return DummyAnswer, nil }

type scaError string

func (e scaError) Error() string { return string(e) }

const (
	// ErrNoPhone: the SMS method needs the user's mobile number (their customer record).
	ErrNoPhone = scaError("the user has no mobile phone number to send the code to")
	// ErrNoEmail: the e-mail method needs an address.
	ErrNoEmail = scaError("the user has no e-mail address to send the code to")
)
