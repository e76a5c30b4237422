package view

import (
	"context"
	"errors"
	"sort"

	"github.com/obp-go/obp/domain/obperr"
)

// SystemStore keeps the system views an administrator created. OBP's built-in ones are
// code (system.go), never stored, and cannot be changed or deleted.
type SystemStore interface {
	// CreateSystemView stores a new system view (obperr.SystemViewAlreadyExists when its id
	// is taken) and drops any grant of its id left from an earlier view of that id, so that
	// a new view never inherits another's grants.
	CreateSystemView(ctx context.Context, v View) error
	UpdateSystemView(ctx context.Context, v View) error // obperr.SystemViewNotFound
	// DeleteSystemView removes the view unless it is granted on any account
	// (obperr.DeleteSystemViewError), deciding both in one statement.
	DeleteSystemView(ctx context.Context, viewID string) error
	GetSystemView(ctx context.Context, viewID string) (View, error) // obperr.SystemViewNotFound
	ListSystemViews(ctx context.Context) ([]View, error)
}

// PublicViewStore finds the custom views anyone may read through.
type PublicViewStore interface {
	// ListPublicViews lists the custom views marked is_public at bankID ("" for every bank).
	ListPublicViews(ctx context.Context, bankID string) ([]View, error)
}

// IsBuiltIn reports whether id names one of OBP's built-in system views.
func IsBuiltIn(id string) bool {
	_, ok := systemViews[id]
	return ok
}

// system returns a system view: built in, or one an administrator created
// (obperr.ViewNotFound otherwise, as for any view of an account).
func (s *Service) system(ctx context.Context, id string) (View, error) {
	if v, ok := System(id); ok {
		return v, nil
	}
	v, err := s.store.GetSystemView(ctx, id)
	if errors.Is(err, obperr.SystemViewNotFound) {
		return View{}, obperr.ViewNotFound
	}
	return v, err
}

// systemsByID resolves the system view ids among ids: built-in ones from memory, the
// others in one read, made only when there are others. Ids of no view are left out.
func (s *Service) systemsByID(ctx context.Context, ids []string) (map[string]View, error) {
	out := map[string]View{}
	created := false
	for _, id := range ids {
		if v, ok := System(id); ok {
			out[id] = v
		} else if !IsCustomID(id) {
			created = true
		}
	}
	if !created {
		return out, nil
	}
	list, err := s.store.ListSystemViews(ctx)
	if err != nil {
		return nil, err
	}
	for _, v := range list {
		out[v.ID] = v
	}
	return out, nil
}

// systemIDsNow lists every system view id: the built-in ones, then the created ones by id.
func (s *Service) systemIDsNow(ctx context.Context) ([]string, error) {
	list, err := s.store.ListSystemViews(ctx)
	if err != nil {
		return nil, err
	}
	created := make([]string, 0, len(list))
	for _, v := range list {
		created = append(created, v.ID)
	}
	sort.Strings(created)
	return append(append([]string{}, systemIDs...), created...), nil
}

// handsOnCreatedSystemViews: OBP's owner and standard views list the built-in system views
// they grant and revoke, and cannot be changed here; they also hand on every system view
// an administrator created, still under the subset rule.
func handsOnCreatedSystemViews(source View) bool {
	return source.IsSystem && (source.ID == Owner || source.ID == Standard)
}
