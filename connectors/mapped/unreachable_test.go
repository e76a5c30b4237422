package mapped_test

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestUnreachableTellsAnOutageFromOtherFailures(t *testing.T) {
	db := testenv.OpenSQLite(t)
	ctx := context.Background()
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: connection refused")}
	cases := []struct {
		name string
		err  error
		want bool
	}{
		{"bad connection", fmt.Errorf("query: %w", driver.ErrBadConn), true},
		{"PostgreSQL refused the dial", &pgconn.ConnectError{}, true},
		{"admin shutdown", &pgconn.PgError{Code: "57P01"}, true},
		{"connection failure", &pgconn.PgError{Code: "08006"}, true},
		{"too many connections", &pgconn.PgError{Code: "53300"}, true},
		{"unique violation", &pgconn.PgError{Code: "23505"}, false},
		{"a bug", errors.New("nil map"), false},
		// The SMTP and SMS notifiers dial too; while the database answers, that is no outage.
		{"another server refused a dial", fmt.Errorf("SMTP: %w", refused), false},
	}
	for _, tc := range cases {
		if got := db.Unreachable(ctx, tc.err); got != tc.want {
			t.Errorf("%s: Unreachable = %v, want %v", tc.name, got, tc.want)
		}
	}
	db.Close()
	if !db.Unreachable(ctx, refused) {
		t.Error("a network error while the database does not answer a ping is an outage")
	}
}

func TestUnreachableOnSQLiteLockedBeyondTheBusyTimeout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "obp.db")
	holder, err := mapped.Open(path, mapped.DefaultPool)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	ctx := context.Background()
	tx := holder.Gorm.WithContext(ctx).Begin()
	if err := tx.Exec("CREATE TABLE t (x INTEGER)").Error; err != nil { // takes the write lock
		t.Fatal(err)
	}
	defer tx.Rollback()
	other, err := mapped.Open(path, mapped.DefaultPool)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	err = other.Gorm.Exec("PRAGMA busy_timeout = 0; CREATE TABLE u (x INTEGER)").Error
	if err == nil {
		t.Fatal("a second writer got the lock")
	}
	if !other.Unreachable(ctx, err) {
		t.Errorf("Unreachable(%v) = false, want true", err)
	}
}
