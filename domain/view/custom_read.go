package view

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
)

// GetCustom returns one of the account's custom views (obperr.ViewNotFound for any other id).
func (s *Service) GetCustom(ctx context.Context, ref account.Ref, viewID string) (View, error) {
	if !IsCustomID(viewID) {
		return View{}, obperr.ViewNotFound
	}
	return s.store.GetCustomView(ctx, ref, viewID)
}
