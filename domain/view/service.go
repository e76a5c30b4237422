package view

import (
	"context"
	"sort"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/user"
)

// Accounts finds the accounts views are about.
type Accounts interface {
	GetBankAccount(ctx context.Context, ref account.Ref) (account.Account, error)
	GetBankAccounts(ctx context.Context, refs []account.Ref) ([]account.Account, error)
	// GetBankAccountByRouting finds the account a routing identifies (obperr.BankAccountNotFound).
	GetBankAccountByRouting(ctx context.Context, r routing.Routing) (account.Account, error)
}

// Banks finds the bank an account list is asked for.
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// Users finds the users access is granted to.
type Users interface {
	GetUser(ctx context.Context, id string) (user.User, error)
	GetUsers(ctx context.Context, ids []string) ([]user.User, error)
}

// Service holds the view and account-access use cases; it is the only way to views,
// account access, and the accounts a user reaches through them.
type Service struct {
	store    Store
	accounts Accounts
	banks    Banks
	users    Users
	policy   PolicySync
	checks   Checker
	// holderNames are the account holders' names account reads show, kept in memory.
	holderNames holderNames
}

// NewService returns the view use cases over store.
func NewService(store Store, accounts Accounts, banks Banks, users Users, policy PolicySync, checks Checker) *Service {
	return &Service{store: store, accounts: accounts, banks: banks, users: users, policy: policy, checks: checks}
}

// Get returns a view of the account: a system view, or one of the account's custom views.
func (s *Service) Get(ctx context.Context, ref account.Ref, viewID string) (View, error) {
	if !IsCustomID(viewID) {
		return s.system(ctx, viewID)
	}
	return s.store.GetCustomView(ctx, ref, viewID)
}

// Resolve turns view ids per account into views: built-in system views from memory, the
// created ones and every custom view in one query each. Ids of views that no longer exist
// are left out.
func (s *Service) Resolve(ctx context.Context, ids map[account.Ref][]string) (map[account.Ref][]View, error) {
	var refs []account.Ref
	var all []string
	for ref, vs := range ids {
		all = append(all, vs...)
		for _, id := range vs {
			if IsCustomID(id) {
				refs = append(refs, ref)
				break
			}
		}
	}
	systems, err := s.systemsByID(ctx, all)
	if err != nil {
		return nil, err
	}
	custom := map[string]View{}
	if len(refs) > 0 {
		list, err := s.store.ListCustomViewsFor(ctx, refs)
		if err != nil {
			return nil, err
		}
		for _, v := range list {
			custom[v.Key()] = v
		}
	}
	out := make(map[account.Ref][]View, len(ids))
	for ref, vs := range ids {
		for _, id := range vs {
			if v, ok := systems[id]; ok {
				out[ref] = append(out[ref], v)
			} else if v, ok := custom[Key(ref, id)]; ok {
				out[ref] = append(out[ref], v)
			}
		}
	}
	return out, nil
}

// ForAccount lists the views in use on an account: the system views granted on it to
// anyone, and its custom views.
func (s *Service) ForAccount(ctx context.Context, ref account.Ref) ([]View, error) {
	access, err := s.store.ListAccessForAccount(ctx, ref)
	if err != nil {
		return nil, err
	}
	granted := make([]string, len(access))
	for i, a := range access {
		granted[i] = a.ViewID
	}
	systems, err := s.systemsByID(ctx, granted)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []View
	for _, a := range access {
		if v, ok := systems[a.ViewID]; ok && !seen[a.ViewID] {
			seen[a.ViewID] = true
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	custom, err := s.store.ListCustomViews(ctx, ref)
	if err != nil {
		return nil, err
	}
	return append(out, custom...), nil
}
