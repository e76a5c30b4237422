package handlers

import (
	"cmp"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/obperr"
)

// guardRoles is the one role guard: a caller passes when they hold any one of the doc's
// roles, a bank role at the path's BANK_ID and a system role system-wide. Casbin decides.
// A scoped token's call passes only with a role its creator holds too.
func (s *Server) guardRoles(c *fiber.Ctx, d *ResourceDoc, p auth.Principal) error {
	if len(d.Roles) == 0 {
		return nil
	}
	if p.UserID == "" {
		return obperr.UserNotLoggedIn
	}
	bankID := pathParamValue(c, cmp.Or(d.BankParam, "BANK_ID"))
	for _, r := range d.Roles {
		scope := ""
		if r.RequiresBankID {
			if bankID == "" {
				continue
			}
			scope = bankID
		}
		if s.deps.Roles.HasRole(p.UserID, scope, r.Name) && (p.Scope == nil || s.deps.Roles.HasRole(p.Scope.CreatedBy, scope, r.Name)) {
			return nil
		}
	}
	names := make([]string, len(d.Roles))
	for i, r := range d.Roles {
		names[i] = r.Name
	}
	return obperr.UserHasMissingRoles.With("%s", strings.Join(names, " or "))
}
