package auth

import (
	"errors"
	"net/netip"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

func TestScopePermits(t *testing.T) {
	s := &Scope{Access: Viewer, BankID: "gh.29.uk", AccountIDs: []string{"a1"},
		AllowedIPs:   []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32"), netip.MustParsePrefix("2001:db8::/32")},
		OperationIDs: []string{"getAccount", "updateLabel"}}
	local := netip.MustParseAddr("127.0.0.1")
	ok := ScopedCall{ClientIP: local, OperationID: "getAccount", BankID: "gh.29.uk", AccountID: "a1"}
	with := func(f func(c *ScopedCall)) ScopedCall { c := ok; f(&c); return c }
	for _, tc := range []struct {
		name string
		call ScopedCall
		want *obperr.Code
	}{
		{"listed call", ok, nil},
		{"IPv4 mapped in IPv6", with(func(c *ScopedCall) { c.ClientIP = netip.MustParseAddr("::ffff:127.0.0.1") }), nil},
		{"inside an IPv6 block", with(func(c *ScopedCall) { c.ClientIP = netip.MustParseAddr("2001:db8::7") }), nil},
		{"no bank or account in the path", with(func(c *ScopedCall) { c.BankID, c.AccountID = "", "" }), nil},
		{"another address", with(func(c *ScopedCall) { c.ClientIP = netip.MustParseAddr("127.0.0.2") }), obperr.ScopedTokenIPNotAllowed},
		{"unreadable address", with(func(c *ScopedCall) { c.ClientIP = netip.Addr{} }), obperr.ScopedTokenIPNotAllowed},
		{"operation not listed", with(func(c *ScopedCall) { c.OperationID = "createBank" }), obperr.ScopedTokenOperationNotAllowed},
		{"another bank", with(func(c *ScopedCall) { c.BankID = "alpen.01.de" }), obperr.ScopedTokenBankNotAllowed},
		{"another account", with(func(c *ScopedCall) { c.AccountID = "a2" }), obperr.ScopedTokenAccountNotAllowed},
		{"a Viewer writing", with(func(c *ScopedCall) { c.OperationID, c.Write = "updateLabel", true }), obperr.ScopedTokenReadOnly},
		{"upkeep of any kind", with(func(c *ScopedCall) { c.OperationID, c.Write, c.Upkeep = "refresh", true, true }), nil},
		{"upkeep from another address", with(func(c *ScopedCall) {
			c.OperationID, c.Upkeep, c.ClientIP = "refresh", true, netip.MustParseAddr("10.1.2.3")
		}), obperr.ScopedTokenIPNotAllowed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := s.Permits(tc.call)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var e *obperr.Error
			if !errors.Is(err, tc.want) && !(errors.As(err, &e) && e.Code == tc.want) {
				t.Fatalf("err = %v, want %s", err, tc.want.ID)
			}
		})
	}
	m := *s
	m.Access = Manager
	if err := m.Permits(ScopedCall{ClientIP: local, OperationID: "updateLabel", BankID: "gh.29.uk", AccountID: "a1", Write: true}); err != nil {
		t.Errorf("a Manager writing: %v", err)
	}
}
