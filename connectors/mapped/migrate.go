package mapped

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/migrations"
)

// Migration is one numbered step with its up and down SQL for this engine.
type Migration struct {
	Version int
	Name    string
	Up      string
	Down    string
}

// MigrationStatus is a migration and whether it is applied.
type MigrationStatus struct {
	Migration
	Applied   bool
	AppliedAt time.Time
}

// migrationLockID is the PostgreSQL advisory lock that keeps two starting servers from
// migrating at once.
const migrationLockID = 72_973_310

// Migrations reads the embedded migrations for engine, ordered by version.
func Migrations(engine Engine) ([]Migration, error) {
	return loadMigrations(migrations.FS, engine)
}

func loadMigrations(fsys fs.FS, engine Engine) ([]Migration, error) {
	files, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, err
	}
	byVersion := map[int]*Migration{}
	specific := map[string]bool{} // "<version>.<direction>" written for this engine
	for _, f := range files {
		version, name, dialect, direction, err := parseMigrationName(f)
		if err != nil {
			return nil, err
		}
		if dialect != "" && dialect != string(engine) {
			continue
		}
		key := fmt.Sprintf("%d.%s", version, direction)
		if dialect == "" && specific[key] {
			continue
		}
		body, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		m := byVersion[version]
		if m == nil {
			m = &Migration{Version: version, Name: name}
			byVersion[version] = m
		}
		if m.Name != name {
			return nil, fmt.Errorf("migration %d has two names: %q and %q", version, m.Name, name)
		}
		if dialect != "" {
			specific[key] = true
		}
		if direction == "up" {
			m.Up = string(body)
		} else {
			m.Down = string(body)
		}
	}
	out := make([]Migration, 0, len(byVersion))
	for _, m := range byVersion {
		if m.Up == "" || m.Down == "" {
			return nil, fmt.Errorf("migration %04d_%s needs both an up and a down file", m.Version, m.Name)
		}
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// parseMigrationName splits "0001_banks.postgres.up.sql" into its parts.
func parseMigrationName(file string) (version int, name, dialect, direction string, err error) {
	base := strings.TrimSuffix(file, ".sql")
	parts := strings.Split(base, ".")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, "", "", "", fmt.Errorf("migration file %q: want NNNN_name[.engine].up|down.sql", file)
	}
	direction = parts[len(parts)-1]
	if direction != "up" && direction != "down" {
		return 0, "", "", "", fmt.Errorf("migration file %q: direction must be up or down", file)
	}
	if len(parts) == 3 {
		dialect = parts[1]
		if dialect != string(Postgres) && dialect != string(SQLite) {
			return 0, "", "", "", fmt.Errorf("migration file %q: unknown engine %q", file, dialect)
		}
	}
	num, name, ok := strings.Cut(parts[0], "_")
	if !ok {
		return 0, "", "", "", fmt.Errorf("migration file %q: want NNNN_name", file)
	}
	version, err = strconv.Atoi(num)
	if err != nil || version <= 0 {
		return 0, "", "", "", fmt.Errorf("migration file %q: bad version %q", file, num)
	}
	return version, name, dialect, direction, nil
}

const createSchemaMigrations = `CREATE TABLE IF NOT EXISTS schema_migrations (
    version    BIGINT PRIMARY KEY,
    name       VARCHAR(255) NOT NULL,
    applied_at TIMESTAMP NOT NULL
)`

type appliedRow struct {
	Version   int
	Name      string
	AppliedAt time.Time
}

// MigrateUp applies every pending migration, each in its own transaction together with
// its schema_migrations row. It returns the versions it applied.
func (db *DB) MigrateUp(ctx context.Context) ([]int, error) {
	all, err := Migrations(db.Engine)
	if err != nil {
		return nil, err
	}
	var done []int
	err = db.withMigrationLock(ctx, func(conn *gorm.DB) error {
		applied, err := appliedVersions(conn)
		if err != nil {
			return err
		}
		for _, m := range all {
			if _, ok := applied[m.Version]; ok {
				continue
			}
			err := conn.Transaction(func(tx *gorm.DB) error {
				if err := runPreflight(tx, db.Engine, m); err != nil {
					return err
				}
				if err := tx.Exec(m.Up).Error; err != nil {
					return err
				}
				return tx.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
					m.Version, m.Name, time.Now().UTC()).Error
			})
			var refused *PreflightError
			if errors.As(err, &refused) {
				return err
			}
			if err != nil {
				return fmt.Errorf("migration %04d_%s up: %w", m.Version, m.Name, err)
			}
			done = append(done, m.Version)
		}
		return nil
	})
	return done, err
}

