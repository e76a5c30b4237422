// Package authz decides role checks with Casbin. Entitlement rows in the database are
// the source of truth; the enforcer is their in-memory cache, updated at once on the
// process that changes a grant and, through Changes, on every other process.
package authz

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"

	"github.com/obp-go/obp/domain/entitlement"
)

// A policy line is (user, bank, role); a system role has bank "".
const modelText = `
[request_definition]
r = sub, dom, role

[policy_definition]
p = sub, dom, role

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = r.sub == p.sub && r.dom == p.dom && r.role == p.role
`

// Changes carries "this user's grants changed" between server processes.
type Changes interface {
	// Publish tells every other process.
	Publish(ctx context.Context, userID string) error
	// Listen calls onChange for every published user id and onReconnect whenever
	// notifications may have been missed, until ctx ends.
	Listen(ctx context.Context, onChange func(userID string), onReconnect func())
}

// Enforcer answers role checks from memory.
type Enforcer struct {
	e       *casbin.SyncedEnforcer
	store   entitlement.Store
	changes Changes
	log     *slog.Logger
}

// New loads every entitlement. changes may be nil (one process, nothing to tell).
func New(ctx context.Context, store entitlement.Store, changes Changes, log *slog.Logger) (*Enforcer, error) {
	m, err := model.NewModelFromString(modelText)
	if err != nil {
		return nil, err
	}
	e, err := casbin.NewSyncedEnforcer(m)
	if err != nil {
		return nil, err
	}
	a := &Enforcer{e: e, store: store, changes: changes, log: log}
	if err := a.reloadAll(ctx); err != nil {
		return nil, err
	}
	return a, nil
}

// Follow applies other processes' grant changes until ctx ends. A serving process calls
// it; one-shot commands (seed, admin grant) only publish.
func (a *Enforcer) Follow(ctx context.Context) {
	if a.changes == nil {
		return
	}
	go a.changes.Listen(ctx, func(userID string) {
		if err := a.reloadUser(ctx, userID); err != nil && ctx.Err() == nil {
			a.log.Error("authz: reload user after notification", slog.String("user_id", userID), slog.String("error", err.Error()))
		}
	}, func() {
		if err := a.reloadAll(ctx); err != nil && ctx.Err() == nil {
			a.log.Error("authz: full reload after (re)connect", slog.String("error", err.Error()))
		}
	})
}

// HasRole implements entitlement.Checker.
func (a *Enforcer) HasRole(userID, bankID, roleName string) bool {
	ok, err := a.e.Enforce(userID, bankID, roleName)
	return err == nil && ok
}

// EntitlementsChanged implements entitlement.PolicySync: this process follows at once,
// the others through Changes.
func (a *Enforcer) EntitlementsChanged(ctx context.Context, userID string) error {
	if err := a.reloadUser(ctx, userID); err != nil {
		return err
	}
	if a.changes == nil {
		return nil
	}
	return a.changes.Publish(ctx, userID)
}

func (a *Enforcer) reloadAll(ctx context.Context) error {
	all, err := a.store.ListAllEntitlements(ctx)
	if err != nil {
		return fmt.Errorf("load entitlements: %w", err)
	}
	rules := make([][]string, len(all))
	for i, e := range all {
		rules[i] = []string{e.UserID, e.BankID, e.RoleName}
	}
	a.e.ClearPolicy()
	if len(rules) > 0 {
		if _, err := a.e.AddPolicies(rules); err != nil {
			return err
		}
	}
	return nil
}

// reloadUser brings one user's policies in line with the database, removing and adding
// only the difference so that no check in between sees a grant missing that stays.
func (a *Enforcer) reloadUser(ctx context.Context, userID string) error {
	rows, err := a.store.ListEntitlementsForUser(ctx, userID)
	if err != nil {
		return err
	}
	want := map[[2]string]bool{}
	for _, e := range rows {
		want[[2]string{e.BankID, e.RoleName}] = true
	}
	have, err := a.e.GetFilteredPolicy(0, userID)
	if err != nil {
		return err
	}
	var stale [][]string
	for _, p := range have {
		k := [2]string{p[1], p[2]}
		if want[k] {
			delete(want, k)
		} else {
			stale = append(stale, p)
		}
	}
	var fresh [][]string
	for k := range want {
		fresh = append(fresh, []string{userID, k[0], k[1]})
	}
	if len(fresh) > 0 {
		if _, err := a.e.AddPolicies(fresh); err != nil {
			return err
		}
	}
	if len(stale) > 0 {
		if _, err := a.e.RemovePolicies(stale); err != nil {
			return err
		}
	}
	return nil
}
