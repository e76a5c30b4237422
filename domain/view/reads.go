package view

import (
	"context"
	"sort"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/user"
)

// Viewed is an account with the views a user has on it.
type Viewed struct {
	Account account.Account
	Views   []View
}

// Accessible lists the accounts userID has views on, at bankID (which must exist) or at
// every bank for "", each with those views: three reads whatever the number of accounts.
func (s *Service) Accessible(ctx context.Context, userID, bankID string) ([]Viewed, error) {
	if bankID != "" {
		if _, err := s.banks.GetBank(ctx, bankID); err != nil {
			return nil, err
		}
	}
	access, err := s.store.ListAccessForUser(ctx, userID)
	if err != nil {
		return nil, err
	}
	viewsOn := map[account.Ref][]string{}
	var refs []account.Ref
	for _, a := range access {
		if bankID != "" && a.BankID != bankID {
			continue
		}
		if _, seen := viewsOn[a.Ref()]; !seen {
			refs = append(refs, a.Ref())
		}
		viewsOn[a.Ref()] = append(viewsOn[a.Ref()], a.ViewID)
	}
	accounts, err := s.accounts.GetBankAccounts(ctx, refs)
	if err != nil {
		return nil, err
	}
	resolved, err := s.Resolve(ctx, viewsOn)
	if err != nil {
		return nil, err
	}
	out := make([]Viewed, 0, len(accounts))
	for _, a := range accounts {
		if views := resolved[a.Ref()]; len(views) > 0 {
			out = append(out, Viewed{Account: a, Views: views})
		}
	}
	return out, nil
}

// Reading is an account as one user reads it: the account, its holders and the views
// the user has on it.
type Reading struct {
	Viewed
	Holders map[string]user.User // by user id: who they are (id, provider, username) only
}

// Read returns the account at ref with its holders and userID's views on it.
func (s *Service) Read(ctx context.Context, userID string, ref account.Ref) (Reading, error) {
	a, err := s.accounts.GetBankAccount(ctx, ref)
	if err != nil {
		return Reading{}, err
	}
	holders, err := s.holders(ctx, a.HolderIDs)
	if err != nil {
		return Reading{}, err
	}
	resolved, err := s.Resolve(ctx, map[account.Ref][]string{ref: s.checks.ViewsOnAccount(userID, ref)})
	if err != nil {
		return Reading{}, err
	}
	return Reading{Viewed: Viewed{Account: a, Views: resolved[ref]}, Holders: holders}, nil
}

// Grantee is a user with the views they hold on one account.
type Grantee struct {
	User  user.User
	Views []View
}

// Permissions lists who holds which views on the account, by user id: three reads.
func (s *Service) Permissions(ctx context.Context, ref account.Ref) ([]Grantee, error) {
	access, err := s.store.ListAccessForAccount(ctx, ref)
	if err != nil {
		return nil, err
	}
	byUser := map[string][]string{}
	var ids, viewIDs []string
	for _, a := range access {
		if _, seen := byUser[a.UserID]; !seen {
			ids = append(ids, a.UserID)
		}
		byUser[a.UserID] = append(byUser[a.UserID], a.ViewID)
		viewIDs = append(viewIDs, a.ViewID)
	}
	users, err := s.usersByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	resolved, err := s.Resolve(ctx, map[account.Ref][]string{ref: viewIDs}) // every view on the account, in one read
	if err != nil {
		return nil, err
	}
	views := map[string]View{}
	for _, v := range resolved[ref] {
		views[v.ID] = v
	}
	sort.Strings(ids)
	out := make([]Grantee, 0, len(ids))
	for _, id := range ids {
		g := Grantee{User: users[id]}
		g.User.ID = id
		for _, v := range byUser[id] {
			if found, ok := views[v]; ok {
				g.Views = append(g.Views, found)
			}
		}
		out = append(out, g)
	}
	return out, nil
}

// AccessOf lists the account access of several users in one read.
func (s *Service) AccessOf(ctx context.Context, userIDs []string) ([]Access, error) {
	return s.store.ListAccessForUsers(ctx, userIDs)
}

func (s *Service) usersByID(ctx context.Context, ids []string) (map[string]user.User, error) {
	list, err := s.users.GetUsers(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]user.User, len(list))
	for _, u := range list {
		out[u.ID] = u
	}
	return out, nil
}
