package star

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/obp-go/obp/domain/methodrouting"
)

// Source is where the routings are kept (the store).
type Source interface {
	ListMethodRoutings(ctx context.Context, methodName string) ([]methodrouting.Routing, error)
}

// Feed carries "the routings changed" between the processes sharing a database (mapped's
// LISTEN/NOTIFY feed; a no-op on SQLite, where there is one process).
type Feed interface {
	Publish(ctx context.Context, payload string) error
	Listen(ctx context.Context, onChange func(payload string), onReconnect func())
}

// Routes is the routing table every call resolves against, held in memory and reloaded
// whole: at once in the process that changed a routing (Changed), and in every other
// process when the feed tells it, or when its listener reconnects (a change may have been
// missed meanwhile).
type Routes struct {
	src   Source
	feed  Feed
	log   *slog.Logger
	table atomic.Pointer[methodrouting.Table]
	load  sync.Mutex // one reload at a time, so an older read never replaces a newer one
}

var _ methodrouting.Changes = (*Routes)(nil)

// NewRoutes loads the routings of src. feed may be nil (one process, no listener).
func NewRoutes(ctx context.Context, src Source, feed Feed, log *slog.Logger) (*Routes, error) {
	if log == nil {
		log = slog.Default()
	}
	r := &Routes{src: src, feed: feed, log: log}
	return r, r.Reload(ctx)
}

// Table is the current routing table.
func (r *Routes) Table() *methodrouting.Table { return r.table.Load() }

// Reload reads every routing again.
func (r *Routes) Reload(ctx context.Context) error {
	r.load.Lock()
	defer r.load.Unlock()
	rs, err := r.src.ListMethodRoutings(ctx, "")
	if err != nil {
		if r.table.Load() == nil {
			r.table.Store(methodrouting.NewTable(nil))
		}
		return err
	}
	r.table.Store(methodrouting.NewTable(rs))
	return nil
}

// backstop is how often the table is reloaded whatever the feed says: a process that
// died between committing a change and announcing it leaves the others stale this long
// at most.
const backstop = 30 * time.Second

// Follow reloads on every change another process announces, and every backstop, until
// ctx ends.
func (r *Routes) Follow(ctx context.Context) {
	if r.feed == nil {
		return
	}
	go r.feed.Listen(ctx, func(string) { r.reloadLogged(ctx) }, func() { r.reloadLogged(ctx) })
	go func() {
		t := time.NewTicker(backstop)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				r.reloadLogged(ctx)
			}
		}
	}()
}

// Changed implements methodrouting.Changes: this process reloads now, the others are told.
func (r *Routes) Changed(ctx context.Context) {
	r.reloadLogged(ctx)
	if r.feed == nil {
		return
	}
	if err := r.feed.Publish(ctx, ""); err != nil {
		r.log.Error("announcing a method routing change", slog.String("error", err.Error()))
	}
}

func (r *Routes) reloadLogged(ctx context.Context) {
	if err := r.Reload(ctx); err != nil && ctx.Err() == nil {
		r.log.Error("reloading method routings", slog.String("error", err.Error()))
	}
}
