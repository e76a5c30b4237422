package mapped

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"
	"time"

	sqlite "github.com/glebarez/go-sqlite"
	"github.com/jackc/pgx/v5/pgconn"
)

// SQLite primary result codes that mean the database cannot be used now.
const (
	sqliteBusy      = 5  // locked by another connection beyond the busy timeout
	sqliteLocked    = 6  // locked within this connection
	sqliteCantOpen  = 14 // the file cannot be opened
	sqlitePrimaryOf = 0xff
)

// Unreachable reports whether err means the database cannot be reached: the server
// answers 503 then, not 500. Errors the drivers raise only for a lost or refused
// connection settle it by type. A bare network error, end of stream or deadline may come
// from elsewhere (the SMTP and SMS notifiers dial too), so for those a ping decides.
func (db *DB) Unreachable(ctx context.Context, err error) bool {
	if err == nil {
		return false
	}
	if connectionLost(err) {
		return true
	}
	var ne net.Error
	if !errors.As(err, &ne) && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) &&
		!errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	return db.Ping(ctx) != nil
}

// connectionLost recognises the drivers' own errors for a database that refused, dropped
// or cannot take a connection.
func connectionLost(err error) bool {
	var connect *pgconn.ConnectError
	var pgErr *pgconn.PgError
	var liteErr *sqlite.Error
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, sql.ErrConnDone), errors.Is(err, pgconn.ErrConnClosed),
		errors.As(err, &connect), pgconn.Timeout(err):
		return true
	case errors.As(err, &pgErr):
		// Class 08: connection exception; 57P01-03: admin or crash shutdown, cannot connect
		// now; 53300: too many connections.
		return strings.HasPrefix(pgErr.Code, "08") || strings.HasPrefix(pgErr.Code, "57P0") || pgErr.Code == "53300"
	case errors.As(err, &liteErr):
		switch liteErr.Code() & sqlitePrimaryOf {
		case sqliteBusy, sqliteLocked, sqliteCantOpen:
			return true
		}
	}
	return false
}
