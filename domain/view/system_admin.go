package view

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/obp-go/obp/domain/obperr"
)

// SystemView is what creating (OBP's CreateViewJsonV500) or updating (UpdateViewJsonV500)
// a system view supplies.
type SystemView struct {
	Name                                          string // on creation: the view's id
	Description, MetadataView, Alias              string
	IsPublic, IsFirehose, HideMetadataIfAliasUsed bool
	AllowedActions                                []string
	CanGrantAccessToViews, CanRevokeAccessToViews []string
}

var systemIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$`)

// GetSystem returns a system view, built in or created (obperr.SystemViewNotFound).
func (s *Service) GetSystem(ctx context.Context, id string) (View, error) {
	if IsCustomID(id) {
		return View{}, obperr.SystemViewNotFound
	}
	if v, ok := System(id); ok {
		return v, nil
	}
	return s.store.GetSystemView(ctx, id)
}

// SystemViewIDs lists every system view id, the built-in ones first.
func (s *Service) SystemViewIDs(ctx context.Context) ([]string, error) { return s.systemIDsNow(ctx) }

// CreateSystem adds a system view, shared by every account. Its id is its name, which
// must not start "_" (OBP-20020) nor be taken (OBP-30254).
func (s *Service) CreateSystem(ctx context.Context, in SystemView) (View, error) {
	switch {
	case strings.TrimSpace(in.Name) == "":
		return View{}, obperr.EmptyNameOfSystemView
	case IsCustomID(in.Name):
		return View{}, obperr.InvalidSystemViewFormat
	case !systemIDPattern.MatchString(in.Name):
		return View{}, obperr.InvalidSystemViewFormat.Field("/name", "A system view name is 1 to 100 letters, digits, '_', '.' or '-', starting with a letter or digit.")
	case IsBuiltIn(in.Name):
		return View{}, obperr.SystemViewAlreadyExists
	}
	v, err := s.systemView(ctx, in.Name, in)
	if err != nil {
		return View{}, err
	}
	v.ShortName = in.Name
	if err := s.store.CreateSystemView(ctx, v); err != nil {
		return View{}, err
	}
	return v, s.policy.SystemViewChanged(ctx, v.ID)
}

// UpdateSystem replaces a created system view's settings and permissions. OBP's built-in
// views are code that the server's own rules rely on (a holder's owner view grants
// everything): they cannot be changed (OBP-20021).
func (s *Service) UpdateSystem(ctx context.Context, id string, in SystemView) (View, error) {
	if IsBuiltIn(id) {
		return View{}, obperr.SystemViewsCanNotBeModified
	}
	current, err := s.GetSystem(ctx, id)
	if err != nil {
		return View{}, err
	}
	v, err := s.systemView(ctx, id, in)
	if err != nil {
		return View{}, err
	}
	v.ShortName = current.ShortName
	if err := s.store.UpdateSystemView(ctx, v); err != nil {
		return View{}, err
	}
	return v, s.policy.SystemViewChanged(ctx, id)
}

// DeleteSystem removes a created system view that nobody is granted (OBP-30251 while
// anyone is). Built-in views stay (OBP-20021).
func (s *Service) DeleteSystem(ctx context.Context, id string) error {
	if IsBuiltIn(id) {
		return obperr.SystemViewsCanNotBeModified
	}
	if IsCustomID(id) {
		return obperr.SystemViewNotFound
	}
	if err := s.store.DeleteSystemView(ctx, id); err != nil {
		return err
	}
	return s.policy.SystemViewChanged(ctx, id)
}

// systemView checks what a system view is given: never public (OBP-30258), OBP's
// permission names, and grant and revoke lists naming system views (or itself).
func (s *Service) systemView(ctx context.Context, id string, in SystemView) (View, error) {
	if in.IsPublic {
		return View{}, obperr.SystemViewCannotBePublic
	}
	allowed, err := CustomView{AllowedActions: in.AllowedActions}.allowed()
	if err != nil {
		return View{}, err
	}
	known, err := s.systemIDsNow(ctx)
	if err != nil {
		return View{}, err
	}
	known = append(known, id)
	for _, l := range []struct {
		field string
		ids   []string
	}{{"can_grant_access_to_views", in.CanGrantAccessToViews}, {"can_revoke_access_to_views", in.CanRevokeAccessToViews}} {
		for _, v := range l.ids {
			if !slices.Contains(known, v) {
				return View{}, obperr.SystemViewNotFound.Field("/"+l.field, "%s names %q, which is no system view.", l.field, v)
			}
		}
	}
	return View{ID: id, Description: in.Description, MetadataView: in.MetadataView, IsSystem: true, IsFirehose: in.IsFirehose,
		Alias: in.Alias, HideMetadataIfAliasUsed: in.HideMetadataIfAliasUsed, Allowed: allowed,
		CanGrantAccessToViews: nonNilIDs(in.CanGrantAccessToViews), CanRevokeAccessToViews: nonNilIDs(in.CanRevokeAccessToViews)}, nil
}

func nonNilIDs(ids []string) []string {
	return append([]string{}, ids...)
}
