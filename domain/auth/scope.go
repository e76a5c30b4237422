package auth

import (
	"net/netip"
	"slices"

	"github.com/obp-go/obp/domain/obperr"
)

// Access is a scoped token's access right (TKEY7's words).
type Access string

const (
	// Viewer tokens read only.
	Viewer Access = "Viewer"
	// Manager tokens read and write.
	Manager Access = "Manager"
)

// Scope is what a scoped access token narrows its user to: one bank, listed accounts,
// listed client addresses and listed operations, reads only for a Viewer. It only
// narrows: every guard the user would meet still applies.
type Scope struct {
	TokenID string
	// CreatedBy is the user who made the token and was handed its value: the guards let
	// a scoped call through a view or a role only when its creator holds it too, so the
	// token never carries more than its creator could hand on.
	CreatedBy    string
	Access       Access
	BankID       string
	AccountIDs   []string
	AllowedIPs   []netip.Prefix
	OperationIDs []string
}

// ScopedCall is what a scope is checked against: the caller's address and the call's
// operation, bank and account (from the path; "" where the path names none), and
// whether it writes.
type ScopedCall struct {
	ClientIP    netip.Addr
	OperationID string
	BankID      string
	AccountID   string
	Write       bool
	// Upkeep is the token's own upkeep (refreshing it): whatever the operations listed
	// and the access right, a holder must be able to keep the token alive, so only the
	// address limit applies.
	Upkeep bool
}

// Permits is nil when the scope allows the call, else the refusal naming the limit.
// An operation must be listed; a bank or an account in the path must be the token's.
func (s *Scope) Permits(c ScopedCall) error {
	switch {
	case !s.allowsIP(c.ClientIP):
		return obperr.ScopedTokenIPNotAllowed
	case c.Upkeep:
		return nil
	case !slices.Contains(s.OperationIDs, c.OperationID):
		return obperr.ScopedTokenOperationNotAllowed.With("%s", c.OperationID)
	case c.BankID != "" && c.BankID != s.BankID:
		return obperr.ScopedTokenBankNotAllowed
	case c.AccountID != "" && !slices.Contains(s.AccountIDs, c.AccountID):
		return obperr.ScopedTokenAccountNotAllowed
	case c.Write && s.Access != Manager:
		return obperr.ScopedTokenReadOnly
	}
	return nil
}

func (s *Scope) allowsIP(ip netip.Addr) bool {
	ip = ip.Unmap()
	for _, p := range s.AllowedIPs {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}
