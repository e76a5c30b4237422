// Package authz decides role and view checks with Casbin. Entitlement and account-access
// rows in the database are the source of truth. Each user's decisions are made by a
// small Casbin enforcer holding only that user's grants, built from the database on the
// user's first check and dropped whenever their grants change — here at once, and on
// every other process through Changes — so a check costs the same with ten grants on the
// server or ten million.
package authz

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"

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

// maxCachedUsers bounds the memory the cache may take; past it the cache starts over.
const maxCachedUsers = 50_000

// Enforcer answers role and view checks.
type Enforcer struct {
	roles   entitlement.Store
	views   view.Store
	changes Changes
	log     *slog.Logger

	mu    sync.Mutex
	users map[string]*userPolicy
}

// New returns the enforcer. changes may be nil (one process, nothing to tell).
func New(_ context.Context, roles entitlement.Store, views view.Store, changes Changes, log *slog.Logger) (*Enforcer, error) {
	if _, err := newCasbin(); err != nil {
		return nil, fmt.Errorf("casbin model: %w", err)
	}
	return &Enforcer{roles: roles, views: views, changes: changes, log: log, users: map[string]*userPolicy{}}, nil
}

// Follow applies other processes' changes until ctx ends. A serving process calls it;
// one-shot commands (seed, admin grant) only publish.
func (a *Enforcer) Follow(ctx context.Context) {
	if a.changes == nil {
		return
	}
	go a.changes.Listen(ctx, a.apply, a.forgetAll)
}

func (a *Enforcer) apply(payload string) {
	switch {
	case strings.HasPrefix(payload, roleChange):
		a.forget(strings.TrimPrefix(payload, roleChange))
	case strings.HasPrefix(payload, accessChange):
		a.forget(strings.TrimPrefix(payload, accessChange))
	default: // a custom view's permissions changed: whoever holds it may be anyone
		a.forgetAll()
	}
}

// policy returns userID's enforcer, building it on first use.
func (a *Enforcer) policy(userID string) (*userPolicy, error) {
	a.mu.Lock()
	p, ok := a.users[userID]
	if !ok {
		if len(a.users) >= maxCachedUsers {
			a.users = map[string]*userPolicy{}
		}
		p = &userPolicy{}
		a.users[userID] = p
	}
	a.mu.Unlock()
	p.once.Do(func() { p.err = p.build(context.Background(), a.roles, a.views, userID) })
	if p.err != nil {
		a.forgetIf(userID, p) // retry on the next check
		return nil, p.err
	}
	return p, nil
}

func (a *Enforcer) forget(userID string) {
	a.mu.Lock()
	delete(a.users, userID)
	a.mu.Unlock()
}

func (a *Enforcer) forgetIf(userID string, p *userPolicy) {
	a.mu.Lock()
	if a.users[userID] == p {
		delete(a.users, userID)
	}
	a.mu.Unlock()
}

func (a *Enforcer) forgetAll() {
	a.mu.Lock()
	a.users = map[string]*userPolicy{}
	a.mu.Unlock()
}

// HasRole implements entitlement.Checker.
func (a *Enforcer) HasRole(userID, bankID, roleName string) bool {
	p, err := a.policy(userID)
	if err != nil {
		a.log.Error("authz: load user policy", slog.String("user_id", userID), slog.String("error", err.Error()))
		return false
	}
	return p.hasRole(userID, bankID, roleName)
}

// CanOnView implements view.Checker.
func (a *Enforcer) CanOnView(userID string, ref account.Ref, viewID string, permission view.Permission) bool {
	p, err := a.policy(userID)
	if err != nil {
		a.log.Error("authz: load user policy", slog.String("user_id", userID), slog.String("error", err.Error()))
		return false
	}
	return p.canOnView(userID, ref, viewID, permission)
}

// ViewsOnAccount lists the views userID has on the account.
func (a *Enforcer) ViewsOnAccount(userID string, ref account.Ref) []string {
	p, err := a.policy(userID)
	if err != nil {
		return nil
	}
	return append([]string(nil), p.viewsOn[view.AccountKey(ref)]...)
}

// EntitlementsChanged implements entitlement.PolicySync.
func (a *Enforcer) EntitlementsChanged(ctx context.Context, userID string) error {
	a.forget(userID)
	return a.publish(ctx, roleChange+userID)
}

// AccessChanged implements view.PolicySync.
func (a *Enforcer) AccessChanged(ctx context.Context, userID string) error {
	a.forget(userID)
	return a.publish(ctx, accessChange+userID)
}

// CustomViewChanged implements view.PolicySync.
func (a *Enforcer) CustomViewChanged(ctx context.Context, ref account.Ref, viewID string) error {
	a.forgetAll()
	return a.publish(ctx, viewChange+ref.BankID+"/"+ref.AccountID+"/"+viewID)
}

func (a *Enforcer) publish(ctx context.Context, payload string) error {
	if a.changes == nil {
		return nil
	}
	return a.changes.Publish(ctx, payload)
}
