package testenv

import (
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
)

// Query runs a raw SQL read for a test's own checks into dest, failing the test when the
// query fails: a check that silently read nothing would prove nothing.
func Query(t testing.TB, db *mapped.DB, dest any, sql string, args ...any) {
	t.Helper()
	if err := db.Gorm.Raw(sql, args...).Scan(dest).Error; err != nil {
		t.Fatalf("test query %q: %v", sql, err)
	}
}

// Exec runs a raw SQL statement a test sets its scene with, failing the test when it fails.
func Exec(t testing.TB, db *mapped.DB, sql string, args ...any) {
	t.Helper()
	if err := db.Gorm.Exec(sql, args...).Error; err != nil {
		t.Fatalf("test statement %q: %v", sql, err)
	}
}
