package view

import (
	"context"
	"errors"
	"testing"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
)

var acct = account.Ref{BankID: "b", AccountID: "a1"}

const canSeeRequests = "can_see_transaction_requests" // a permission ManageCustomViews lacks

// managedAccount is account b/a1 where alice holds owner, maya ManageCustomViews, audrey
// auditor and gina _granter, a custom view that may grant auditor (but not revoke it) and
// grant custom views (but not revoke them). tom holds nothing.
func managedAccount() (*Service, *viewMemory, *policyLog) {
	m := &viewMemory{
		custom: map[string]View{
			"_partner": {ID: "_partner", BankID: "b", AccountID: "a1", Allowed: map[Permission]bool{canSeeRequests: true, CanSeeBalance: true}},
			"_reader":  {ID: "_reader", BankID: "b", AccountID: "a1", Allowed: map[Permission]bool{CanSeeBalance: true}},
			"_granter": {ID: "_granter", BankID: "b", AccountID: "a1",
				Allowed:               map[Permission]bool{CanGrantAccessToCustomViews: true, CanSeeBalance: true, "can_see_bank_account_currency": true},
				CanGrantAccessToViews: []string{Auditor, "ReadBalances"}, CanRevokeAccessToViews: []string{}},
		},
		access: map[Access]bool{},
		held:   map[string][]string{"alice": {Owner}, "maya": {ManageCustomViews}, "audrey": {Auditor}, "gina": {"_granter"}},
	}
	p := &policyLog{}
	users := directory{"alice": true, "maya": true, "audrey": true, "gina": true, "tom": true}
	return NewService(m, users, users, users, p, m), m, p
}

func as(userID, viewID string) Acting { return Acting{UserID: userID, ViewID: viewID} }

func TestGrantFollowsTheActingViewsGrantRules(t *testing.T) {
	for _, tc := range []struct {
		name   string
		as     Acting
		target string
		user   string
		want   *obperr.Code // nil: granted
	}{
		{"owner grants a system view in its list", as("alice", Owner), Auditor, "tom", nil},
		{"owner grants a custom view", as("alice", Owner), "_partner", "tom", nil},
		{"a system view outside the acting view's list", as("maya", ManageCustomViews), Auditor, "tom", obperr.CannotGrantViewAccess},
		{"a custom view without can_grant_access_to_custom_views", as("audrey", Auditor), "_reader", "tom", obperr.CannotGrantViewAccess},
		{"a custom view within the acting view's permissions", as("maya", ManageCustomViews), "_reader", "tom", nil},
		{"a custom view with a permission the acting view lacks", as("maya", ManageCustomViews), "_partner", "tom", obperr.SourceViewHasLessPermission},
		{"a system view in the list with permissions the acting view lacks", as("gina", "_granter"), Auditor, "tom", obperr.SourceViewHasLessPermission},
		{"a system view in the list within the acting view's permissions", as("gina", "_granter"), "ReadBalances", "tom", nil},
		{"an acting view the caller does not hold", as("tom", Owner), Auditor, "tom", obperr.UserNoPermissionAccessView},
		{"an unknown target view", as("alice", Owner), "_nobody", "tom", obperr.ViewNotFound},
		{"an unknown user", as("alice", Owner), Auditor, "ghost", obperr.UserNotFoundByID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m, p := managedAccount()
			v, err := s.Grant(context.Background(), acct, tc.as, tc.user, tc.target)
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Errorf("Grant: %v; want %s", err, tc.want.ID)
				}
				if len(m.writes) != 0 || len(*p) != 0 {
					t.Errorf("a refused grant wrote %v and told the policy %v", m.writes, *p)
				}
				return
			}
			if err != nil || v.ID != tc.target {
				t.Fatalf("Grant = %s, %v; want %s", v.ID, err, tc.target)
			}
			if !m.access[Access{UserID: tc.user, BankID: "b", AccountID: "a1", ViewID: tc.target}] {
				t.Errorf("no access stored: %v", m.access)
			}
			if len(*p) != 1 || (*p)[0] != "access of "+tc.user {
				t.Errorf("policy told %v; want the access of %s", *p, tc.user)
			}
		})
	}
}

func TestRevokeFollowsTheActingViewsRevokeRules(t *testing.T) {
	for _, tc := range []struct {
		name   string
		as     Acting
		target string
		want   *obperr.Code // nil: revoked
	}{
		{"owner revokes a system view in its list", as("alice", Owner), Auditor, nil},
		{"owner revokes a custom view", as("alice", Owner), "_partner", nil},
		{"a system view in the grant list but not the revoke list", as("gina", "_granter"), Auditor, obperr.CannotRevokeViewAccess},
		{"a custom view with can_grant but not can_revoke_access_to_custom_views", as("gina", "_granter"), "_reader", obperr.CannotRevokeViewAccess},
		{"a custom view with can_revoke_access_to_custom_views", as("maya", ManageCustomViews), "_reader", nil},
		{"a system view outside the revoke list", as("maya", ManageCustomViews), Auditor, obperr.CannotRevokeViewAccess},
		{"an acting view the caller does not hold", as("tom", Owner), Auditor, obperr.UserNoPermissionAccessView},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m, p := managedAccount()
			granted := Access{UserID: "tom", BankID: "b", AccountID: "a1", ViewID: tc.target}
			m.access[granted] = true
			err := s.Revoke(context.Background(), acct, tc.as, "tom", tc.target)
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Errorf("Revoke: %v; want %s", err, tc.want.ID)
				}
				if len(m.writes) != 0 || len(*p) != 0 || !m.access[granted] {
					t.Errorf("a refused revoke wrote %v and told the policy %v", m.writes, *p)
				}
				return
			}
			if err != nil || m.access[granted] {
				t.Fatalf("Revoke: %v; access left %v", err, m.access)
			}
			if len(*p) != 1 || (*p)[0] != "access of tom" {
				t.Errorf("policy told %v; want the access of tom", *p)
			}
		})
	}
}
