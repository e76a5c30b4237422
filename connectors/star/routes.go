package star

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/obp-go/obp/domain/changefeed"
	"github.com/obp-go/obp/domain/methodrouting"
)

// Source is where the routings are kept (the store).
type Source interface {
	ListMethodRoutings(ctx context.Context, methodName string) ([]methodrouting.Routing, error)
}

// Routes is the routing table every call resolves against, held in memory and reloaded
// whole: at once in the process that changed a routing (Changed), and in every other
// process when the feed tells it, or when its listener reconnects (a change may have been
// missed meanwhile).
type Routes struct {
	src   Source
	feed  changefeed.Feed
	log   *slog.Logger
	table atomic.Pointer[methodrouting.Table]
	load  sync.Mutex // one reload at a time, so an older read never replaces a newer one
}

var _ methodrouting.Changes = (*Routes)(nil)

// NewRoutes loads the routings of src. feed may be nil (one process, no listener).
func NewRoutes(ctx context.Context, src Source, feed changefeed.Feed, log *slog.Logger) (*Routes, error) {
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

// Follow keeps the table in step with the other processes' changes, until ctx ends.
func (r *Routes) Follow(ctx context.Context) { changefeed.Follow(ctx, r.feed, r.reloadLogged) }

// Changed implements methodrouting.Changes: this process reloads now, the others are told.
func (r *Routes) Changed(ctx context.Context) {
	changefeed.Announce(ctx, r.feed, r.reloadLogged, r.log, "method routings")
}

func (r *Routes) reloadLogged(ctx context.Context) {
	if err := r.Reload(ctx); err != nil && ctx.Err() == nil {
		r.log.Error("reloading method routings", slog.String("error", err.Error()))
	}
}
