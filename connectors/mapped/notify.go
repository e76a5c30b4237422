package mapped

import (
	"context"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
)

// The PostgreSQL channels changes travel on: grant changes, and method routing changes. A
// schema other than public gets its own, since notifications are database-wide.
const (
	policyChannel        = "obp_policy"
	methodRoutingChannel = "obp_method_routing"
	operationRuleChannel = "obp_operation_rules"
)

// PolicyChanges carries "this user's grants changed" between server processes sharing a
// PostgreSQL database, with LISTEN/NOTIFY. On SQLite there is one process: it carries
// them between the servers of this process on the same database (see localHub).
// The same feed on a channel of its own carries method routing changes.
type PolicyChanges struct {
	db      *DB
	log     *slog.Logger
	channel string
}

// NewPolicyChanges returns the grant change feed for db.
func NewPolicyChanges(ctx context.Context, db *DB, log *slog.Logger) (*PolicyChanges, error) {
	return newChanges(ctx, db, log, policyChannel)
}

// NewMethodRoutingChanges returns the feed on which processes tell each other that the
// method routings changed (the payload is empty: every listener reloads them all).
func NewMethodRoutingChanges(ctx context.Context, db *DB, log *slog.Logger) (*PolicyChanges, error) {
	return newChanges(ctx, db, log, methodRoutingChannel)
}

// NewOperationRuleChanges returns the feed on which processes tell each other that the
// JSON-schema or authentication-type validations changed (empty payload: reload them all).
func NewOperationRuleChanges(ctx context.Context, db *DB, log *slog.Logger) (*PolicyChanges, error) {
	return newChanges(ctx, db, log, operationRuleChannel)
}

func newChanges(ctx context.Context, db *DB, log *slog.Logger, channel string) (*PolicyChanges, error) {
	p := &PolicyChanges{db: db, log: log, channel: channel}
	if db.Engine != Postgres {
		return p, nil
	}
	var schema string
	if err := db.Gorm.WithContext(ctx).Raw("SELECT current_schema()").Scan(&schema).Error; err != nil {
		return nil, err
	}
	if schema != "" && schema != "public" {
		p.channel = channel + "_" + schema
	}
	return p, nil
}

// Publish sends a notification (delivered to listeners when the sending transaction
// commits; here it runs outside one, so at once). On SQLite it reaches the servers of
// this process on the same database.
func (p *PolicyChanges) Publish(ctx context.Context, userID string) error {
	if p.db.Engine != Postgres {
		p.publishLocal(userID)
		return nil
	}
	return p.db.Gorm.WithContext(ctx).Exec("SELECT pg_notify(?, ?)", p.channel, userID).Error
}

// Listen holds one dedicated connection in LISTEN until ctx ends, reconnecting with a
// back-off; after each connect it calls onReconnect, since notifications sent while it
// was away are lost.
func (p *PolicyChanges) Listen(ctx context.Context, onChange func(userID string), onReconnect func()) {
	if p.db.Engine != Postgres {
		p.listenLocal(ctx, onChange)
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
		p.log.Warn("change listener lost its connection; reconnecting", slog.String("channel", p.channel), slog.String("error", err.Error()), slog.Duration("in", backoff))
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
	conn, err := pgx.Connect(ctx, p.db.sessionURL())
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{p.channel}.Sanitize()); err != nil {
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
