package mapped

import (
	"context"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
)

// policyChannel is the PostgreSQL channel on which grant changes travel.
const policyChannel = "obp_policy"

// PolicyChanges carries "this user's grants changed" between server processes sharing a
// PostgreSQL database, with LISTEN/NOTIFY. On SQLite there is one process: it is a no-op.
type PolicyChanges struct {
	db  *DB
	log *slog.Logger
}

// NewPolicyChanges returns the change feed for db.
func NewPolicyChanges(db *DB, log *slog.Logger) *PolicyChanges {
	return &PolicyChanges{db: db, log: log}
}

// Publish sends a notification (delivered to listeners when the sending transaction
// commits; here it runs outside one, so at once).
func (p *PolicyChanges) Publish(ctx context.Context, userID string) error {
	if p.db.Engine != Postgres {
		return nil
	}
	return p.db.Gorm.WithContext(ctx).Exec("SELECT pg_notify(?, ?)", policyChannel, userID).Error
}

// Listen holds one dedicated connection in LISTEN until ctx ends, reconnecting with a
// back-off; after each connect it calls onReconnect, since notifications sent while it
// was away are lost.
func (p *PolicyChanges) Listen(ctx context.Context, onChange func(userID string), onReconnect func()) {
	if p.db.Engine != Postgres {
		return
	}
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		err := p.listenOnce(ctx, onChange, func() {
			onReconnect() // also on the first connect: covers grants made while it started
			backoff = 100 * time.Millisecond
		})
		if ctx.Err() != nil {
			return
		}
		p.log.Warn("policy listener lost its connection; reconnecting", slog.String("error", err.Error()), slog.Duration("in", backoff))
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		if backoff < 10*time.Second {
			backoff *= 2
		}
	}
}

func (p *PolicyChanges) listenOnce(ctx context.Context, onChange func(string), connected func()) error {
	conn, err := pgx.Connect(ctx, p.db.url)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+policyChannel); err != nil {
		return err
	}
	connected()
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		onChange(n.Payload)
	}
}
