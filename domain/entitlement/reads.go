package entitlement

import (
	"context"
	"strings"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
)

// List returns a page of every user's entitlements, oldest first; roleName, when not
// empty, keeps those of one role and must name a role of the catalogue (OBP-10007).
func (s *Service) List(ctx context.Context, roleName string, limit, offset int) ([]Entitlement, error) {
	if roleName != "" {
		if _, ok := role.Lookup(roleName); !ok {
			return nil, unknownRole(roleName)
		}
	}
	return s.store.ListEntitlements(ctx, roleName, limit, offset)
}

// AtBank lists the entitlements an existing user holds at an existing bank (OBP's
// getEntitlementsByBankAndUser); the route's role guard has checked the caller.
func (s *Service) AtBank(ctx context.Context, bankID, userID string) ([]Entitlement, error) {
	if _, err := s.banks.GetBank(ctx, bankID); err != nil {
		return nil, err
	}
	held, err := s.ForUser(ctx, userID)
	if err != nil {
		return nil, err
	}
	out := []Entitlement{}
	for _, e := range held {
		if e.BankID == bankID {
			out = append(out, e)
		}
	}
	return out, nil
}

// unknownRole is OBP-10007, listing the roles there are as OBP does.
func unknownRole(name string) error {
	return obperr.IncorrectRoleName.With("%s. Possible roles are %s", name, strings.Join(role.Names(), ", "))
}
