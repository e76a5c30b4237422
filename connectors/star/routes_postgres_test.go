package star_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/connectors/star"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/methodrouting"
	"github.com/obp-go/obp/internal/testenv"
)

// process is what one server process holds of method routing: its own database handle,
// store, change feed and routing table, following the feed.
type process struct {
	routes  *star.Routes
	service *methodrouting.Service
}

func startProcess(ctx context.Context, t *testing.T, url string) process {
	t.Helper()
	db, err := mapped.Open(url, mapped.DefaultPool)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	store := mapped.NewStore(db, clock.System)
	feed, err := mapped.NewMethodRoutingChanges(ctx, db, slog.Default())
	if err != nil {
		t.Fatal(err)
	}
	routes, err := star.NewRoutes(ctx, store, feed, nil)
	if err != nil {
		t.Fatal(err)
	}
	routes.Follow(ctx)
	return process{routes: routes, service: methodrouting.NewService(store, port.Methods, routes, clock.System)}
}

// A routing created, changed or deleted through one process holds on another process
// over the same PostgreSQL database within a second (PostgreSQL only: on SQLite there is
// one process).
func TestMethodRoutingChangesReachEveryProcessWithinASecond(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	url := testenv.PostgresSchemaURL(t)
	migrator, err := mapped.Open(url, mapped.DefaultPool)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := migrator.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	migrator.Close()
	a, b := startProcess(ctx, t, url), startProcess(ctx, t, url)

	within := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not seen by the other process within 1s", what)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	connectorFor := func(p process, bankID string) string {
		r, ok := p.routes.Table().Resolve(port.GetBank, bankID)
		if !ok {
			return methodrouting.Mapped
		}
		return r.ConnectorName + " " + r.URL()
	}
	rest := methodrouting.New{MethodName: port.GetBank, ConnectorName: methodrouting.RestVMar2019, IsBankIDExactMatch: true,
		BankIDPattern: "de.bank", Parameters: []methodrouting.Param{{Key: "url", Value: "http://adapter.example/obp"}}}
	created, err := a.service.Create(ctx, rest)
	if err != nil {
		t.Fatal(err)
	}
	if connectorFor(a, "de.bank") != "rest_vMar2019 http://adapter.example/obp" {
		t.Fatalf("the writing process does not follow its own change at once")
	}
	within("create", func() bool { return connectorFor(b, "de.bank") == "rest_vMar2019 http://adapter.example/obp" })

	rest.Parameters[0].Value = "http://other.example/obp"
	if _, err := b.service.Update(ctx, created.ID, rest); err != nil {
		t.Fatal(err)
	}
	within("update", func() bool { return connectorFor(a, "de.bank") == "rest_vMar2019 http://other.example/obp" })

	if err := a.service.Delete(ctx, created.ID); err != nil {
		t.Fatal(err)
	}
	within("delete", func() bool { return connectorFor(b, "de.bank") == methodrouting.Mapped })
}
