package view

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
)

// Target is the view a v4.0.0 account-access body names: its id, and whether it is a
// system view or one of the account's custom views.
type Target struct {
	ViewID   string
	IsSystem bool
}

// GrantOnAccount gives targetUserID the target view, as OBP's v4.0.0 grant does: through
// any view the caller holds on the account that may hand it on (a system target in its
// can_grant_access_to_views, a custom one under can_grant_access_to_custom_views) and
// holds every permission the target has. Whether any view may hand it on is decided
// before the target is looked up; the caller's views are tried fullest first.
func (s *Service) GrantOnAccount(ctx context.Context, ref account.Ref, callerID, targetUserID string, t Target) (View, error) {
	sources, err := s.mayActThrough(ctx, ref, callerID, t, true)
	if err != nil {
		return View{}, err
	}
	target, err := s.targetOf(ctx, ref, t)
	if err != nil {
		return View{}, err
	}
	var lacking error
	if _, ok := MostPermissive(sources, func(v View) bool {
		if err := covers(v, target.Allowed); err != nil {
			lacking = err
			return false
		}
		return true
	}); !ok {
		return View{}, lacking
	}
	if _, err := s.users.GetUser(ctx, targetUserID); err != nil {
		return View{}, err
	}
	if err := s.store.GrantAccess(ctx, Access{UserID: targetUserID, BankID: ref.BankID, AccountID: ref.AccountID, ViewID: target.ID}); err != nil {
		return View{}, err
	}
	return target, s.policy.AccessChanged(ctx, targetUserID)
}

// RevokeOnAccount takes the target view away from targetUserID, through any view the
// caller holds that may revoke it (can_revoke_access_to_views, or
// can_revoke_access_to_custom_views for a custom view).
func (s *Service) RevokeOnAccount(ctx context.Context, ref account.Ref, callerID, targetUserID string, t Target) error {
	if _, err := s.mayActThrough(ctx, ref, callerID, t, false); err != nil {
		return err
	}
	target, err := s.targetOf(ctx, ref, t)
	if err != nil {
		return err
	}
	if err := s.store.RevokeAccess(ctx, Access{UserID: targetUserID, BankID: ref.BankID, AccountID: ref.AccountID, ViewID: target.ID}); err != nil {
		return err
	}
	return s.policy.AccessChanged(ctx, targetUserID)
}

// mayActThrough lists the caller's views on the account that may grant (or revoke) the
// named view, judged by its id and kind alone: none is OBP-20047 (OBP-20048).
func (s *Service) mayActThrough(ctx context.Context, ref account.Ref, callerID string, t Target, grant bool) ([]View, error) {
	held, err := s.Resolve(ctx, map[account.Ref][]string{ref: s.checks.ViewsOnAccount(callerID, ref)})
	if err != nil {
		return nil, err
	}
	named := View{ID: t.ViewID, IsSystem: t.IsSystem}
	var out []View
	for _, v := range held[ref] {
		if grant && mayActOn(v, named, v.CanGrantAccessToViews, CanGrantAccessToCustomViews) ||
			!grant && mayActOn(v, named, v.CanRevokeAccessToViews, CanRevokeAccessToCustomViews) {
			out = append(out, v)
		}
	}
	switch {
	case len(out) > 0:
		return out, nil
	case grant:
		return nil, obperr.CannotGrantViewAccess
	}
	return nil, obperr.CannotRevokeViewAccess
}

// targetOf loads the account and the view a body names; is_system must agree with the id
// (OBP looks a system view up among system views only: OBP-30252, a custom one on the
// account: OBP-30005).
func (s *Service) targetOf(ctx context.Context, ref account.Ref, t Target) (View, error) {
	if _, err := s.accounts.GetBankAccount(ctx, ref); err != nil {
		return View{}, err
	}
	if !t.IsSystem {
		if !IsCustomID(t.ViewID) {
			return View{}, obperr.ViewNotFound
		}
		return s.store.GetCustomView(ctx, ref, t.ViewID)
	}
	return s.GetSystem(ctx, t.ViewID)
}
