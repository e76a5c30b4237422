package view

import (
	"context"
	"errors"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

// The v4.0.0 pair names no acting view: any view the caller holds may hand the target on,
// and the subset rule still holds for the one that does.
func TestGrantOnAccountActsThroughAnyViewThatMay(t *testing.T) {
	for _, tc := range []struct {
		name   string
		caller string
		target Target
		user   string
		want   *obperr.Code // nil: granted
	}{
		{"owner grants a system view", "alice", Target{Auditor, true}, "tom", nil},
		{"owner grants a custom view", "alice", Target{"_partner", false}, "tom", nil},
		{"a custom view within the manager's permissions", "maya", Target{"_reader", false}, "tom", nil},
		{"a custom view with a permission the manager lacks", "maya", Target{"_partner", false}, "tom", obperr.SourceViewHasLessPermission},
		{"a system view no held view lists", "maya", Target{Auditor, true}, "tom", obperr.CannotGrantViewAccess},
		{"a listed system view with permissions the granter lacks", "gina", Target{Auditor, true}, "tom", obperr.SourceViewHasLessPermission},
		{"a listed system view within the granter's permissions", "gina", Target{"ReadBalances", true}, "tom", nil},
		{"no view that may grant: refused before the target is looked up", "audrey", Target{"_nobody", false}, "tom", obperr.CannotGrantViewAccess},
		{"a caller with no view", "tom", Target{Auditor, true}, "tom", obperr.CannotGrantViewAccess},
		{"is_system false for a system view", "alice", Target{Auditor, false}, "tom", obperr.ViewNotFound},
		{"is_system true for a custom view", "alice", Target{"_partner", true}, "tom", obperr.SystemViewNotFound},
		{"an unknown custom view", "alice", Target{"_nobody", false}, "tom", obperr.ViewNotFound},
		{"an unknown user", "alice", Target{Auditor, true}, "ghost", obperr.UserNotFoundByID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m, p := managedAccount()
			v, err := s.GrantOnAccount(context.Background(), acct, tc.caller, tc.user, tc.target)
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Errorf("GrantOnAccount: %v; want %s", err, tc.want.ID)
				}
				if len(m.writes) != 0 || len(*p) != 0 {
					t.Errorf("a refused grant wrote %v and told the policy %v", m.writes, *p)
				}
				return
			}
			if err != nil || v.ID != tc.target.ViewID {
				t.Fatalf("GrantOnAccount = %s, %v; want %s", v.ID, err, tc.target.ViewID)
			}
			if !m.access[Access{UserID: tc.user, BankID: "b", AccountID: "a1", ViewID: tc.target.ViewID}] || len(*p) != 1 {
				t.Errorf("access %v, policy told %v", m.access, *p)
			}
		})
	}
}

func TestRevokeOnAccountFollowsTheRevokeLists(t *testing.T) {
	for _, tc := range []struct {
		name   string
		caller string
		target Target
		want   *obperr.Code
	}{
		{"owner revokes a system view", "alice", Target{Auditor, true}, nil},
		{"the manager revokes a custom view", "maya", Target{"_reader", false}, nil},
		{"a granter that may grant but not revoke", "gina", Target{"_reader", false}, obperr.CannotRevokeViewAccess},
		{"a system view outside every revoke list", "gina", Target{Auditor, true}, obperr.CannotRevokeViewAccess},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m, p := managedAccount()
			granted := Access{UserID: "tom", BankID: "b", AccountID: "a1", ViewID: tc.target.ViewID}
			m.access[granted] = true
			err := s.RevokeOnAccount(context.Background(), acct, tc.caller, "tom", tc.target)
			if tc.want != nil {
				if !errors.Is(err, tc.want) || len(m.writes) != 0 || len(*p) != 0 || !m.access[granted] {
					t.Errorf("RevokeOnAccount: %v (want %s); wrote %v, told %v", err, tc.want.ID, m.writes, *p)
				}
				return
			}
			if err != nil || m.access[granted] {
				t.Fatalf("RevokeOnAccount: %v; access left %v", err, m.access)
			}
		})
	}
}
