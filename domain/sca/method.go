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

// Issue is what a method is asked to deliver: the challenge as it will be stored (id,
// purpose, user, expiry), where to, and exactly what it authorises.
type Issue struct {
	Challenge Challenge
	Recipient Recipient
	Subject   Subject
}

// Issued says how the challenge will be verified. A one-time-code method returns the
// Answer to expect: the framework keeps only its salted hash. A method verified by key
// (a sealed OTP) or decided elsewhere (a push confirmation) returns its own Ref (a TMS
// id, say), kept on the challenge with the subject's canonical data.
type Issued struct {
	Answer string
	Ref    string
}

// Method is one way of challenging a user, a strategy behind the one framework:
// how the challenge is delivered (Issue), how an answer is checked (Verify), and whether
// it is decoupled — decided on the user's device and reported through Service.Decide,
// never answered with a code through OBP's challenge endpoints. SMS, EMAIL and DUMMY are
// one-time codes; a push confirmation (TMS) or a code computed over the payment's data
// (SEALED_OTP) is another Method, and nothing that uses challenges changes.
type Method interface {
	Name() string
	Issue(ctx context.Context, in Issue) (Issued, error)
	// Verify judges an answer to c; the framework has spent an attempt on it already.
	Verify(ctx context.Context, c Challenge, answer string) (bool, error)
	Decoupled() bool
}

// Hashed is what one-time-code methods embed: the answer is compared with the stored
// salted hash in constant time, and the challenge is answered through OBP's endpoints.
type Hashed struct{}

// Verify compares answer with the challenge's salted hash.
func (Hashed) Verify(_ context.Context, c Challenge, answer string) (bool, error) {
	return c.Matches(answer), nil
}

// Decoupled is false: the user types the code where the request was made.
func (Hashed) Decoupled() bool { return false }

// OTP returns n random decimal digits.
func OTP(n int) string { return ids.Digits(n) }

// SMSMethod sends a six-digit one-time password by SMS.
type SMSMethod struct {
	Hashed
	Notifier notify.Notifier
}

func (SMSMethod) Name() string { return "SMS" }

func (m SMSMethod) Issue(ctx context.Context, in Issue) (Issued, error) {
	if in.Recipient.Phone == "" {
		return Issued{}, ErrNoPhone
	}
	otp := OTP(6)
	return Issued{Answer: otp}, m.Notifier.Send(ctx, notify.Message{Channel: notify.SMS, To: in.Recipient.Phone,
		Body: fmt.Sprintf("Your code to confirm %s is %s. It expires in 10 minutes. Never share it.", in.Subject.Summary(), otp)})
}

// EmailMethod sends a six-digit one-time password by e-mail.
type EmailMethod struct {
	Hashed
	Notifier notify.Notifier
}

func (EmailMethod) Name() string { return "EMAIL" }

func (m EmailMethod) Issue(ctx context.Context, in Issue) (Issued, error) {
	if in.Recipient.Email == "" {
		return Issued{}, ErrNoEmail
	}
	otp := OTP(6)
	return Issued{Answer: otp}, m.Notifier.Send(ctx, notify.Message{Channel: notify.Email, To: in.Recipient.Email, Subject: "Your confirmation code",
		Body: fmt.Sprintf("Your code to confirm %s is %s.\n\nIt expires in 10 minutes. Never share it.", in.Subject.Summary(), otp)})
}

// DummyAnswer is the fixed answer of the DUMMY method, as in OBP's sandbox.
const DummyAnswer = "123"

// DummyMethod expects "123" and sends nothing. It exists only on sandboxes.
type DummyMethod struct{ Hashed }

func (DummyMethod) Name() string { return "DUMMY" }

func (DummyMethod) Issue(context.Context, Issue) (Issued, error) {
	return Issued{Answer: DummyAnswer}, nil
}

type scaError string

func (e scaError) Error() string { return string(e) }

const (
	// ErrNoPhone: the SMS method needs the user's mobile number (their customer record).
	ErrNoPhone = scaError("the user has no mobile phone number to send the code to")
	// ErrNoEmail: the e-mail method needs an address.
	ErrNoEmail = scaError("the user has no e-mail address to send the code to")
	// ErrNotDecoupled: only a decoupled method's challenge is decided; the others are answered.
	ErrNotDecoupled = scaError("this challenge is answered with a code, not decided on a device")
	// ErrSettled: the challenge was answered, declined or failed already; the decision changed nothing.
	ErrSettled = scaError("the challenge is settled already")
)
