package mapped_test

import (
	"context"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/connectortest"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/internal/testenv"
)

// The mapped connector passes the conformance suite on both engines.
func TestMappedConnectorConformance(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		// User-customer links reference the server's users, which share mapped's database.
		store := mapped.NewStore(db, clock.System)
		newUser := func(t *testing.T) string {
			u := user.User{ID: ids.New(), Provider: "conformance", Username: ids.New(), PasswordHash: "-", CreatedAt: time.Now().UTC()}
			if err := store.CreateUser(ctx, u); err != nil {
				t.Fatalf("CreateUser for the suite's links returned %v", err)
			}
			return u.ID
		}
		connectortest.TestConnector(t, mapped.NewConnector(db, clock.System), connectortest.WithUsers(newUser))
	})
}
