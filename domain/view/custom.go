package view

import (
	"context"
	"regexp"
	"sort"
	"strings"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
)

// Acting is who manages views and through which of their views on the account. A caller
// can create, change or hand on only views whose permissions their acting view holds
// (the owner view holds them all), so managing views never widens anyone's rights.
type Acting struct {
	UserID string
	ViewID string
}

// through loads the acting view after checking that the caller holds it and that it
// grants permission.
func (s *Service) through(ctx context.Context, ref account.Ref, as Acting, permission Permission) (View, error) {
	if !s.checks.CanOnView(as.UserID, ref, as.ViewID, "") {
		return View{}, obperr.UserNoPermissionAccessView
	}
	if permission != "" && !s.checks.CanOnView(as.UserID, ref, as.ViewID, permission) {
		return View{}, obperr.NoViewPermission.With("%s", permission)
	}
	return s.Get(ctx, ref, as.ViewID)
}

// covers refuses permissions the acting view does not hold itself (OBP-20049).
func covers(acting View, allowed map[Permission]bool) error {
	var missing []string
	for p := range allowed {
		if !acting.Can(p) {
			missing = append(missing, string(p))
		}
	}
	if len(missing) == 0 {
		return nil
	}
	sort.Strings(missing)
	return obperr.SourceViewHasLessPermission.With("View %s lacks %s.", acting.ID, strings.Join(missing, ", "))
}

var customIDPattern = regexp.MustCompile(`^_[A-Za-z0-9_.-]{1,99}$`)

// CustomView is what creating or updating a custom view supplies.
type CustomView struct {
	Name, Description, MetadataView, Alias string
	IsPublic, HideMetadataIfAliasUsed      bool
	AllowedActions                         []string
	ActionsField                           string // AllowedActions' JSON pointer in the body; "" is /allowed_actions
}

func (c CustomView) allowed() (map[Permission]bool, error) {
	m := map[Permission]bool{}
	for _, a := range c.AllowedActions {
		if !IsPermission(a) {
			field := c.ActionsField
			if field == "" {
				field = "/allowed_actions"
			}
			return nil, obperr.InvalidJSONContent.Field(field, "Unknown view permission %q.", a)
		}
		m[Permission(a)] = true
	}
	return m, nil
}

// CreateCustom adds a custom view to an account. Its id is its name, which must start "_".
// Its permissions must be ones the acting view holds.
func (s *Service) CreateCustom(ctx context.Context, ref account.Ref, as Acting, in CustomView) (View, error) {
	if !customIDPattern.MatchString(in.Name) {
		return View{}, obperr.InvalidCustomViewFormat
	}
	if _, err := s.accounts.GetBankAccount(ctx, ref); err != nil {
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
	if err := s.store.CreateCustomView(ctx, v); err != nil {
		return View{}, err
	}
	return v, s.policy.CustomViewChanged(ctx, ref, v.ID)
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
	v, err := s.store.GetCustomView(ctx, ref, viewID)
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
	if err := s.store.UpdateCustomView(ctx, v); err != nil {
		return View{}, err
	}
	return v, s.policy.CustomViewChanged(ctx, ref, viewID)
}

// DeleteCustom removes a custom view and every grant of it.
func (s *Service) DeleteCustom(ctx context.Context, ref account.Ref, viewID string) error {
	if !IsCustomID(viewID) {
		return obperr.SystemViewsCanNotBeModified
	}
	access, err := s.store.ListAccessForAccount(ctx, ref)
	if err != nil {
		return err
	}
	if err := s.store.DeleteCustomView(ctx, ref, viewID); err != nil {
		return err
	}
	if err := s.policy.CustomViewChanged(ctx, ref, viewID); err != nil {
		return err
	}
	for _, a := range access {
		if a.ViewID == viewID {
			if err := s.policy.AccessChanged(ctx, a.UserID); err != nil {
				return err
			}
		}
	}
	return nil
}
