package mapped

import (
	"errors"
	"strings"

	"github.com/obp-go/obp/domain/clock"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"
)

// Store keeps the platform records (users, consumers, tokens, entitlements, ...) in the
// server's own database. Core-banking records go through Connector instead.
type Store struct {
	db     *gorm.DB
	engine Engine
	clock  clock.Clock
	// authState hears of changes to what authentication decides (see FollowAuthState).
	authState *authStateFollower
}

// NewStore returns the platform-record store over db.
func NewStore(db *DB, clk clock.Clock) *Store {
	return &Store{db: db.Gorm, engine: db.Engine, clock: clk}
}

// isUniqueViolation reports a duplicate key on either engine.
func isUniqueViolation(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code == "23505"
	}
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}

func notFound(err error) bool { return errors.Is(err, gorm.ErrRecordNotFound) }

// page bounds a list query: every list has a limit.
func page(db *gorm.DB, limit, offset int) *gorm.DB {
	if limit <= 0 || limit > 1000 {
		limit = 1000
	}
	if offset < 0 {
		offset = 0
	}
	return db.Limit(limit).Offset(offset)
}
