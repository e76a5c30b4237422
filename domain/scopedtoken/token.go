// Package scopedtoken is TKEY7-style scoped access tokens: a user holding
// CanCreateScopedAccessToken at a bank hands a user a bearer token narrowed to that bank,
// listed accounts, client addresses and operations, reads only (Viewer) or reads and
// writes (Manager). A token lives at most 24 hours and is revoked unless refreshed every
// 15 minutes. Only the SHA-256 of its value is stored, and its state is read from the
// database on every call, so a revocation holds on every server process at once.
package scopedtoken

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/netip"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

const (
	// Prefix marks a scoped token's value, so that it is recognised without a lookup
	// (and by secret scanners).
	Prefix = "obp_st_"
	// MaxLife is the longest a token lives, refreshed or not (TKEY7's 24-hour session).
	MaxLife = 24 * time.Hour
	// RefreshWindow is how long a token stays good without a refresh.
	RefreshWindow = 15 * time.Minute

	valueBytes = 32
)

// Token is one scoped access token, without its value.
type Token struct {
	ID              string
	CreatedByUserID string
	UserID          string
	// ConsumerID is the app the creator used: the token's calls count against its
	// limits, and disabling it stops the token.
	ConsumerID    string
	BankID        string
	Access        auth.Access
	AccountIDs    []string
	AllowedIPs    []netip.Prefix
	OperationIDs  []string
	CreatedAt     time.Time
	ExpiresAt     time.Time
	RefreshBefore time.Time
	RevokedAt     *time.Time
}

// Issued is a new token with its value, shown once.
type Issued struct {
	Token
	Value string
}

// Held is a token found by its value, with what decides whether its caller may still
// call: the user's lock and the consumer's state and limits.
type Held struct {
	Token
	Username        string
	UserLocked      bool
	ConsumerEnabled bool
	PerMinuteLimit  int
	PerHourLimit    int
}

// Status names a token's state for its creator.
type Status string

// The states of a token.
const (
	Active Status = "ACTIVE"
	// Revoked by its creator.
	Revoked Status = "REVOKED"
	// Lapsed: not refreshed within RefreshWindow, so revoked.
	Lapsed Status = "LAPSED"
	// Expired: past its life.
	Expired Status = "EXPIRED"
)

// Status is the token's state at now. A lapsed token is marked revoked at its
// refresh_before, so a revocation at or after that instant is a lapse, not the creator's.
func (t Token) Status(now time.Time) Status {
	if t.RevokedAt != nil {
		switch {
		case !t.RevokedAt.Before(t.ExpiresAt):
			return Expired
		case !t.RevokedAt.Before(t.RefreshBefore):
			return Lapsed
		}
		return Revoked
	}
	switch {
	case !now.Before(t.ExpiresAt):
		return Expired
	case !now.Before(t.RefreshBefore):
		return Lapsed
	}
	return Active
}

// refusal is nil for a token good at now, else why it is refused.
func (t Token) refusal(now time.Time) error {
	switch t.Status(now) {
	case Revoked:
		return obperr.ScopedTokenRevoked
	case Lapsed:
		return obperr.ScopedTokenNotRefreshed.With("It had to be refreshed before %s.", t.RefreshBefore.UTC().Format(time.RFC3339))
	case Expired:
		return obperr.ScopedTokenExpired.With("It expired at %s.", t.ExpiresAt.UTC().Format(time.RFC3339))
	}
	return nil
}

// nextRefreshBefore is how long a refresh at now keeps the token: a window from now,
// never past its life.
func (t Token) nextRefreshBefore(now time.Time) time.Time {
	if until := now.Add(RefreshWindow); until.Before(t.ExpiresAt) {
		return until
	}
	return t.ExpiresAt
}

// Scope is what the token narrows its user to.
func (t Token) Scope() *auth.Scope {
	return &auth.Scope{TokenID: t.ID, CreatedBy: t.CreatedByUserID, Access: t.Access, BankID: t.BankID, AccountIDs: t.AccountIDs,
		AllowedIPs: t.AllowedIPs, OperationIDs: t.OperationIDs}
}

// newValue is a fresh token value and the hash that is stored in its place.
func newValue() (value, hash string) {
	value = Prefix + base64.RawURLEncoding.EncodeToString(ids.Bytes(valueBytes))
	return value, Hash(value)
}

// Hash is what is stored of a value: its SHA-256, hex. A value is 256 random bits, so a
// plain hash cannot be reversed or guessed; no salt is needed, and a lookup is one index.
func Hash(value string) string {
	sum := sha256.Sum256([]byte(value))
	return hex.EncodeToString(sum[:])
}

// Recognises is whether the value has a scoped token's form: the prefix.
func Recognises(value string) bool { return strings.HasPrefix(value, Prefix) }

// wellFormed is whether the value is the prefix and 32 bytes of base64url.
func wellFormed(value string) bool {
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(value, Prefix))
	return Recognises(value) && err == nil && len(raw) == valueBytes
}
