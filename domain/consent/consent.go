// Package consent is OBP's consents: a user lets an app (a consumer) act for them within
// named views and roles, confirmed with a one-time code through the challenge framework,
// for a limited time; the app then presents the Consent-JWT. A consent has a user of its
// own that holds exactly what it grants — never more than its creator holds — so every
// guard of the server applies to it unchanged.
package consent

import (
	"strings"
	"time"
)

// Status is where a consent is in its life. OBP's four are stored; EXPIRED is reported
// for an accepted or initiated consent past its end.
type Status string

const (
	Initiated Status = "INITIATED"
	Accepted  Status = "ACCEPTED"
	Rejected  Status = "REJECTED"
	Revoked   Status = "REVOKED"
	Expired   Status = "EXPIRED"
)

// ParseStatus reads a status as a client writes it: OBP's names, or the Berlin Group's.
func ParseStatus(s string) (Status, bool) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "INITIATED", "RECEIVED":
		return Initiated, true
	case "ACCEPTED", "VALID", "AUTHORISED":
		return Accepted, true
	case "REJECTED":
		return Rejected, true
	case "REVOKED", "REVOKEDBYPSU", "TERMINATEDBYTPP":
		return Revoked, true
	case "EXPIRED":
		return Expired, true
	}
	return "", false
}

// BerlinGroup is the status's name on the Berlin Group surface (kept for that surface).
func (s Status) BerlinGroup() string {
	switch s {
	case Initiated:
		return "received"
	case Accepted:
		return "valid"
	case Rejected:
		return "rejected"
	case Revoked:
		return "revokedByPsu"
	case Expired:
		return "expired"
	}
	return strings.ToLower(string(s))
}

// SCA methods a consent may be confirmed with.
const (
	SMS      = "SMS"
	Email    = "EMAIL"
	Implicit = "IMPLICIT"
)

// ChallengeType is OBP's challenge_type for consents.
const ChallengeType = "OBP_CONSENT_CHALLENGE"

// ViewGrant is access to one view of one account.
type ViewGrant struct {
	BankID    string `json:"bank_id"`
	AccountID string `json:"account_id"`
	ViewID    string `json:"view_id"`
}

// RoleGrant is one role, at a bank or system-wide (BankID "").
type RoleGrant struct {
	RoleName string `json:"role_name"`
	BankID   string `json:"bank_id"`
}

// Consent is one consent.
type Consent struct {
	ID         string
	BankID     string // the bank it was created at ("" for /my/consents)
	CreatedBy  string // the user who gave it
	UserID     string // its own user (the JWT's sub), created when it is accepted
	ConsumerID string // the app it is for (the JWT's aud)
	RequestID  string // the consent request it came from, if any
	Status     Status
	Method     string // SMS, EMAIL, IMPLICIT
	Claims     Claims
	KeyID      string // the key that signs its JWT
	// VRP consents pay one payee through a view of their own, within limits.
	VRP bool
	// CounterpartyIDs are the payees a VRP consent may pay (OBP's helper_info).
	CounterpartyIDs []string
	FrequencyPerDay int // uses allowed per day; 0: no limit
	APIStandard     string
	APIVersion      string
	LastUsedAt      *time.Time
	LastActionAt    time.Time
	CreatedAt       time.Time
	// JWT is the Consent-JWT, signed again when a consent is answered; never stored.
	JWT string
}

// ValidFrom is when the consent starts (nbf).
func (c Consent) ValidFrom() time.Time { return time.Unix(c.Claims.NotBefore, 0).UTC() }

// ExpiresAt is when the consent ends (exp).
func (c Consent) ExpiresAt() time.Time { return time.Unix(c.Claims.Expires, 0).UTC() }

// Reported is the status a client is told: EXPIRED once a live consent is past its end.
func (c Consent) Reported(now time.Time) Status {
	if (c.Status == Accepted || c.Status == Initiated) && !now.Before(c.ExpiresAt()) {
		return Expired
	}
	return c.Status
}

// Live is whether the consent may still be accepted or used.
func (c Consent) Live() bool { return c.Status == Initiated || c.Status == Accepted }
