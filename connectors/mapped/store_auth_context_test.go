package mapped_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/authcontext"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/internal/testenv"
)

func TestAuthContextStore(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		st := mapped.NewStore(db, clock.System)
		insertUser(t, db, "ellie", "ellie")
		now := time.Now().UTC().Truncate(time.Second)
		pair := func(id, key, value string) authcontext.UserAuthContext {
			return authcontext.UserAuthContext{ID: id, UserID: "ellie", ConsumerID: "app", Key: key, Value: value, CreatedAt: now}
		}
		first, err := st.UpsertAuthContext(ctx, pair("c1", "CUSTOMER_NUMBER", "1"))
		if err != nil || first.ID != "c1" {
			t.Fatalf("upsert = %+v, %v", first, err)
		}
		again, err := st.UpsertAuthContext(ctx, pair("c2", "CUSTOMER_NUMBER", "2"))
		if err != nil || again.ID != "c1" || again.Value != "2" {
			t.Errorf("upsert of the same key = %+v, %v; want c1 with value 2", again, err)
		}
		if _, err := st.UpsertAuthContext(ctx, pair("c3", "PHONE_NUMBER", "+44")); err != nil {
			t.Fatal(err)
		}
		list, err := st.ListAuthContexts(ctx, "ellie")
		if err != nil || len(list) != 2 || list[0].Key != "CUSTOMER_NUMBER" || list[1].Key != "PHONE_NUMBER" {
			t.Errorf("list = %+v, %v", list, err)
		}
		if err := st.DeleteAuthContext(ctx, "someone-else", "c1"); !errors.Is(err, obperr.DeleteUserAuthContextNotFound) {
			t.Errorf("delete another user's pair: %v", err)
		}
		if err := st.DeleteAuthContext(ctx, "ellie", "c1"); err != nil {
			t.Error(err)
		}
		if err := st.DeleteAuthContexts(ctx, "ellie"); err != nil {
			t.Error(err)
		}
		if list, _ := st.ListAuthContexts(ctx, "ellie"); len(list) != 0 {
			t.Errorf("after deleting all: %+v", list)
		}

		if _, err := st.GetAuthContextUpdate(ctx, "nope"); !errors.Is(err, obperr.UserAuthContextUpdateNotFound) {
			t.Errorf("unknown update: %v", err)
		}
		u := authcontext.Update{ID: "u1", UserID: "ellie", BankID: "gh.29.uk", ConsumerID: "app", Key: "CUSTOMER_NUMBER",
			Value: "5987953", Status: authcontext.Initiated, CreatedAt: now}
		if err := st.CreateAuthContextUpdate(ctx, u); err != nil {
			t.Fatal(err)
		}
		// Racing accepts: one claims the update and writes the pair.
		var claims atomic.Int32
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok, err := st.AcceptAuthContextUpdate(ctx, "u1", pair(fmt.Sprintf("a%d", i), "CUSTOMER_NUMBER", "5987953"))
				if err != nil {
					t.Errorf("accept: %v", err)
				}
				if ok {
					claims.Add(1)
				}
			}()
		}
		wg.Wait()
		if claims.Load() != 1 {
			t.Errorf("%d accepts claimed the update, want 1", claims.Load())
		}
		if got, _ := st.GetAuthContextUpdate(ctx, "u1"); got.Status != authcontext.Accepted {
			t.Errorf("update = %+v", got)
		}
		if list, _ := st.ListAuthContexts(ctx, "ellie"); len(list) != 1 || list[0].Value != "5987953" {
			t.Errorf("after the accept: %+v", list)
		}
		if ok, err := st.RejectAuthContextUpdate(ctx, "u1"); ok || err != nil {
			t.Errorf("rejecting an accepted update = %v, %v", ok, err)
		}
	})
}
