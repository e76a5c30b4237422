package authz

import (
	"context"
	"fmt"
	"log/slog"
	"testing"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/view"
)

// bigStores holds n users, each with one entitlement and owner access to one account:
// a bank's worth of grants.
type bigStores struct {
	memStore
	noViews
	access []view.Access
}

func (b *bigStores) ListAccessForUser(_ context.Context, id string) ([]view.Access, error) {
	var out []view.Access
	for _, a := range b.access { // a store would use its index; the enforcer's cost is measured
		if a.UserID == id {
			out = append(out, a)
		}
	}
	return out, nil
}
func (b *bigStores) GetCustomView(context.Context, account.Ref, string) (view.View, error) {
	return view.View{}, fmt.Errorf("no custom views")
}

func newBig(n int) *bigStores {
	b := &bigStores{}
	for i := 0; i < n; i++ {
		u := fmt.Sprintf("user-%d", i)
		b.rows = append(b.rows, entitlement.Entitlement{UserID: u, BankID: "gh.29.uk", RoleName: "CanCreateAccount"})
		b.access = append(b.access, view.Access{UserID: u, BankID: "gh.29.uk", AccountID: fmt.Sprintf("acct-%d", i), ViewID: view.Owner})
	}
	return b
}

// BenchmarkChecksWith100kGrants is the cost of one role check and one view check when
// the server holds 100,000 entitlements and 100,000 account grants.
func BenchmarkChecksWith100kGrants(b *testing.B) {
	st := newBig(100_000)
	a, err := New(context.Background(), st, st, nil, slog.Default())
	if err != nil {
		b.Fatal(err)
	}
	ref := account.Ref{BankID: "gh.29.uk", AccountID: "acct-77777"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if !a.HasRole("user-77777", "gh.29.uk", "CanCreateAccount") || !a.CanOnView("user-77777", ref, view.Owner, view.CanSeeBalance) {
			b.Fatal("denied")
		}
	}
}
