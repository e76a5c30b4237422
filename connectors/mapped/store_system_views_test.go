package mapped_test

import (
	"context"
	"errors"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/internal/testenv"
)

func TestSystemViewStore(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		st := mapped.NewStore(db, clock.System)
		insertUser(t, db, "holder", "holder")
		teller := view.View{ID: "Teller", ShortName: "Teller", IsSystem: true, Allowed: map[view.Permission]bool{view.CanSeeBalance: true},
			CanGrantAccessToViews: []string{"Teller"}, CanRevokeAccessToViews: []string{}}
		if err := st.CreateSystemView(ctx, teller); err != nil {
			t.Fatal(err)
		}
		if err := st.CreateSystemView(ctx, teller); !errors.Is(err, obperr.SystemViewAlreadyExists) {
			t.Errorf("creating it again: %v", err)
		}
		got, err := st.GetSystemView(ctx, "Teller")
		if err != nil || !got.IsSystem || !got.Can(view.CanSeeBalance) || len(got.CanGrantAccessToViews) != 1 || got.CanRevokeAccessToViews == nil {
			t.Fatalf("GetSystemView = %+v, %v", got, err)
		}
		teller.Allowed = map[view.Permission]bool{view.CanSeeBankAccountNumber: true}
		if err := st.UpdateSystemView(ctx, teller); err != nil {
			t.Fatal(err)
		}
		if got, _ := st.GetSystemView(ctx, "Teller"); got.Can(view.CanSeeBalance) || !got.Can(view.CanSeeBankAccountNumber) {
			t.Errorf("after the update: %+v", got)
		}
		if err := st.UpdateSystemView(ctx, view.View{ID: "Nope"}); !errors.Is(err, obperr.SystemViewNotFound) {
			t.Errorf("updating a missing view: %v", err)
		}

		// Granted, it stays; revoked, it goes.
		grant := view.Access{UserID: "holder", BankID: "b", AccountID: "a", ViewID: "Teller"}
		if err := st.GrantAccess(ctx, grant); err != nil {
			t.Fatal(err)
		}
		if err := st.DeleteSystemView(ctx, "Teller"); !errors.Is(err, obperr.DeleteSystemViewError) {
			t.Fatalf("deleting a granted view: %v", err)
		}
		if err := st.RevokeAccess(ctx, grant); err != nil {
			t.Fatal(err)
		}
		if err := st.DeleteSystemView(ctx, "Teller"); err != nil {
			t.Fatal(err)
		}
		if err := st.DeleteSystemView(ctx, "Teller"); !errors.Is(err, obperr.SystemViewNotFound) {
			t.Errorf("deleting it again: %v", err)
		}

		// A grant left of an earlier view of the id (one that raced its deletion) does not
		// pass to a new view of that id.
		if err := st.GrantAccess(ctx, grant); err != nil {
			t.Fatal(err)
		}
		if err := st.CreateSystemView(ctx, teller); err != nil {
			t.Fatal(err)
		}
		if left, _ := st.ListAccessForUser(ctx, "holder"); len(left) != 0 {
			t.Errorf("the new view inherited %v", left)
		}
		if list, err := st.ListSystemViews(ctx); err != nil || len(list) != 1 || list[0].ID != "Teller" {
			t.Errorf("ListSystemViews = %v, %v", list, err)
		}
	})
}
