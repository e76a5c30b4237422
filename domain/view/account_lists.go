package view

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// PrivateAccessible lists the accounts userID has a private (not public) view on, at
// bankID (which must exist) or at every bank for "", each with those private views.
func (s *Service) PrivateAccessible(ctx context.Context, userID, bankID string) ([]Viewed, error) {
	all, err := s.Accessible(ctx, userID, bankID)
	if err != nil {
		return nil, err
	}
	out := make([]Viewed, 0, len(all))
	for _, va := range all {
		var private []View
		for _, v := range va.Views {
			if !v.IsPublic {
				private = append(private, v)
			}
		}
		if len(private) > 0 {
			out = append(out, Viewed{Account: va.Account, Views: private})
		}
	}
	return out, nil
}

// Public lists the accounts with a public view, which anyone may read through, at bankID
// (which must exist) or at every bank for "", each with its public views.
func (s *Service) Public(ctx context.Context, bankID string) ([]Viewed, error) {
	if bankID != "" {
		if _, err := s.banks.GetBank(ctx, bankID); err != nil {
			return nil, err
		}
	}
	views, err := s.store.ListPublicViews(ctx, bankID)
	if err != nil {
		return nil, err
	}
	byAccount := map[account.Ref][]View{}
	var refs []account.Ref
	for _, v := range views {
		ref := account.Ref{BankID: v.BankID, AccountID: v.AccountID}
		if _, seen := byAccount[ref]; !seen {
			refs = append(refs, ref)
		}
		byAccount[ref] = append(byAccount[ref], v)
	}
	accounts, err := s.accounts.GetBankAccounts(ctx, refs)
	if err != nil {
		return nil, err
	}
	out := make([]Viewed, 0, len(accounts))
	for _, a := range accounts {
		out = append(out, Viewed{Account: a, Views: byAccount[a.Ref()]})
	}
	return out, nil
}

// ReadByRouting finds the account a routing identifies, at bankID when given, as OBP does
// for its holders: userID must hold the owner view on it. An account they may not see is
// answered as one that does not exist (OBP-30073), so the answer tells a stranger nothing.
// It returns the reading and the owner view to show it through.
func (s *Service) ReadByRouting(ctx context.Context, userID, bankID string, r routing.Routing) (Reading, View, error) {
	a, err := s.accounts.GetBankAccountByRouting(ctx, r)
	switch {
	case errors.Is(err, obperr.BankAccountNotFound):
		return Reading{}, View{}, obperr.BankAccountNotFoundByAccountRouting
	case err != nil:
		return Reading{}, View{}, err
	case bankID != "" && a.BankID != bankID, !s.checks.CanOnView(userID, a.Ref(), Owner, ""):
		return Reading{}, View{}, obperr.BankAccountNotFoundByAccountRouting
	}
	reading, err := s.Read(ctx, userID, a.Ref())
	if err != nil {
		return Reading{}, View{}, err
	}
	owner, _ := System(Owner)
	return reading, owner, nil
}
