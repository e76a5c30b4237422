package handlers

import (
	"sort"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

const localViewID = "obp.view_id"

// guardView is the one view guard: the caller has the view on the account, and the view
// grants the doc's permission; Casbin decides. It runs before anything about the account
// is looked up, so a refusal says nothing about whether the account exists.
func (s *Server) guardView(c *fiber.Ctx, d *ResourceDoc, p auth.Principal) error {
	g := d.View
	if g == nil {
		return nil
	}
	if p.UserID == "" {
		return obperr.UserNotLoggedIn
	}
	ref := account.Ref{BankID: pathParamValue(c, "BANK_ID"), AccountID: pathParamValue(c, "ACCOUNT_ID")}
	if g.AnyView {
		for _, v := range mostPermissiveFirst(s.deps.ViewChecker.ViewsOnAccount(p.UserID, ref)) {
			if (g.Permission == "" || s.deps.ViewChecker.CanOnView(p.UserID, ref, v, g.Permission)) && s.creatorMay(p, ref, v, g.Permission) {
				c.Locals(localViewID, v)
				return nil
			}
		}
		return obperr.UserNoPermissionAccessView
	}
	viewID := pathParamValue(c, "VIEW_ID")
	if !s.deps.ViewChecker.CanOnView(p.UserID, ref, viewID, "") || !s.creatorMay(p, ref, viewID, "") {
		return obperr.UserNoPermissionAccessView
	}
	if g.Permission != "" && (!s.deps.ViewChecker.CanOnView(p.UserID, ref, viewID, g.Permission) || !s.creatorMay(p, ref, viewID, g.Permission)) {
		return obperr.NoViewPermission.With("%s", g.Permission)
	}
	c.Locals(localViewID, viewID)
	return nil
}

// creatorMay is true unless the call is a scoped token's and its creator holds neither
// that view nor the owner view (with the permission) on the account: a token carries no
// more than its creator could hand on (an owner may grant any view of the account).
func (s *Server) creatorMay(p auth.Principal, ref account.Ref, viewID string, perm view.Permission) bool {
	return p.Scope == nil || s.deps.ViewChecker.CanOnView(p.Scope.CreatedBy, ref, viewID, perm) ||
		s.deps.ViewChecker.CanOnView(p.Scope.CreatedBy, ref, view.Owner, perm)
}

// mostPermissiveFirst orders view ids owner first, then other system views, then custom
// ones, so that a caller with several views reads through the fullest.
func mostPermissiveFirst(ids []string) []string {
	rank := func(id string) int {
		switch {
		case id == view.Owner:
			return 0
		case !view.IsCustomID(id):
			return 1
		}
		return 2
	}
	sort.SliceStable(ids, func(i, j int) bool {
		if rank(ids[i]) != rank(ids[j]) {
			return rank(ids[i]) < rank(ids[j])
		}
		return ids[i] < ids[j]
	})
	return ids
}
