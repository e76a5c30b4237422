package star_test

import (
	"context"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/connectortest"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/connectors/star"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/methodrouting"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/internal/testenv"
)

// secondDB opens an empty, migrated database of db's engine.
func secondDB(t *testing.T, db *mapped.DB) *mapped.DB {
	t.Helper()
	other := testenv.OpenSQLite(t)
	if db.Engine == mapped.Postgres {
		other = testenv.OpenPostgres(t)
	}
	if _, err := other.MigrateUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	return other
}

// The star connector passes the conformance suite with mapped as its default and every
// method of about half the suite's banks (ids ct.bank-0... to ct.bank-7...) routed to a
// second mapped connector on a database of its own, reached through the REST factory.
func TestStarConnectorConformance(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		other := secondDB(t, db)
		store, otherStore := mapped.NewStore(db, clock.System), mapped.NewStore(other, clock.System)
		svc := methodrouting.NewService(store, port.Methods, nil, clock.System)
		for _, m := range port.Methods {
			if _, err := svc.Create(ctx, methodrouting.New{MethodName: m, ConnectorName: methodrouting.RestVMar2019,
				BankIDPattern: `ct\.bank-[0-7].*`, Parameters: []methodrouting.Param{{Key: "url", Value: "http://second.example/obp"}}}); err != nil {
				t.Fatal(err)
			}
		}
		routes, err := star.NewRoutes(ctx, store, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		second := mapped.NewConnector(other, clock.System)
		conn := star.New(mapped.NewConnector(db, clock.System), func(string, map[string]string) (port.Connector, error) {
			return second, nil
		}, routes)
		// Links reference users: each user exists in both databases.
		newUser := func(t *testing.T) string {
			u := user.User{ID: ids.New(), Provider: "conformance", Username: ids.New(), PasswordHash: "-", CreatedAt: time.Now().UTC()}
			for _, s := range []*mapped.Store{store, otherStore} {
				if err := s.CreateUser(ctx, u); err != nil {
					t.Fatalf("CreateUser for the suite's links returned %v", err)
				}
			}
			return u.ID
		}
		connectortest.TestConnector(t, conn, connectortest.WithUsers(newUser))

		routed, err := second.GetBanks(ctx)
		if err != nil {
			t.Fatal(err)
		}
		kept, err := mapped.NewConnector(db, clock.System).GetBanks(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(routed) == 0 || len(kept) == 0 {
			t.Errorf("the suite's banks went %d to the routed connector and %d to the default; want some to each", len(routed), len(kept))
		}
		for _, b := range routed {
			if c := b.ID[len("ct.bank-")]; c > '7' {
				t.Errorf("bank %s was served by the routed connector; its pattern does not match it", b.ID)
			}
		}
	})
}
