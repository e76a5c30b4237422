package view

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
)

// Grant gives targetUserID the target view on the account, as a holder of the acting
// view: a system target must be in its can_grant_access_to_views, a custom one needs
// can_grant_access_to_custom_views, and either must hold no permission the acting view
// lacks.
func (s *Service) Grant(ctx context.Context, ref account.Ref, as Acting, targetUserID, targetViewID string) (View, error) {
	source, target, err := s.pair(ctx, ref, as, targetViewID)
	if err != nil {
		return View{}, err
	}
	if !mayActOn(source, target, source.CanGrantAccessToViews, CanGrantAccessToCustomViews) {
		return View{}, obperr.CannotGrantViewAccess
	}
	if err := covers(source, target.Allowed); err != nil {
		return View{}, err
	}
	if _, err := s.users.GetUser(ctx, targetUserID); err != nil {
		return View{}, err
	}
	a := Access{UserID: targetUserID, BankID: ref.BankID, AccountID: ref.AccountID, ViewID: target.ID}
	if err := s.store.GrantAccess(ctx, a); err != nil {
		return View{}, err
	}
	return target, s.policy.AccessChanged(ctx, targetUserID)
}

// Revoke takes the target view away from targetUserID, under the revoke lists' rule.
func (s *Service) Revoke(ctx context.Context, ref account.Ref, as Acting, targetUserID, targetViewID string) error {
	source, target, err := s.pair(ctx, ref, as, targetViewID)
	if err != nil {
		return err
	}
	if !mayActOn(source, target, source.CanRevokeAccessToViews, CanRevokeAccessToCustomViews) {
		return obperr.CannotRevokeViewAccess
	}
	a := Access{UserID: targetUserID, BankID: ref.BankID, AccountID: ref.AccountID, ViewID: target.ID}
	if err := s.store.RevokeAccess(ctx, a); err != nil {
		return err
	}
	return s.policy.AccessChanged(ctx, targetUserID)
}

func (s *Service) pair(ctx context.Context, ref account.Ref, as Acting, targetID string) (source, target View, err error) {
	if _, err = s.accounts.GetBankAccount(ctx, ref); err != nil {
		return
	}
	if source, err = s.through(ctx, ref, as, ""); err != nil {
		return
	}
	target, err = s.Get(ctx, ref, targetID)
	return
}

func mayActOn(source, target View, systemList []string, customPermission Permission) bool {
	if !target.IsSystem {
		return source.Can(customPermission)
	}
	if handsOnCreatedSystemViews(source) && !IsBuiltIn(target.ID) {
		return true
	}
	for _, id := range systemList {
		if id == target.ID {
			return true
		}
	}
	return false
}

// GrantOwner implements account.HolderAccess: a new account's holder gets the owner view.
func (s *Service) GrantOwner(ctx context.Context, userID string, ref account.Ref) error {
	if err := s.store.GrantAccess(ctx, Access{UserID: userID, BankID: ref.BankID, AccountID: ref.AccountID, ViewID: Owner}); err != nil {
		return err
	}
	return s.policy.AccessChanged(ctx, userID)
}
