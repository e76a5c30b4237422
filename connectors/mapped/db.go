// Package mapped is the connector and store that keep everything in the server's own
// database through gorm: PostgreSQL in production, an embedded SQLite file by default.
package mapped

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Engine names the database behind a DB.
type Engine string

const (
	Postgres Engine = "postgres"
	SQLite   Engine = "sqlite"
)

// DefaultSQLitePath is where the embedded database lives when DATABASE_URL is unset.
const DefaultSQLitePath = "./data/obp.db"

// PoolConfig bounds the PostgreSQL connection pool.
type PoolConfig struct {
	MaxOpen     int
	MaxIdle     int
	MaxLifetime time.Duration
	MaxIdleTime time.Duration
	// DirectURL, when set, is a postgres:// URL straight to the PostgreSQL primary for the
	// work that needs a session of its own: the LISTEN connection of the change feeds and
	// the migration lock (a session-level advisory lock). Set it when the pool's URL goes
	// through a pooler in transaction mode (PgBouncer), which would break both.
	DirectURL string
}

// DefaultPool suits one server process on the 2-core machines we target.
var DefaultPool = PoolConfig{MaxOpen: 20, MaxIdle: 20, MaxLifetime: 30 * time.Minute, MaxIdleTime: 5 * time.Minute}

// DB is an open database and the engine it runs on.
type DB struct {
	Gorm   *gorm.DB
	Engine Engine
	url    string // the pool's URL
	direct string // for the dedicated LISTEN connection and the migration lock ("": url)
}

// Open connects to url: a postgres:// (or postgresql://) URL selects PostgreSQL; anything
// else is taken as a SQLite file path, "" meaning DefaultSQLitePath.
func Open(url string, pool PoolConfig) (*DB, error) {
	cfg := &gorm.Config{Logger: logger.Default.LogMode(logger.Silent), SkipDefaultTransaction: true}
	if strings.HasPrefix(url, "postgres://") || strings.HasPrefix(url, "postgresql://") {
		g, err := gorm.Open(postgres.Open(url), cfg)
		if err != nil {
			return nil, fmt.Errorf("open postgres: %w", err)
		}
		sqlDB, err := g.DB()
		if err != nil {
			return nil, err
		}
		sqlDB.SetMaxOpenConns(pool.MaxOpen)
		sqlDB.SetMaxIdleConns(pool.MaxIdle)
		sqlDB.SetConnMaxLifetime(pool.MaxLifetime)
		sqlDB.SetConnMaxIdleTime(pool.MaxIdleTime)
		return &DB{Gorm: g, Engine: Postgres, url: url, direct: pool.DirectURL}, nil
	}
	path := strings.TrimPrefix(url, "sqlite://")
	if path == "" {
		path = DefaultSQLitePath
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create database directory %s: %w", dir, err)
		}
	}
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)"
	g, err := gorm.Open(sqlite.Open(dsn), cfg)
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	sqlDB, err := g.DB()
	if err != nil {
		return nil, err
	}
	// SQLite has one writer. A single connection serialises writers in the pool instead of
	// letting a read-then-write transaction fail with SQLITE_BUSY under load.
	sqlDB.SetMaxOpenConns(1)
	return &DB{Gorm: g, Engine: SQLite}, nil
}

// Ping checks the database answers within ctx.
func (db *DB) Ping(ctx context.Context) error {
	sqlDB, err := db.Gorm.DB()
	if err != nil {
		return err
	}
	return sqlDB.PingContext(ctx)
}

// Close releases the pool.
func (db *DB) Close() error {
	sqlDB, err := db.Gorm.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// sessionURL is the URL of connections that keep session state (LISTEN, the migration
// lock): the direct URL when one is set, else the pool's.
func (db *DB) sessionURL() string {
	if db.direct != "" {
		return db.direct
	}
	return db.url
}

// URL is the PostgreSQL URL the pool was opened with ("" for SQLite). It holds
// credentials: never log it.
func (db *DB) URL() string { return db.url }
