package testenv

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
)

// Fingerprint sums up what a database holds: the row count of every table and the sum
// of account balances. A refused request must leave it unchanged.
type Fingerprint map[string]int64

// notFingerprinted are tables that every call may change, refused calls included.
var notFingerprinted = map[string]bool{
	"rate_limit_counters": true, // every authenticated call is counted
}

// FingerprintOf reads the fingerprint of db; the tables come from the engine's catalogue
// (read once per database, after its migrations), so a table added by a later migration
// is covered without a change here.
func FingerprintOf(t testing.TB, db *mapped.DB) Fingerprint {
	t.Helper()
	names, query := fingerprintQuery(t, db)
	rows, err := db.Gorm.Raw(query).Rows()
	if err != nil {
		t.Fatalf("fingerprint: %v", err)
	}
	defer rows.Close()
	values := make([]int64, len(names))
	ptrs := make([]any, len(names))
	for i := range values {
		ptrs[i] = &values[i]
	}
	if !rows.Next() {
		t.Fatalf("fingerprint: no row: %v", rows.Err())
	}
	if err := rows.Scan(ptrs...); err != nil {
		t.Fatalf("fingerprint: %v", err)
	}
	f := Fingerprint{}
	for i, name := range names {
		f[name] = values[i]
	}
	return f
}

var fingerprintQueries sync.Map // *mapped.DB -> fingerprintSQL

type fingerprintSQL struct {
	names []string
	query string
}

// fingerprintQuery is one SELECT of every count, built from the catalogue once per database.
func fingerprintQuery(t testing.TB, db *mapped.DB) ([]string, string) {
	t.Helper()
	if q, ok := fingerprintQueries.Load(db); ok {
		return q.(fingerprintSQL).names, q.(fingerprintSQL).query
	}
	catalogue := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	if db.Engine == mapped.Postgres {
		catalogue = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
	}
	var tables []string
	if err := db.Gorm.Raw(catalogue).Scan(&tables).Error; err != nil {
		t.Fatalf("fingerprint: list tables: %v", err)
	}
	sort.Strings(tables)
	names := []string{"sum(accounts.balance)"}
	exprs := []string{`(SELECT COALESCE(SUM(balance), 0) FROM accounts)`}
	for _, name := range tables {
		if !notFingerprinted[name] {
			names = append(names, name)
			exprs = append(exprs, `(SELECT COUNT(*) FROM "`+name+`")`)
		}
	}
	q := fingerprintSQL{names, "SELECT " + strings.Join(exprs, ", ")}
	fingerprintQueries.Store(db, q)
	return q.names, q.query
}

// Diff lists what differs from g, "" when nothing does.
func (f Fingerprint) Diff(g Fingerprint) string {
	keys := map[string]bool{}
	for k := range f {
		keys[k] = true
	}
	for k := range g {
		keys[k] = true
	}
	var out []string
	for k := range keys {
		if f[k] != g[k] {
			out = append(out, fmt.Sprintf("%s %d -> %d", k, f[k], g[k]))
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// FingerprintWatch reads a database's fingerprint again only when it may have changed.
type FingerprintWatch struct {
	db      *mapped.DB
	changes int64 // SQLite's total_changes() at the last read
	last    Fingerprint
}

// WatchFingerprint starts watching db.
func WatchFingerprint(t testing.TB, db *mapped.DB) *FingerprintWatch {
	t.Helper()
	w := &FingerprintWatch{db: db, changes: -1}
	w.Now(t)
	return w
}

// Now is the database's fingerprint. On SQLite the server and the test share one pooled
// connection, whose count of changed rows tells when nothing can have changed: then the
// last fingerprint is returned without counting again.
func (w *FingerprintWatch) Now(t testing.TB) Fingerprint {
	t.Helper()
	if w.db.Engine == mapped.SQLite {
		var changes int64
		if err := w.db.Gorm.Raw(`SELECT total_changes()`).Scan(&changes).Error; err != nil {
			t.Fatalf("fingerprint: %v", err)
		}
		if changes == w.changes {
			return w.last
		}
		w.changes = changes
	}
	w.last = FingerprintOf(t, w.db)
	return w.last
}
