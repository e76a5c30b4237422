package scopedtoken

import (
	"net/netip"
	"slices"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

// MinLife is the shortest life a token may be asked for.
const MinLife = time.Minute

// New is what a creator asks for: a token for UserID at the path's bank.
type New struct {
	UserID       string
	Access       string // Viewer or Manager
	AccountIDs   []string
	AllowedIPs   []string // addresses or CIDR blocks
	OperationIDs []string
	Life         time.Duration // 0: MaxLife
}

// ParseAccess reads an access right in TKEY7's words.
func ParseAccess(s string) (auth.Access, error) {
	switch a := auth.Access(s); a {
	case auth.Viewer, auth.Manager:
		return a, nil
	}
	return "", obperr.ScopedTokenInvalidAccess
}

// ParseAllowedIPs reads CIDR blocks; a bare address is itself alone (/32 or /128). An
// IPv4 address written in IPv6 form is read as IPv4, as callers' addresses are.
func ParseAllowedIPs(in []string) ([]netip.Prefix, error) {
	out := make([]netip.Prefix, 0, len(in))
	for _, s := range in {
		s = strings.TrimSpace(s)
		var p netip.Prefix
		if strings.Contains(s, "/") {
			var err error
			if p, err = netip.ParsePrefix(s); err != nil {
				return nil, obperr.ScopedTokenInvalidIP.With("%q", s)
			}
			if a := p.Addr(); a.Is4In6() {
				if p.Bits() < 96 {
					return nil, obperr.ScopedTokenInvalidIP.With("%q", s)
				}
				p = netip.PrefixFrom(a.Unmap(), p.Bits()-96)
			}
		} else {
			a, err := netip.ParseAddr(s)
			if err != nil || a.Zone() != "" {
				return nil, obperr.ScopedTokenInvalidIP.With("%q", s)
			}
			a = a.Unmap()
			p = netip.PrefixFrom(a, a.BitLen())
		}
		if p = p.Masked(); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil, obperr.ScopedTokenInvalidIP.With("allowed_ip_addresses lists none.")
	}
	return out, nil
}

// LifeOf is the life asked for, MaxLife when none is; at least MinLife, at most MaxLife.
func LifeOf(d time.Duration) (time.Duration, error) {
	switch {
	case d == 0:
		return MaxLife, nil
	case d < MinLife || d > MaxLife:
		return 0, obperr.ScopedTokenInvalidLife
	}
	return d, nil
}

// accountIDs are the listed accounts, each a valid id, once each.
func accountIDs(in []string) ([]string, error) {
	out := make([]string, 0, len(in))
	for _, id := range in {
		if !ids.Valid(id) {
			return nil, obperr.ScopedTokenInvalidAccountID.With("%q", id)
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out, nil
}

// operationIDs are the listed operations, each one served, once each.
func operationIDs(in []string, served, accountBound func(string) bool) ([]string, error) {
	out := make([]string, 0, len(in))
	for _, id := range in {
		if !served(id) {
			return nil, obperr.ScopedTokenInvalidOperation.With("%q", id)
		}
		if !accountBound(id) {
			return nil, obperr.ScopedTokenInvalidOperation.With("%q is not about one account: a scoped token may only be permitted operations whose path names the ACCOUNT_ID its accounts bound, or public ones.", id)
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return nil, obperr.ScopedTokenInvalidOperation.With("permitted_operation_ids lists none.")
	}
	return out, nil
}