// MigrateDown rolls back the newest steps applied migrations (all of them when steps < 0).
func (db *DB) MigrateDown(ctx context.Context, steps int) ([]int, error) {
	all, err := Migrations(db.Engine)
	if err != nil {
		return nil, err
	}
	known := map[int]Migration{}
	for _, m := range all {
		known[m.Version] = m
	}
	var undone []int
	err = db.withMigrationLock(ctx, func(conn *gorm.DB) error {
		var rows []appliedRow
		if err := conn.Raw("SELECT version, name, applied_at FROM schema_migrations ORDER BY version DESC").Scan(&rows).Error; err != nil {
			return err
		}
		for i, r := range rows {
			if steps >= 0 && i >= steps {
				break
			}
			m, ok := known[r.Version]
			if !ok {
				return fmt.Errorf("migration %d is applied but this binary does not know it: use the binary that applied it", r.Version)
			}
			err := conn.Transaction(func(tx *gorm.DB) error {
				if err := tx.Exec(m.Down).Error; err != nil {
					return err
				}
				return tx.Exec("DELETE FROM schema_migrations WHERE version = ?", m.Version).Error
			})
			if err != nil {
				return fmt.Errorf("migration %04d_%s down: %w", m.Version, m.Name, err)
			}
			undone = append(undone, m.Version)
		}
		return nil
	})
	return undone, err
}

// MigrationStatuses lists every known migration and whether it is applied.
func (db *DB) MigrationStatuses(ctx context.Context) ([]MigrationStatus, error) {
	all, err := Migrations(db.Engine)
	if err != nil {
		return nil, err
	}
	conn := db.Gorm.WithContext(ctx)
	if err := conn.Exec(createSchemaMigrations).Error; err != nil {
		return nil, err
	}
	applied, err := appliedVersions(conn)
	if err != nil {
		return nil, err
	}
	out := make([]MigrationStatus, len(all))
	for i, m := range all {
		row, ok := applied[m.Version]
		out[i] = MigrationStatus{Migration: m, Applied: ok, AppliedAt: row.AppliedAt}
	}
	return out, nil
}

// Pending reports how many known migrations are not applied.
func (db *DB) Pending(ctx context.Context) (int, error) {
	st, err := db.MigrationStatuses(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range st {
		if !s.Applied {
			n++
		}
	}
	return n, nil
}

func appliedVersions(conn *gorm.DB) (map[int]appliedRow, error) {
	var rows []appliedRow
	if err := conn.Raw("SELECT version, name, applied_at FROM schema_migrations").Scan(&rows).Error; err != nil {
		return nil, err
	}
	out := make(map[int]appliedRow, len(rows))
	for _, r := range rows {
		out[r.Version] = r
	}
	return out, nil
}

// withMigrationLock runs fn on one connection; on PostgreSQL it holds an advisory lock so
// that servers starting together migrate one after the other. The lock belongs to a
// session, so with a direct URL (the pool going through a transaction pooler) the whole
// migration runs on a connection of its own straight to PostgreSQL.
func (db *DB) withMigrationLock(ctx context.Context, fn func(conn *gorm.DB) error) error {
	if db.Engine == Postgres && db.direct != "" && db.direct != db.url {
		direct, err := Open(db.direct, PoolConfig{MaxOpen: 1, MaxIdle: 1, MaxLifetime: time.Hour, MaxIdleTime: time.Minute})
		if err != nil {
			return fmt.Errorf("open the direct database URL for migrations: %w", err)
		}
		defer direct.Close()
		return direct.withMigrationLock(ctx, fn)
	}
	return db.Gorm.WithContext(ctx).Connection(func(conn *gorm.DB) error {
		if db.Engine == Postgres {
			if err := conn.Exec("SELECT pg_advisory_lock(?)", migrationLockID).Error; err != nil {
				return fmt.Errorf("take migration lock: %w", err)
			}
			defer conn.Exec("SELECT pg_advisory_unlock(?)", migrationLockID)
		}
		if err := conn.Exec(createSchemaMigrations).Error; err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		return fn(conn)
	})
}
