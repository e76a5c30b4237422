package entitlement

import (
	"context"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// entitlementMemory keeps entitlements and requests with the store's uniqueness: one
// entitlement, and one request, per user, bank and role.
type entitlementMemory struct {
	Store
	entitlements map[string]Entitlement
	requests     map[string]Request
	writes       int
}

func newEntitlementMemory(es ...Entitlement) *entitlementMemory {
	m := &entitlementMemory{entitlements: map[string]Entitlement{}, requests: map[string]Request{}}
	for _, e := range es {
		m.entitlements[e.ID] = e
	}
	return m
}

func (m *entitlementMemory) CreateEntitlement(_ context.Context, e Entitlement) error {
	for _, x := range m.entitlements {
		if x.UserID == e.UserID && x.BankID == e.BankID && x.RoleName == e.RoleName {
			return obperr.EntitlementAlreadyExists
		}
	}
	m.writes++
	m.entitlements[e.ID] = e
	return nil
}

func (m *entitlementMemory) GetEntitlement(_ context.Context, id string) (Entitlement, error) {
	e, ok := m.entitlements[id]
	if !ok {
		return Entitlement{}, obperr.EntitlementNotFound
	}
	return e, nil
}

func (m *entitlementMemory) DeleteEntitlement(_ context.Context, id string) error {
	m.writes++
	delete(m.entitlements, id)
	return nil
}

func (m *entitlementMemory) CreateRequest(_ context.Context, r Request) error {
	for _, x := range m.requests {
		if x.UserID == r.UserID && x.BankID == r.BankID && x.RoleName == r.RoleName {
			return obperr.EntitlementRequestAlreadyExists
		}
	}
	m.writes++
	m.requests[r.ID] = r
	return nil
}

// roleHolders answers HasRole from "user bank role" triples (bank "" for system roles).
type roleHolders map[[3]string]bool

func (h roleHolders) HasRole(userID, bankID, roleName string) bool {
	return h[[3]string{userID, bankID, roleName}]
}

// syncLog records whose entitlements the authorization cache was told about.
type syncLog []string

func (s *syncLog) EntitlementsChanged(_ context.Context, userID string) error {
	*s = append(*s, userID)
	return nil
}

// registry knows bank b (and c) and the users in it.
type registry map[string]bool

func (r registry) GetUser(_ context.Context, id string) (user.User, error) {
	if !r[id] {
		return user.User{}, obperr.UserNotFoundByID
	}
	return user.User{ID: id}, nil
}

func (registry) GetBank(_ context.Context, id string) (bank.Bank, error) {
	if id != "b" && id != "c" {
		return bank.Bank{}, obperr.BankNotFound
	}
	return bank.Bank{ID: id}, nil
}
