package entitlement

import (
	"context"
	"errors"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
)

func (m *entitlementMemory) ListEntitlementsForUser(_ context.Context, userID string) ([]Entitlement, error) {
	var out []Entitlement
	for _, e := range m.entitlements {
		if e.UserID == userID {
			out = append(out, e)
		}
	}
	return out, nil
}

func (m *entitlementMemory) ListEntitlements(_ context.Context, roleName string, _, _ int) ([]Entitlement, error) {
	var out []Entitlement
	for _, e := range m.entitlements {
		if roleName == "" || e.RoleName == roleName {
			out = append(out, e)
		}
	}
	return out, nil
}

func TestAtBankListsOnlyThatBanksEntitlementsOfAnExistingUserAndBank(t *testing.T) {
	s, _, _ := grantors(
		Entitlement{ID: "e1", UserID: "tom", BankID: "b", RoleName: role.CanCreateAccount.Name},
		Entitlement{ID: "e2", UserID: "tom", BankID: "c", RoleName: role.CanCreateAccount.Name},
		Entitlement{ID: "e3", UserID: "tom", RoleName: role.CanCreateBank.Name},
		Entitlement{ID: "e4", UserID: "clerk", BankID: "b", RoleName: role.CanCreateAccount.Name},
	)
	got, err := s.AtBank(context.Background(), "b", "tom")
	if err != nil || len(got) != 1 || got[0].ID != "e1" {
		t.Errorf("AtBank(b, tom) = %v, %v; want e1 only", got, err)
	}
	if got, err := s.AtBank(context.Background(), "c", "banker"); err != nil || got == nil || len(got) != 0 {
		t.Errorf("AtBank(c, banker) = %#v, %v; want an empty list", got, err)
	}
	if _, err := s.AtBank(context.Background(), "nowhere", "tom"); !errors.Is(err, obperr.BankNotFound) {
		t.Errorf("an unknown bank: %v", err)
	}
	if _, err := s.AtBank(context.Background(), "b", "ghost"); !errors.Is(err, obperr.UserNotFoundByID) {
		t.Errorf("an unknown user: %v", err)
	}
}

func TestListRefusesAnUnknownRoleName(t *testing.T) {
	s, _, _ := grantors(Entitlement{ID: "e1", UserID: "tom", BankID: "b", RoleName: role.CanCreateAccount.Name})
	if got, err := s.List(context.Background(), role.CanCreateAccount.Name, 50, 0); err != nil || len(got) != 1 {
		t.Errorf("List(CanCreateAccount) = %v, %v", got, err)
	}
	if _, err := s.List(context.Background(), "CanFly", 50, 0); !errors.Is(err, obperr.IncorrectRoleName) {
		t.Errorf("List(CanFly): %v; want IncorrectRoleName", err)
	}
}
