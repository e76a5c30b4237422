// Package authz decides role and view checks with Casbin. Entitlement and account-access
// rows in the database are the source of truth; the enforcer is their in-memory cache,
// updated at once on the process that changes a grant and, through Changes, on every
// other process.
package authz

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/view"
)

// Changes carries "these grants changed" between server processes.
type Changes interface {
	// Publish tells every other process.
	Publish(ctx context.Context, payload string) error
	// Listen calls onChange for every published payload and onReconnect whenever
	// notifications may have been missed, until ctx ends.
	Listen(ctx context.Context, onChange func(payload string), onReconnect func())
}

// Change payloads: what changed, and for whom.
const (
	roleChange   = "role:"
	accessChange = "access:"
	viewChange   = "view:"
)

// Enforcer answers role and view checks from memory.
type Enforcer struct {
	e       *casbin.SyncedEnforcer
	roles   entitlement.Store
	views   view.Store
	changes Changes
	log     *slog.Logger
	viewCtx casbin.EnforceContext
}

// New loads every entitlement, account access and view. changes may be nil (one
// process, nothing to tell).
func New(ctx context.Context, roles entitlement.Store, views view.Store, changes Changes, log *slog.Logger) (*Enforcer, error) {
	m, err := model.NewModelFromString(modelText)
	if err != nil {
		return nil, err
	}
	e, err := casbin.NewSyncedEnforcer(m)
	if err != nil {
		return nil, err
	}
	a := &Enforcer{e: e, roles: roles, views: views, changes: changes, log: log, viewCtx: casbin.NewEnforceContext("2")}
	if err := a.reloadAll(ctx); err != nil {
		return nil, err
	}
	return a, nil
}

// Follow applies other processes' changes until ctx ends. A serving process calls it;
// one-shot commands (seed, admin grant) only publish.
func (a *Enforcer) Follow(ctx context.Context) {
	if a.changes == nil {
		return
	}
	go a.changes.Listen(ctx, func(payload string) {
		if err := a.apply(ctx, payload); err != nil && ctx.Err() == nil {
			a.log.Error("authz: reload after notification", slog.String("change", payload), slog.String("error", err.Error()))
		}
	}, func() {
		if err := a.reloadAll(ctx); err != nil && ctx.Err() == nil {
			a.log.Error("authz: full reload after (re)connect", slog.String("error", err.Error()))
		}
	})
}

func (a *Enforcer) apply(ctx context.Context, payload string) error {
	switch {
	case strings.HasPrefix(payload, roleChange):
		return a.reloadRoles(ctx, strings.TrimPrefix(payload, roleChange))
	case strings.HasPrefix(payload, accessChange):
		return a.reloadAccess(ctx, strings.TrimPrefix(payload, accessChange))
	case strings.HasPrefix(payload, viewChange):
		parts := strings.SplitN(strings.TrimPrefix(payload, viewChange), "/", 3)
		if len(parts) != 3 {
			return fmt.Errorf("malformed view change %q", payload)
		}
		return a.reloadView(ctx, account.Ref{BankID: parts[0], AccountID: parts[1]}, parts[2])
	}
	return fmt.Errorf("unknown change %q", payload)
}

// HasRole implements entitlement.Checker.
func (a *Enforcer) HasRole(userID, bankID, roleName string) bool {
	ok, err := a.e.Enforce(userID, bankID, roleName)
	return err == nil && ok
}

// CanOnView implements view.Checker.
func (a *Enforcer) CanOnView(userID string, ref account.Ref, viewID, permission string) bool {
	ok, err := a.e.Enforce(a.viewCtx, userID, view.AccountKey(ref), viewID, view.Key(ref, viewID), permission)
	return err == nil && ok
}

// EntitlementsChanged implements entitlement.PolicySync.
func (a *Enforcer) EntitlementsChanged(ctx context.Context, userID string) error {
	return a.changed(ctx, roleChange+userID, func() error { return a.reloadRoles(ctx, userID) })
}

// AccessChanged implements view.PolicySync.
func (a *Enforcer) AccessChanged(ctx context.Context, userID string) error {
	return a.changed(ctx, accessChange+userID, func() error { return a.reloadAccess(ctx, userID) })
}

// CustomViewChanged implements view.PolicySync.
func (a *Enforcer) CustomViewChanged(ctx context.Context, ref account.Ref, viewID string) error {
	return a.changed(ctx, viewChange+ref.BankID+"/"+ref.AccountID+"/"+viewID, func() error { return a.reloadView(ctx, ref, viewID) })
}

// changed follows a change here at once, then tells the other processes.
func (a *Enforcer) changed(ctx context.Context, payload string, reload func() error) error {
	if err := reload(); err != nil {
		return err
	}
	if a.changes == nil {
		return nil
	}
	return a.changes.Publish(ctx, payload)
}

// ViewsOnAccount lists the views userID has on the account.
func (a *Enforcer) ViewsOnAccount(userID string, ref account.Ref) []string {
	rules, err := a.e.GetFilteredNamedPolicy("p2", 0, userID, view.AccountKey(ref))
	if err != nil {
		return nil
	}
	out := make([]string, len(rules))
	for i, r := range rules {
		out[i] = r[2]
	}
	return out
}
