package view

import (
	"context"
	"regexp"
	"sort"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// Service holds the view and account-access use cases.
type Service struct {
	Store    Store
	Accounts account.Connector
	Users    user.Store
	Policy   PolicySync
}

// Get returns a view of the account: a system view, or one of the account's custom views.
func (s *Service) Get(ctx context.Context, ref account.Ref, viewID string) (View, error) {
	if !IsCustomID(viewID) {
		if v, ok := System(viewID); ok {
			return v, nil
		}
		return View{}, obperr.ViewNotFound
	}
	return s.Store.GetCustomView(ctx, ref, viewID)
}

// Resolve turns view ids per account into views: system views from memory, every custom
// view in one query. Ids of views that no longer exist are left out.
func (s *Service) Resolve(ctx context.Context, ids map[account.Ref][]string) (map[account.Ref][]View, error) {
	var refs []account.Ref
	for ref, vs := range ids {
		for _, id := range vs {
			if IsCustomID(id) {
				refs = append(refs, ref)
				break
			}
		}
	}
	custom := map[string]View{}
	if len(refs) > 0 {
		list, err := s.Store.ListCustomViewsFor(ctx, refs)
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
			if v, ok := System(id); ok && !IsCustomID(id) {
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
	access, err := s.Store.ListAccessForAccount(ctx, ref)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []View
	for _, a := range access {
		if v, ok := System(a.ViewID); ok && !seen[a.ViewID] {
			seen[a.ViewID] = true
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	custom, err := s.Store.ListCustomViews(ctx, ref)
	if err != nil {
		return nil, err
	}
	return append(out, custom...), nil
}

var customIDPattern = regexp.MustCompile(`^_[A-Za-z0-9_.-]{1,99}$`)

// CustomView is what creating or updating a custom view supplies.
type CustomView struct {
	Name, Description, MetadataView, Alias string
	IsPublic, HideMetadataIfAliasUsed      bool
	AllowedActions                         []string
}

func (c CustomView) allowed() (map[string]bool, error) {
	m := map[string]bool{}
	for _, a := range c.AllowedActions {
		if !IsPermission(a) {
			return nil, obperr.InvalidJSONContent.Field("/allowed_actions", "Unknown view permission %q.", a)
		}
		m[a] = true
	}
	return m, nil
}

// CreateCustom adds a custom view to an account. Its id is its name, which must start "_".
func (s *Service) CreateCustom(ctx context.Context, ref account.Ref, in CustomView) (View, error) {
	if !customIDPattern.MatchString(in.Name) {
		return View{}, obperr.InvalidCustomViewFormat
	}
	if _, err := s.Accounts.GetBankAccount(ctx, ref); err != nil {
		return View{}, err
	}
	allowed, err := in.allowed()
	if err != nil {
		return View{}, err
	}
	v := View{ID: in.Name, BankID: ref.BankID, AccountID: ref.AccountID, ShortName: in.Name, Description: in.Description,
		MetadataView: in.MetadataView, IsPublic: in.IsPublic, Alias: in.Alias, HideMetadataIfAliasUsed: in.HideMetadataIfAliasUsed,
		Allowed: allowed, CanGrantAccessToViews: []string{}, CanRevokeAccessToViews: []string{}}
	if err := s.Store.CreateCustomView(ctx, v); err != nil {
		return View{}, err
	}
	return v, s.Policy.CustomViewChanged(ctx, ref, v.ID)
}

// UpdateCustom replaces a custom view's settings and permissions. System views cannot
// be changed (OBP-20021).
func (s *Service) UpdateCustom(ctx context.Context, ref account.Ref, viewID string, in CustomView) (View, error) {
	if !IsCustomID(viewID) {
		return View{}, obperr.SystemViewsCanNotBeModified
	}
	v, err := s.Store.GetCustomView(ctx, ref, viewID)
	if err != nil {
		return View{}, err
	}
	if v.Allowed, err = in.allowed(); err != nil {
		return View{}, err
	}
	v.Description, v.MetadataView, v.IsPublic, v.Alias, v.HideMetadataIfAliasUsed =
		in.Description, in.MetadataView, in.IsPublic, in.Alias, in.HideMetadataIfAliasUsed
	if err := s.Store.UpdateCustomView(ctx, v); err != nil {
		return View{}, err
	}
	return v, s.Policy.CustomViewChanged(ctx, ref, viewID)
}

// DeleteCustom removes a custom view and every grant of it.
func (s *Service) DeleteCustom(ctx context.Context, ref account.Ref, viewID string) error {
	if !IsCustomID(viewID) {
		return obperr.SystemViewsCanNotBeModified
	}
	access, err := s.Store.ListAccessForAccount(ctx, ref)
	if err != nil {
		return err
	}
	if err := s.Store.DeleteCustomView(ctx, ref, viewID); err != nil {
		return err
	}
	if err := s.Policy.CustomViewChanged(ctx, ref, viewID); err != nil {
		return err
	}
	for _, a := range access {
		if a.ViewID == viewID {
			if err := s.Policy.AccessChanged(ctx, a.UserID); err != nil {
				return err
			}
		}
	}
	return nil
}

// Grant gives targetUserID the target view on the account, as a holder of the source
// view: a system target must be in the source's can_grant_access_to_views, a custom one
// needs can_grant_access_to_custom_views.
func (s *Service) Grant(ctx context.Context, ref account.Ref, sourceViewID, targetUserID, targetViewID string) (View, error) {
	source, target, err := s.pair(ctx, ref, sourceViewID, targetViewID)
	if err != nil {
		return View{}, err
	}
	if !mayActOn(source, target, source.CanGrantAccessToViews, CanGrantAccessToCustomViews) {
		return View{}, obperr.CannotGrantViewAccess
	}
	if _, err := s.Users.GetUser(ctx, targetUserID); err != nil {
		return View{}, err
	}
	a := Access{UserID: targetUserID, BankID: ref.BankID, AccountID: ref.AccountID, ViewID: target.ID}
	if err := s.Store.GrantAccess(ctx, a); err != nil {
		return View{}, err
	}
	return target, s.Policy.AccessChanged(ctx, targetUserID)
}

// Revoke takes the target view away from targetUserID, under the revoke lists' rule.
func (s *Service) Revoke(ctx context.Context, ref account.Ref, sourceViewID, targetUserID, targetViewID string) error {
	source, target, err := s.pair(ctx, ref, sourceViewID, targetViewID)
	if err != nil {
		return err
	}
	if !mayActOn(source, target, source.CanRevokeAccessToViews, CanRevokeAccessToCustomViews) {
		return obperr.CannotRevokeViewAccess
	}
	a := Access{UserID: targetUserID, BankID: ref.BankID, AccountID: ref.AccountID, ViewID: target.ID}
	if err := s.Store.RevokeAccess(ctx, a); err != nil {
		return err
	}
	return s.Policy.AccessChanged(ctx, targetUserID)
}

func (s *Service) pair(ctx context.Context, ref account.Ref, sourceID, targetID string) (source, target View, err error) {
	if _, err = s.Accounts.GetBankAccount(ctx, ref); err != nil {
		return
	}
	if source, err = s.Get(ctx, ref, sourceID); err != nil {
		return
	}
	target, err = s.Get(ctx, ref, targetID)
	return
}

func mayActOn(source, target View, systemList []string, customPermission string) bool {
	if !target.IsSystem {
		return source.Can(customPermission)
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
	if err := s.Store.GrantAccess(ctx, Access{UserID: userID, BankID: ref.BankID, AccountID: ref.AccountID, ViewID: Owner}); err != nil {
		return err
	}
	return s.Policy.AccessChanged(ctx, userID)
}
