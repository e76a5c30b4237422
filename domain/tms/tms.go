// Package tms is transaction confirmation on an enrolled device, after KOBIL's TMS: a
// relying party starts a TMS for a user at a bank (KOBIL's tenant); one of the user's
// enrolled devices retrieves it, shows its text, and answers ACCEPT or DECLINE with a CMS
// SignedData over that text carrying the TMS, user and device ids as signed attributes.
// The server checks the signature against the bank's issuing CA before anything changes
// and hands the device's bytes on unchanged, so that the relying party can check them
// offline with nothing but the CA certificate.
package tms

import (
	"encoding/json"
	"time"
)

// Status is where a TMS is: STARTED -> RETRIEVED -> ACCEPTED | DECLINED, or EXPIRED.
type Status string

// The statuses, KOBIL's names.
const (
	Started   Status = "STARTED"
	Retrieved Status = "RETRIEVED"
	Accepted  Status = "ACCEPTED"
	Declined  Status = "DECLINED"
	Expired   Status = "EXPIRED"
)

// Pending reports whether the TMS still waits for its device.
func (s Status) Pending() bool { return s == Started || s == Retrieved }

// Defaults of the start request, KOBIL's.
const (
	DefaultRetrievalTimeout = 300 // seconds from start to retrieval
	DefaultTmsTimeout       = 600 // seconds from retrieval to the answer
	NoFreshnessRequirement  = -1
)

// Data is what the device shows: the text it signs, whether it comes from an external
// party, and free data the relying party passes through (a JSON object).
type Data struct {
	Text     string
	External bool
	Data     json.RawMessage
}

// TMS is one transaction confirmation.
type TMS struct {
	ID         string // a ULID
	BankID     string // the tenant
	UserID     string
	ConsumerID string // the app that started it ("" when started from Go)
	Data       Data

	RetrievalTimeout int // seconds
	TmsTimeout       int // seconds
	// RequireExplicitAuthentication: the answering token must come from a password login
	// made after the TMS started. RequireFreshnessOfAuthentication (seconds, -1 none): the
	// answering token may be at most that old.
	RequireExplicitAuthentication    bool
	RequireFreshnessOfAuthentication int
	AuditMessage                     string

	Status      Status
	StartedAt   time.Time
	RetrieveBy  time.Time  // StartedAt + RetrievalTimeout
	RetrievedAt *time.Time //
	AnswerBy    *time.Time // RetrievedAt + TmsTimeout
	CompletedAt *time.Time // answered, or the deadline that passed
	CompletedBy string     // the answering device's id
	SignedData  []byte     // the device's CMS SignedData, as it sent it
}

// Due is the deadline a pending TMS expires at.
func (t TMS) Due() time.Time {
	if t.Status == Retrieved && t.AnswerBy != nil {
		return *t.AnswerBy
	}
	return t.RetrieveBy
}

// ExpiredAt reports whether a pending TMS is past its deadline at now.
func (t TMS) ExpiredAt(now time.Time) bool { return t.Status.Pending() && !now.Before(t.Due()) }

// expire is t as it stands once its deadline passed.
func (t TMS) expire() TMS {
	due := t.Due()
	t.Status, t.CompletedAt = Expired, &due
	return t
}
