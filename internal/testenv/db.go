// Package testenv runs the black-box suites on both engines: a SQLite file per test and,
// when TEST_DATABASE_URL is set (make test sets it), a PostgreSQL schema per test.
package testenv

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
)

// Engine opens a fresh, empty database for one test.
type Engine struct {
	Name string
	Open func(t testing.TB) *mapped.DB
}

// Engines lists the engines to run on. Without TEST_DATABASE_URL the PostgreSQL leg is
// skipped locally, loudly, and fails under CI. OBP_TEST_ENGINES=sqlite runs SQLite alone:
// make test's REST leg, whose subject is the connector, not the engine.
func Engines() []Engine {
	if os.Getenv("OBP_TEST_ENGINES") == "sqlite" {
		return []Engine{{Name: "sqlite", Open: OpenSQLite}}
	}
	return []Engine{{Name: "sqlite", Open: OpenSQLite}, {Name: "postgres", Open: OpenPostgres}}
}

// ForEachEngine runs fn as a subtest per engine, each on a fresh empty database.
// The engines' subtests run in parallel: each owns its database.
func ForEachEngine(t *testing.T, fn func(t *testing.T, db *mapped.DB)) {
	t.Helper()
	for _, e := range Engines() {
		t.Run(e.Name, func(t *testing.T) {
			t.Parallel()
			fn(t, e.Open(t))
		})
	}
}

// OpenSQLite opens an empty SQLite file in the test's temporary directory.
func OpenSQLite(t testing.TB) *mapped.DB {
	t.Helper()
	db, err := mapped.Open(filepath.Join(t.TempDir(), "obp.db"), mapped.DefaultPool)
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// OpenPostgres opens an empty schema of its own on TEST_DATABASE_URL.
func OpenPostgres(t testing.TB) *mapped.DB {
	t.Helper()
	db, err := mapped.Open(PostgresSchemaURL(t), mapped.DefaultPool)
	if err != nil {
		t.Fatalf("open postgres schema: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// PostgresSchemaURL creates an empty schema of its own on TEST_DATABASE_URL, dropped when
// the test ends, and returns the URL that opens it.
func PostgresSchemaURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv("TEST_DATABASE_URL")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("TEST_DATABASE_URL is unset under CI: the PostgreSQL leg must run (use make test)")
		}
		t.Skip("SKIPPING the PostgreSQL leg: TEST_DATABASE_URL is unset (make test starts a PostgreSQL)")
	}
	admin, err := mapped.Open(base, mapped.PoolConfig{MaxOpen: 2, MaxIdle: 1})
	if err != nil {
		t.Fatalf("open postgres: %v", err)
	}
	schema := "t_" + randomHex(8)
	if err := admin.Gorm.Exec(`CREATE SCHEMA "` + schema + `"`).Error; err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		admin.Gorm.WithContext(context.Background()).Exec(`DROP SCHEMA "` + schema + `" CASCADE`)
		admin.Close()
	})
	return WithSearchPath(base, schema)
}

// WithSearchPath points a PostgreSQL URL at one schema.
func WithSearchPath(base, schema string) string {
	u, err := url.Parse(base)
	if err != nil {
		return base
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// PostgresAvailable reports whether TEST_DATABASE_URL names a PostgreSQL.
func PostgresAvailable() bool { return os.Getenv("TEST_DATABASE_URL") != "" }
