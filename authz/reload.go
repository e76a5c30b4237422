package authz

import (
	"context"
	"fmt"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/view"
)

// reloadAll replaces the whole cache from the database.
func (a *Enforcer) reloadAll(ctx context.Context) error {
	ents, err := a.roles.ListAllEntitlements(ctx)
	if err != nil {
		return fmt.Errorf("load entitlements: %w", err)
	}
	access, err := a.views.ListAllAccess(ctx)
	if err != nil {
		return fmt.Errorf("load account access: %w", err)
	}
	custom, err := a.views.ListAllCustomViews(ctx)
	if err != nil {
		return fmt.Errorf("load custom views: %w", err)
	}
	var roles, grants, perms [][]string
	for _, e := range ents {
		roles = append(roles, []string{e.UserID, e.BankID, e.RoleName})
	}
	for _, g := range access {
		grants = append(grants, []string{g.UserID, view.AccountKey(g.Ref()), g.ViewID})
	}
	for _, v := range append(view.SystemViews(), custom...) {
		perms = append(perms, permissionRules(v)...)
	}
	a.e.ClearPolicy()
	for _, batch := range []struct {
		add   func([][]string) (bool, error)
		rules [][]string
	}{
		{a.e.AddPolicies, roles},
		{func(r [][]string) (bool, error) { return a.e.AddNamedPolicies("p2", r) }, grants},
		{func(r [][]string) (bool, error) { return a.e.AddNamedGroupingPolicies("g", r) }, perms},
	} {
		if len(batch.rules) > 0 {
			if _, err := batch.add(batch.rules); err != nil {
				return err
			}
		}
	}
	return nil
}

func permissionRules(v view.View) [][]string {
	var out [][]string
	for p, ok := range v.Allowed {
		if ok {
			out = append(out, []string{v.Key(), p})
		}
	}
	return out
}

// reloadRoles brings one user's role policies in line with the database.
func (a *Enforcer) reloadRoles(ctx context.Context, userID string) error {
	rows, err := a.roles.ListEntitlementsForUser(ctx, userID)
	if err != nil {
		return err
	}
	want := make([][]string, len(rows))
	for i, e := range rows {
		want[i] = []string{e.UserID, e.BankID, e.RoleName}
	}
	have, err := a.e.GetFilteredPolicy(0, userID)
	if err != nil {
		return err
	}
	return a.sync(have, want, a.e.AddPolicies, a.e.RemovePolicies)
}

// reloadAccess brings one user's account access in line with the database.
func (a *Enforcer) reloadAccess(ctx context.Context, userID string) error {
	rows, err := a.views.ListAccessForUser(ctx, userID)
	if err != nil {
		return err
	}
	want := make([][]string, len(rows))
	for i, g := range rows {
		want[i] = []string{g.UserID, view.AccountKey(g.Ref()), g.ViewID}
	}
	have, err := a.e.GetFilteredNamedPolicy("p2", 0, userID)
	if err != nil {
		return err
	}
	return a.sync(have, want,
		func(r [][]string) (bool, error) { return a.e.AddNamedPolicies("p2", r) },
		func(r [][]string) (bool, error) { return a.e.RemoveNamedPolicies("p2", r) })
}

// reloadView brings one custom view's permissions in line with the database (none when
// it was deleted).
func (a *Enforcer) reloadView(ctx context.Context, ref account.Ref, viewID string) error {
	var want [][]string
	v, err := a.views.GetCustomView(ctx, ref, viewID)
	if err == nil {
		want = permissionRules(v)
	}
	have, err2 := a.e.GetFilteredNamedGroupingPolicy("g", 0, view.Key(ref, viewID))
	if err2 != nil {
		return err2
	}
	return a.sync(have, want,
		func(r [][]string) (bool, error) { return a.e.AddNamedGroupingPolicies("g", r) },
		func(r [][]string) (bool, error) { return a.e.RemoveNamedGroupingPolicies("g", r) })
}

// sync adds what is wanted and missing, then removes what is there and unwanted, so that
// no check in between sees a grant missing that stays.
func (a *Enforcer) sync(have, want [][]string, add, remove func([][]string) (bool, error)) error {
	key := func(r []string) string { return fmt.Sprintf("%q", r) }
	wanted := map[string]bool{}
	for _, r := range want {
		wanted[key(r)] = true
	}
	present := map[string]bool{}
	var stale [][]string
	for _, r := range have {
		present[key(r)] = true
		if !wanted[key(r)] {
			stale = append(stale, r)
		}
	}
	var fresh [][]string
	for _, r := range want {
		if !present[key(r)] {
			fresh = append(fresh, r)
			present[key(r)] = true
		}
	}
	if len(fresh) > 0 {
		if _, err := add(fresh); err != nil {
			return err
		}
	}
	if len(stale) > 0 {
		if _, err := remove(stale); err != nil {
			return err
		}
	}
	return nil
}
