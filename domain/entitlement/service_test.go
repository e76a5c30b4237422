package entitlement

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
)

var grantedAt = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

// grantors: root holds CanCreateEntitlementAtAnyBank, banker CanCreateEntitlementAtOneBank
// at bank b, clerk only CanCreateAccount at b. tom is the user roles are granted to.
func grantors(es ...Entitlement) (*Service, *entitlementMemory, *syncLog) {
	m := newEntitlementMemory(es...)
	holders := roleHolders{
		{"root", "", role.CanCreateEntitlementAtAnyBank.Name}:    true,
		{"banker", "b", role.CanCreateEntitlementAtOneBank.Name}: true,
		{"clerk", "b", role.CanCreateAccount.Name}:               true,
	}
	users := registry{"root": true, "banker": true, "clerk": true, "tom": true}
	p := &syncLog{}
	return NewService(m, users, users, holders, p, func() time.Time { return grantedAt }), m, p
}

func TestGrantFollowsOBPsGrantRules(t *testing.T) {
	for _, tc := range []struct {
		name    string
		grantor string
		user    string
		bankID  string
		role    string
		want    *obperr.Code // nil: granted
	}{
		{"a bank role needs a bank id", "root", "tom", "", role.CanCreateAccount.Name, obperr.EntitlementIsBankRole},
		{"a system role takes no bank id", "root", "tom", "b", role.CanCreateBank.Name, obperr.EntitlementIsSystemRole},
		{"an unknown role", "root", "tom", "b", "CanDoAnything", obperr.IncorrectRoleName},
		{"any-bank granter grants a system role", "root", "tom", "", role.CanCreateBank.Name, nil},
		{"any-bank granter grants a bank role at any bank", "root", "tom", "c", role.CanCreateAccount.Name, nil},
		{"any-bank granter grants the any-bank right", "root", "tom", "", role.CanCreateEntitlementAtAnyBank.Name, nil},
		{"one-bank granter grants a bank role at its bank", "banker", "tom", "b", role.CanCreateAccount.Name, nil},
		{"one-bank granter grants its own right at its bank", "banker", "tom", "b", role.CanCreateEntitlementAtOneBank.Name, nil},
		{"one-bank granter at another bank", "banker", "tom", "c", role.CanCreateAccount.Name, obperr.UserHasMissingRoles},
		{"one-bank granter and a system role", "banker", "tom", "", role.CanCreateBank.Name, obperr.UserHasMissingRoles},
		{"one-bank granter and the any-bank right", "banker", "tom", "", role.CanCreateEntitlementAtAnyBank.Name, obperr.UserHasMissingRoles},
		{"a user with other roles only", "clerk", "tom", "b", role.CanCreateAccount.Name, obperr.UserHasMissingRoles},
		{"a user granting to themselves without the right", "tom", "tom", "b", role.CanCreateEntitlementAtOneBank.Name, obperr.UserHasMissingRoles},
		{"an unknown bank", "root", "tom", "nowhere", role.CanCreateAccount.Name, obperr.BankNotFound},
		{"an unknown user", "root", "ghost", "b", role.CanCreateAccount.Name, obperr.UserNotFoundByID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m, p := grantors()
			e, err := s.Grant(context.Background(), tc.grantor, tc.user, tc.bankID, tc.role)
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Errorf("Grant: %v; want %s", err, tc.want.ID)
				}
				if m.writes != 0 || len(*p) != 0 {
					t.Errorf("a refused grant wrote %d times and told the cache about %v", m.writes, *p)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if e.ID == "" || e.UserID != tc.user || e.BankID != tc.bankID || e.RoleName != tc.role || !e.CreatedAt.Equal(grantedAt) {
				t.Errorf("granted %+v", e)
			}
			if _, ok := m.entitlements[e.ID]; !ok {
				t.Error("the entitlement was not stored")
			}
			if len(*p) != 1 || (*p)[0] != tc.user {
				t.Errorf("cache told about %v; want %s", *p, tc.user)
			}
		})
	}
}

