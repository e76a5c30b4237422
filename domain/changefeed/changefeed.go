// Package changefeed keeps a table held in memory by every server process in step with
// its database rows: the process that changes a row reloads at once and announces the
// change; the others reload when told, when their listener reconnects (an announcement
// may have been missed meanwhile) and every backstop period.
package changefeed

import (
	"context"
	"log/slog"
	"time"
)

// Feed carries "the rows changed" between the processes sharing a database (a
// LISTEN/NOTIFY channel on PostgreSQL; nil where there is one process).
type Feed interface {
	Publish(ctx context.Context, payload string) error
	Listen(ctx context.Context, onChange func(payload string), onReconnect func())
}

// Backstop bounds how long a process stays stale when an announcement was lost (a
// process that died between committing a change and announcing it).
const Backstop = 30 * time.Second

// Follow calls reload on every change another process announces, on every reconnect of
// the listener, and every Backstop, until ctx ends.
func Follow(ctx context.Context, feed Feed, reload func(context.Context)) {
	if feed != nil {
		go feed.Listen(ctx, func(string) { reload(ctx) }, func() { reload(ctx) })
	}
	go func() {
		t := time.NewTicker(Backstop)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				reload(ctx)
			}
		}
	}()
}

// Announce reloads this process now and tells the others; what names the table in the log.
func Announce(ctx context.Context, feed Feed, reload func(context.Context), log *slog.Logger, what string) {
	reload(ctx)
	if feed == nil {
		return
	}
	if err := feed.Publish(ctx, ""); err != nil {
		log.Error("announcing a change of "+what, slog.String("error", err.Error()))
	}
}
