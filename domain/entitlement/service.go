package entitlement

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/user"
)

// Users finds the users roles are granted to.
type Users interface {
	GetUser(ctx context.Context, id string) (user.User, error)
}

// Banks finds the bank a bank role is granted at.
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// Service holds the entitlement use cases; it is the only way to entitlements and
// entitlement requests.
type Service struct {
	store  Store
	users  Users
	banks  Banks
	roles  Checker
	policy PolicySync
	clock  clock.Clock
}

// NewService returns the entitlement use cases over store.
func NewService(store Store, users Users, banks Banks, roles Checker, policy PolicySync, clk clock.Clock) *Service {
	return &Service{store: store, users: users, banks: banks, roles: roles, policy: policy, clock: clk}
}

// ForUser lists the entitlements of an existing user.
func (s *Service) ForUser(ctx context.Context, userID string) ([]Entitlement, error) {
	if _, err := s.users.GetUser(ctx, userID); err != nil {
		return nil, err
	}
	return s.store.ListEntitlementsForUser(ctx, userID)
}

// ForUsers lists many users' entitlements in one read.
func (s *Service) ForUsers(ctx context.Context, userIDs []string) ([]Entitlement, error) {
	return s.store.ListEntitlementsForUsers(ctx, userIDs)
}

// Requests lists a page of entitlement requests: one user's, or everyone's for "".
func (s *Service) Requests(ctx context.Context, userID string, limit, offset int) ([]Request, error) {
	return s.store.ListRequests(ctx, userID, limit, offset)
}

// DeleteRequest removes an entitlement request (obperr.EntitlementRequestNotFound).
func (s *Service) DeleteRequest(ctx context.Context, id string) error {
	return s.store.DeleteRequest(ctx, id)
}

// Grant gives userID the role at bankID, as grantor. OBP's rules: a bank role needs a
// bank, a system role none; holders of CanCreateEntitlementAtAnyBank grant anything,
// holders of CanCreateEntitlementAtOneBank grant bank roles at that bank only.
func (s *Service) Grant(ctx context.Context, grantorID, userID, bankID, roleName string) (Entitlement, error) {
	r, err := roleAt(roleName, bankID)
	if err != nil {
		return Entitlement{}, err
	}
	if !s.mayGrant(grantorID, r, bankID) {
		return Entitlement{}, obperr.UserHasMissingRoles.With("%s or %s",
			role.CanCreateEntitlementAtAnyBank.Name, role.CanCreateEntitlementAtOneBank.Name)
	}
	if r.RequiresBankID {
		if _, err := s.banks.GetBank(ctx, bankID); err != nil {
			return Entitlement{}, err
		}
	}
	if _, err := s.users.GetUser(ctx, userID); err != nil {
		return Entitlement{}, err
	}
	e := Entitlement{ID: ids.New(), UserID: userID, BankID: bankID, RoleName: r.Name, CreatedAt: s.clock.Now()}
	if err := s.store.CreateEntitlement(ctx, e); err != nil {
		return Entitlement{}, err
	}
	return e, s.policy.EntitlementsChanged(ctx, userID)
}

func (s *Service) mayGrant(grantorID string, r role.Role, bankID string) bool {
	if s.roles.HasRole(grantorID, "", role.CanCreateEntitlementAtAnyBank.Name) {
		return true
	}
	return r.RequiresBankID && s.roles.HasRole(grantorID, bankID, role.CanCreateEntitlementAtOneBank.Name)
}

// GrantUnchecked grants without a grantor: the bootstrap path (sandbox seed, `obp admin
// grant`) for an operator with access to the server itself.
func (s *Service) GrantUnchecked(ctx context.Context, userID, bankID, roleName string) (Entitlement, error) {
	r, err := roleAt(roleName, bankID)
	if err != nil {
		return Entitlement{}, err
	}
	e := Entitlement{ID: ids.New(), UserID: userID, BankID: bankID, RoleName: r.Name, CreatedAt: s.clock.Now()}
	if err := s.store.CreateEntitlement(ctx, e); err != nil {
		return Entitlement{}, err
	}
	return e, s.policy.EntitlementsChanged(ctx, userID)
}

// Revoke deletes an entitlement of userID; the route's role guard has checked the caller.
func (s *Service) Revoke(ctx context.Context, userID, entitlementID string) error {
	e, err := s.store.GetEntitlement(ctx, entitlementID)
	if err != nil {
		return err
	}
	if e.UserID != userID {
		return obperr.EntitlementNotFound
	}
	if err := s.store.DeleteEntitlement(ctx, e.ID); err != nil {
		return err
	}
	return s.policy.EntitlementsChanged(ctx, userID)
}

// Request records that userID asks for a role.
func (s *Service) Request(ctx context.Context, userID, bankID, roleName string) (Request, error) {
	r, err := roleAt(roleName, bankID)
	if err != nil {
		return Request{}, err
	}
	if r.RequiresBankID {
		if _, err := s.banks.GetBank(ctx, bankID); err != nil {
			return Request{}, err
		}
	}
	req := Request{ID: ids.New(), UserID: userID, BankID: bankID, RoleName: r.Name, CreatedAt: s.clock.Now()}
	return req, s.store.CreateRequest(ctx, req)
}

// roleAt checks the role exists and that bankID fits its scope.
func roleAt(roleName, bankID string) (role.Role, error) {
	r, ok := role.Lookup(roleName)
	if !ok {
		return r, unknownRole(roleName)
	}
	if r.RequiresBankID && bankID == "" {
		return r, obperr.EntitlementIsBankRole
	}
	if !r.RequiresBankID && bankID != "" {
		return r, obperr.EntitlementIsSystemRole
	}
	return r, nil
}

// GrantBankCreator implements bank.CreatorGrants: the creator of a bank may grant roles
// at it. Holding the right already is fine.
func (s *Service) GrantBankCreator(ctx context.Context, userID, bankID string) error {
	_, err := s.GrantUnchecked(ctx, userID, bankID, role.CanCreateEntitlementAtOneBank.Name)
	if errors.Is(err, obperr.EntitlementAlreadyExists) {
		return nil
	}
	return err
}
