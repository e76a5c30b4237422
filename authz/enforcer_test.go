package authz

import (
	"context"
	"log/slog"
	"testing"

	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/view"
)

type memStore struct {
	entitlement.Store
	rows []entitlement.Entitlement
}

func (m *memStore) ListEntitlementsForUser(_ context.Context, id string) ([]entitlement.Entitlement, error) {
	var out []entitlement.Entitlement
	for _, r := range m.rows {
		if r.UserID == id {
			out = append(out, r)
		}
	}
	return out, nil
}

type noViews struct{ view.Store }

func (noViews) ListAccessForUser(context.Context, string) ([]view.Access, error) { return nil, nil }

func (m *memStore) revoke(userID, roleName string) {
	kept := m.rows[:0]
	for _, r := range m.rows {
		if r.UserID != userID || r.RoleName != roleName {
			kept = append(kept, r)
		}
	}
	m.rows = kept
}

func TestEnforcerFollowsGrantsAndRevokes(t *testing.T) {
	ctx := context.Background()
	admin := ids.New()
	st := &memStore{rows: []entitlement.Entitlement{{UserID: admin, RoleName: "CanCreateBank"}}}
	a, err := New(ctx, st, noViews{}, nil, slog.Default())
	if err != nil {
		t.Fatal(err)
	}
	if !a.HasRole(admin, "", "CanCreateBank") {
		t.Fatal("initial load missed a grant")
	}
	users := make([]string, 10)
	for i := range users {
		users[i] = ids.New()
		st.rows = append(st.rows, entitlement.Entitlement{UserID: users[i], BankID: "gh.29.uk", RoleName: "CanCreateAccount"})
		if err := a.EntitlementsChanged(ctx, users[i]); err != nil {
			t.Fatal(err)
		}
		if !a.HasRole(users[i], "gh.29.uk", "CanCreateAccount") {
			t.Fatalf("grant %d not followed", i)
		}
		if a.HasRole(users[i], "other.bank", "CanCreateAccount") || a.HasRole(users[i], "", "CanCreateAccount") {
			t.Fatalf("a bank grant leaked to another scope")
		}
	}
	st.revoke(users[3], "CanCreateAccount")
	if err := a.EntitlementsChanged(ctx, users[3]); err != nil {
		t.Fatal(err)
	}
	if a.HasRole(users[3], "gh.29.uk", "CanCreateAccount") {
		t.Fatal("revoke not followed")
	}
	for i, u := range users {
		if i != 3 && !a.HasRole(u, "gh.29.uk", "CanCreateAccount") {
			t.Fatalf("user %d lost a grant when another was revoked", i)
		}
	}
	if !a.HasRole(admin, "", "CanCreateBank") {
		t.Fatal("the admin lost a grant")
	}
}
