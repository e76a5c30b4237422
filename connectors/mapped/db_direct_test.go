package mapped_test

import (
	"context"
	"log/slog"
	"net/url"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func withParam(t *testing.T, base, name, value string) string {
	t.Helper()
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set(name, value)
	u.RawQuery = q.Encode()
	return u.String()
}

// With a direct URL (the pool's URL going through a transaction pooler), the work that
// keeps session state runs on connections of its own to it: the migrations under their
// advisory lock, and the LISTEN of the change feeds.
func TestDirectURLCarriesMigrationsAndListen(t *testing.T) {
	schemaURL := testenv.PostgresSchemaURL(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	// A pool whose sessions are read-only: the migrations still run, so they use the direct URL.
	readOnly, err := mapped.Open(withParam(t, schemaURL, "default_transaction_read_only", "on"),
		mapped.PoolConfig{MaxOpen: 2, MaxIdle: 1, DirectURL: schemaURL})
	if err != nil {
		t.Fatal(err)
	}
	defer readOnly.Close()
	if err := readOnly.Gorm.Exec("CREATE TABLE obp_direct_probe (id INT)").Error; err == nil {
		t.Fatal("the read-only pool wrote")
	}
	done, err := readOnly.MigrateUp(ctx)
	if err != nil || len(done) == 0 {
		t.Fatalf("migrations through the direct URL: %v applied, %v", done, err)
	}

	// The pool as behind PgBouncer in transaction mode: no named prepared statements.
	pooled := withParam(t, withParam(t, schemaURL, "default_query_exec_mode", "exec"), "application_name", "obp-pooled-test")
	direct := withParam(t, schemaURL, "application_name", "obp-direct-test")
	db, err := mapped.Open(pooled, mapped.PoolConfig{MaxOpen: 2, MaxIdle: 1, DirectURL: direct})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, err := db.Pending(ctx); err != nil || n != 0 {
		t.Fatalf("pending after the direct migration: %d, %v", n, err)
	}
	feed, err := mapped.NewPolicyChanges(ctx, db, slog.Default())
	if err != nil {
		t.Fatal(err)
	}
	listening, heard := make(chan struct{}, 1), make(chan string, 1)
	lctx, stop := context.WithCancel(ctx)
	defer stop()
	go feed.Listen(lctx, func(user string) { heard <- user }, func() { listening <- struct{}{} })
	select {
	case <-listening:
	case <-ctx.Done():
		t.Fatal("the listener never connected")
	}
	var prepared int
	if err := db.Gorm.Raw("SELECT count(*) FROM pg_prepared_statements WHERE name <> '' AND ? <> ''", "x").Scan(&prepared).Error; err != nil || prepared != 0 {
		t.Errorf("named prepared statements on the pooled session: %d, %v", prepared, err)
	}
	var apps []string
	if err := db.Gorm.Raw(`SELECT application_name FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND datname = current_database()
		AND application_name LIKE 'obp-%-test'`).Scan(&apps).Error; err != nil {
		t.Fatal(err)
	}
	if len(apps) == 0 || apps[0] != "obp-direct-test" {
		t.Errorf("LISTEN sessions by application name: %v, want obp-direct-test", apps)
	}
	if err := feed.Publish(ctx, "user-1"); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-heard:
		if got != "user-1" {
			t.Errorf("heard %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Error("a change published through the pool was not heard on the direct connection")
	}
}