func TestGrantingTheSameRoleTwiceIsEntitlementAlreadyExists(t *testing.T) {
	s, m, _ := grantors()
	if _, err := s.Grant(context.Background(), "root", "tom", "b", role.CanCreateAccount.Name); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Grant(context.Background(), "root", "tom", "b", role.CanCreateAccount.Name); !errors.Is(err, obperr.EntitlementAlreadyExists) {
		t.Errorf("second grant: %v; want EntitlementAlreadyExists", err)
	}
	if _, err := s.Grant(context.Background(), "root", "tom", "c", role.CanCreateAccount.Name); err != nil {
		t.Errorf("the same role at another bank: %v", err)
	}
	if len(m.entitlements) != 2 {
		t.Errorf("%d entitlements, want 2", len(m.entitlements))
	}
}

func TestBankCreatorGrantIsIdempotent(t *testing.T) {
	s, m, _ := grantors()
	for range 2 {
		if err := s.GrantBankCreator(context.Background(), "tom", "b"); err != nil {
			t.Fatal(err)
		}
	}
	if len(m.entitlements) != 1 {
		t.Errorf("%d entitlements, want 1", len(m.entitlements))
	}
}

func TestRevokeDeletesOnlyTheUsersOwnEntitlement(t *testing.T) {
	held := Entitlement{ID: "e1", UserID: "tom", BankID: "b", RoleName: role.CanCreateAccount.Name}
	for _, tc := range []struct {
		name, user, id string
		want           *obperr.Code // nil: revoked
	}{
		{"the user's entitlement", "tom", "e1", nil},
		{"another user's entitlement", "clerk", "e1", obperr.EntitlementNotFound},
		{"an unknown entitlement", "tom", "e2", obperr.EntitlementNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m, p := grantors(held)
			err := s.Revoke(context.Background(), tc.user, tc.id)
			if tc.want != nil {
				if !errors.Is(err, tc.want) || len(m.entitlements) != 1 || len(*p) != 0 {
					t.Errorf("Revoke: %v, %d left, cache told %v; want %s and nothing changed", err, len(m.entitlements), *p, tc.want.ID)
				}
				return
			}
			if err != nil || len(m.entitlements) != 0 || len(*p) != 1 || (*p)[0] != "tom" {
				t.Errorf("Revoke: %v, %d left, cache told %v; want it gone and tom's cache refreshed", err, len(m.entitlements), *p)
			}
		})
	}
}

func TestEntitlementRequestRules(t *testing.T) {
	for _, tc := range []struct {
		name   string
		bankID string
		role   string
		want   *obperr.Code // nil: recorded
	}{
		{"a bank role at a bank", "b", role.CanCreateAccount.Name, nil},
		{"a system role", "", role.CanCreateBank.Name, nil},
		{"a bank role without a bank", "", role.CanCreateAccount.Name, obperr.EntitlementIsBankRole},
		{"a system role at a bank", "b", role.CanCreateBank.Name, obperr.EntitlementIsSystemRole},
		{"an unknown role", "b", "CanDoAnything", obperr.IncorrectRoleName},
		{"an unknown bank", "nowhere", role.CanCreateAccount.Name, obperr.BankNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m, _ := grantors()
			r, err := s.Request(context.Background(), "tom", tc.bankID, tc.role)
			if tc.want != nil {
				if !errors.Is(err, tc.want) || len(m.requests) != 0 {
					t.Errorf("Request: %v with %d stored; want %s and none", err, len(m.requests), tc.want.ID)
				}
				return
			}
			if err != nil || r.UserID != "tom" || r.BankID != tc.bankID || r.RoleName != tc.role || len(m.requests) != 1 {
				t.Errorf("Request = %+v, %v", r, err)
			}
		})
	}
}

func TestDuplicateEntitlementRequestIsRefused(t *testing.T) {
	s, m, _ := grantors()
	if _, err := s.Request(context.Background(), "tom", "b", role.CanCreateAccount.Name); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Request(context.Background(), "tom", "b", role.CanCreateAccount.Name); !errors.Is(err, obperr.EntitlementRequestAlreadyExists) {
		t.Errorf("second request: %v; want EntitlementRequestAlreadyExists", err)
	}
	if len(m.requests) != 1 {
		t.Errorf("%d requests stored, want 1", len(m.requests))
	}
}
