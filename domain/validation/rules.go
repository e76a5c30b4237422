package validation

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/obp-go/obp/domain/changefeed"
	"github.com/obp-go/obp/domain/obperr"
)

// table is one loaded set of rules, never changed once built.
type table struct {
	schemas   map[string]*jsonschema.Schema
	authTypes map[string][]string
}

// Rules are the rules every call is checked against, held compiled in memory and
// reloaded whole: at once in the process that changed one (Changed), in every other when
// the feed tells it or its listener reconnects, and every backstop whatever the feed says.
type Rules struct {
	store Store
	feed  changefeed.Feed
	log   *slog.Logger
	cur   atomic.Pointer[table]
	load  sync.Mutex // one reload at a time, so an older read never replaces a newer one
}

var _ Changes = (*Rules)(nil)

// NewRules loads the rules of store. feed may be nil (one process).
func NewRules(ctx context.Context, store Store, feed changefeed.Feed, log *slog.Logger) (*Rules, error) {
	if log == nil {
		log = slog.Default()
	}
	r := &Rules{store: store, feed: feed, log: log}
	r.cur.Store(&table{})
	return r, r.Reload(ctx)
}

// Reload reads every rule again. A stored schema that no longer compiles (it cannot be
// stored so) is logged and skipped rather than refusing every call.
func (r *Rules) Reload(ctx context.Context) error {
	r.load.Lock()
	defer r.load.Unlock()
	schemas, err := r.store.ListSchemaRules(ctx)
	if err != nil {
		return err
	}
	auths, err := r.store.ListAuthTypeRules(ctx)
	if err != nil {
		return err
	}
	t := &table{schemas: map[string]*jsonschema.Schema{}, authTypes: map[string][]string{}}
	for _, s := range schemas {
		c, err := compile(s.Schema)
		if err != nil {
			r.log.Error("skipping a stored JSON-schema validation", slog.String("operation_id", s.OperationID), slog.String("error", err.Error()))
			continue
		}
		t.schemas[s.OperationID] = c
	}
	for _, a := range auths {
		t.authTypes[a.OperationID] = a.Allowed
	}
	r.cur.Store(t)
	return nil
}

// Follow keeps the table in step with the other processes' changes, until ctx ends.
func (r *Rules) Follow(ctx context.Context) { changefeed.Follow(ctx, r.feed, r.reloadLogged) }

// Changed implements Changes: this process reloads now, the others are told.
func (r *Rules) Changed(ctx context.Context) {
	changefeed.Announce(ctx, r.feed, r.reloadLogged, r.log, "operation rules")
}

func (r *Rules) reloadLogged(ctx context.Context) {
	if err := r.Reload(ctx); err != nil && ctx.Err() == nil {
		r.log.Error("reloading operation rules", slog.String("error", err.Error()))
	}
}

// Schema is the compiled schema rule of operationID, nil when it has none.
func (r *Rules) Schema(operationID string) *jsonschema.Schema {
	return r.cur.Load().schemas[operationID]
}

// CheckAuthType refuses a call of operationID made with authType when the operation's
// rule does not list it (OBP-40034). As OBP, an anonymous call is not checked: an
// endpoint that takes one has nothing to protect by the way a caller logs in.
func (r *Rules) CheckAuthType(operationID, authType string) error {
	allowed, ok := r.cur.Load().authTypes[operationID]
	if !ok || authType == Anonymous {
		return nil
	}
	for _, a := range allowed {
		if a == authType {
			return nil
		}
	}
	return obperr.AuthenticationTypeIllegal.With("allowed authentication types: [%s], current request auth type: %s",
		strings.Join(allowed, ", "), authType)
}
