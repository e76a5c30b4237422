package view

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

func TestCreateCustomViewOnlyWithPermissionsTheActingViewHolds(t *testing.T) {
	for _, tc := range []struct {
		name    string
		as      Acting
		viewID  string
		actions []Permission
		want    *obperr.Code // nil: created
	}{
		{"owner creates any view", as("alice", Owner), "_team", []Permission{canSeeRequests, CanSeeBalance}, nil},
		{"within the acting view's permissions", as("maya", ManageCustomViews), "_team", []Permission{CanSeeBalance}, nil},
		{"a permission the acting view lacks", as("maya", ManageCustomViews), "_team", []Permission{CanSeeBalance, canSeeRequests}, obperr.SourceViewHasLessPermission},
		{"an acting view without can_create_custom_view", as("audrey", Auditor), "_team", []Permission{CanSeeBalance}, obperr.NoViewPermission},
		{"an acting view the caller does not hold", as("tom", Owner), "_team", []Permission{CanSeeBalance}, obperr.UserNoPermissionAccessView},
		{"a name without the leading underscore", as("alice", Owner), "team", []Permission{CanSeeBalance}, obperr.InvalidCustomViewFormat},
		{"an unknown permission", as("alice", Owner), "_team", []Permission{"can_move_mountains"}, obperr.InvalidJSONContent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m, p := managedAccount()
			v, err := s.CreateCustom(context.Background(), acct, tc.as, CustomView{Name: tc.viewID, AllowedActions: names(tc.actions)})
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Errorf("CreateCustom: %v; want %s", err, tc.want.ID)
				}
				if len(m.writes) != 0 || len(*p) != 0 {
					t.Errorf("a refused create wrote %v and told the policy %v", m.writes, *p)
				}
				return
			}
			if err != nil || v.ID != tc.viewID || v.IsSystem || len(v.Allowed) != len(tc.actions) {
				t.Fatalf("CreateCustom = %+v, %v", v, err)
			}
			if stored, ok := m.custom[tc.viewID]; !ok || !reflect.DeepEqual(stored.Allowed, v.Allowed) {
				t.Errorf("stored %+v", stored)
			}
			if len(v.CanGrantAccessToViews) != 0 || len(v.CanRevokeAccessToViews) != 0 {
				t.Errorf("a new custom view may grant %v and revoke %v; want none", v.CanGrantAccessToViews, v.CanRevokeAccessToViews)
			}
			if len(*p) != 1 || (*p)[0] != "view "+tc.viewID {
				t.Errorf("policy told %v; want view %s", *p, tc.viewID)
			}
		})
	}
}

// Updating needs the acting view to hold both the permissions the view has now and the
// ones it is given: otherwise a narrower view could take rights away from, or add rights
// to, a view it could not have made.
func TestUpdateCustomViewOnlyWithinTheActingViewsPermissionsOldAndNew(t *testing.T) {
	for _, tc := range []struct {
		name    string
		as      Acting
		viewID  string
		actions []Permission
		want    *obperr.Code // nil: updated
	}{
		{"owner changes any view", as("alice", Owner), "_partner", []Permission{CanSeeBalance}, nil},
		{"old and new within the acting view", as("maya", ManageCustomViews), "_reader", []Permission{CanSeeBalance, CanSeeBankAccountLabel}, nil},
		{"the view has a permission the acting view lacks", as("maya", ManageCustomViews), "_partner", []Permission{CanSeeBalance}, obperr.SourceViewHasLessPermission},
		{"the view is given a permission the acting view lacks", as("maya", ManageCustomViews), "_reader", []Permission{canSeeRequests}, obperr.SourceViewHasLessPermission},
		{"an acting view without can_update_custom_view", as("audrey", Auditor), "_reader", []Permission{CanSeeBalance}, obperr.NoViewPermission},
		{"an acting view the caller does not hold", as("tom", Owner), "_reader", []Permission{CanSeeBalance}, obperr.UserNoPermissionAccessView},
		{"a system view", as("alice", Owner), Auditor, []Permission{CanSeeBalance}, obperr.SystemViewsCanNotBeModified},
		{"an unknown view", as("alice", Owner), "_nobody", []Permission{CanSeeBalance}, obperr.ViewNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m, p := managedAccount()
			before := m.custom[tc.viewID]
			v, err := s.UpdateCustom(context.Background(), acct, tc.as, tc.viewID, CustomView{Description: "changed", AllowedActions: names(tc.actions)})
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Errorf("UpdateCustom: %v; want %s", err, tc.want.ID)
				}
				if len(m.writes) != 0 || len(*p) != 0 || !reflect.DeepEqual(m.custom[tc.viewID], before) {
					t.Errorf("a refused update wrote %v and told the policy %v", m.writes, *p)
				}
				return
			}
			if err != nil || v.Description != "changed" || len(v.Allowed) != len(tc.actions) {
				t.Fatalf("UpdateCustom = %+v, %v", v, err)
			}
			if stored := m.custom[tc.viewID]; !reflect.DeepEqual(stored.Allowed, v.Allowed) {
				t.Errorf("stored %v, want %v", stored.Allowed, v.Allowed)
			}
			if len(*p) != 1 || (*p)[0] != "view "+tc.viewID {
				t.Errorf("policy told %v; want view %s", *p, tc.viewID)
			}
		})
	}
}
