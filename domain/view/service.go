package view

import (
	"context"
	"regexp"
	"sort"
	"strings"

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
	Checks   Checker
}

// Acting is who manages views and through which of their views on the account. A caller
// can create, change or hand on only views whose permissions their acting view holds
// (the owner view holds them all), so managing views never widens anyone's rights.
type Acting struct {
	UserID string
	ViewID string
}

// through loads the acting view after checking that the caller holds it and that it
// grants permission.
func (s *Service) through(ctx context.Context, ref account.Ref, as Acting, permission string) (View, error) {
	if !s.Checks.CanOnView(as.UserID, ref, as.ViewID, "") {
		return View{}, obperr.UserNoPermissionAccessView
	}
	if permission != "" && !s.Checks.CanOnView(as.UserID, ref, as.ViewID, permission) {
		return View{}, obperr.NoViewPermission.With("%s", permission)
	}
	return s.Get(ctx, ref, as.ViewID)
}

// covers refuses permissions the acting view does not hold itself (OBP-20049).
func covers(acting View, allowed map[string]bool) error {
	var missing []string
	for p := range allowed {
		if !acting.Can(p) {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	sort.Strings(missing)
	return obperr.SourceViewHasLessPermission.With("View %s lacks %s.", acting.ID, strings.Join(missing, ", "))
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
// Its permissions must be ones the acting view holds.
func (s *Service) CreateCustom(ctx context.Context, ref account.Ref, as Acting, in CustomView) (View, error) {
	if !customIDPattern.MatchString(in.Name) {
		return View{}, obperr.InvalidCustomViewFormat
	}
	if _, err := s.Accounts.GetBankAccount(ctx, ref); err != nil {
		return View{}, err
	}
	acting, err := s.through(ctx, ref, as, CanCreateCustomView)
	if err != nil {
		return View{}, err
	}
	allowed, err := in.allowed()
	if err != nil {
		return View{}, err
	}
	if err := covers(acting, allowed); err != nil {
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
// be changed (OBP-20021). The acting view must hold every permission the view has now
// and every one it is given.
func (s *Service) UpdateCustom(ctx context.Context, ref account.Ref, as Acting, viewID string, in CustomView) (View, error) {
	if !IsCustomID(viewID) {
		return View{}, obperr.SystemViewsCanNotBeModified
	}
	acting, err := s.through(ctx, ref, as, CanUpdateCustomView)
	if err != nil {
		return View{}, err
	}
	v, err := s.Store.GetCustomView(ctx, ref, viewID)
	if err != nil {
		return View{}, err
	}
	allowed, err := in.allowed()
	if err != nil {
		return View{}, err
	}
	if err := covers(acting, v.Allowed); err != nil {
		return View{}, err
	}
	if err := covers(acting, allowed); err != nil {
		return View{}, err
	}
	v.Allowed = allowed
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
func (s *Service) Revoke(ctx context.Context, ref account.Ref, as Acting, targetUserID, targetViewID string) error {
	source, target, err := s.pair(ctx, ref, as, targetViewID)
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

func (s *Service) pair(ctx context.Context, ref account.Ref, as Acting, targetID string) (source, target View, err error) {
	if _, err = s.Accounts.GetBankAccount(ctx, ref); err != nil {
		return
	}
	if source, err = s.through(ctx, ref, as, ""); err != nil {
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
