package authz

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

// userPolicy is one user's Casbin enforcer: their entitlements, their account access and
// the permissions of the views they hold.
type userPolicy struct {
	once    sync.Once
	err     error
	e       *casbin.SyncedEnforcer
	viewCtx casbin.EnforceContext
	viewsOn map[string][]string // account key -> view ids
	// decided memoises Casbin's answers: the policy is immutable (a change of the user's
	// grants builds a new one), so an answer holds for the policy's life. At most
	// maxDecided answers are kept, so callers naming ever new banks or accounts cannot
	// grow it without bound.
	decided  sync.Map // request key -> bool
	nDecided atomic.Int64
}

// maxDecided bounds the answers one user's policy memoises.
const maxDecided = 10_000

func (p *userPolicy) memo(key string, decide func() bool) bool {
	if v, ok := p.decided.Load(key); ok {
		return v.(bool)
	}
	ok := decide()
	if p.nDecided.Load() < maxDecided {
		if _, loaded := p.decided.LoadOrStore(key, ok); !loaded {
			p.nDecided.Add(1)
		}
	}
	return ok
}

func newCasbin() (*casbin.SyncedEnforcer, error) {
	m, err := model.NewModelFromString(modelText)
	if err != nil {
		return nil, err
	}
	return casbin.NewSyncedEnforcer(m)
}

// build loads the user's grants from the database.
func (p *userPolicy) build(ctx context.Context, roles entitlement.Store, views view.Store, userID string) error {
	ents, err := roles.ListEntitlementsForUser(ctx, userID)
	if err != nil {
		return fmt.Errorf("load entitlements: %w", err)
	}
	access, err := views.ListAccessForUser(ctx, userID)
	if err != nil {
		return fmt.Errorf("load account access: %w", err)
	}
	if p.e, err = newCasbin(); err != nil {
		return err
	}
	p.viewCtx = casbin.NewEnforceContext("2")
	p.viewsOn = map[string][]string{}
	var roleRules, accessRules, permRules [][]string
	for _, e := range ents {
		roleRules = append(roleRules, []string{e.UserID, e.BankID, e.RoleName})
	}
	seen := map[string]bool{}
	for _, g := range access {
		key := view.AccountKey(g.Ref())
		accessRules = append(accessRules, []string{g.UserID, key, g.ViewID})
		p.viewsOn[key] = append(p.viewsOn[key], g.ViewID)
		vkey := view.Key(g.Ref(), g.ViewID)
		if seen[vkey] {
			continue
		}
		seen[vkey] = true
		v, err := viewOf(ctx, views, g.Ref(), g.ViewID)
		if err != nil {
			return err
		}
		for perm, ok := range v.Allowed {
			if ok {
				permRules = append(permRules, []string{vkey, string(perm)})
			}
		}
	}
	for _, add := range []struct {
		fn    func([][]string) (bool, error)
		rules [][]string
	}{
		{p.e.AddPolicies, roleRules},
		{func(r [][]string) (bool, error) { return p.e.AddNamedPolicies("p2", r) }, accessRules},
		{func(r [][]string) (bool, error) { return p.e.AddNamedGroupingPolicies("g", r) }, permRules},
	} {
		if len(add.rules) > 0 {
			if _, err := add.fn(add.rules); err != nil {
				return err
			}
		}
	}
	return nil
}

// viewOf is a built-in system view from memory, or a created system view or a custom view
// from the store; a grant of a view that no longer exists grants nothing.
func viewOf(ctx context.Context, views view.Store, ref account.Ref, viewID string) (view.View, error) {
	if v, ok := view.System(viewID); ok {
		return v, nil
	}
	var v view.View
	var err error
	if view.IsCustomID(viewID) {
		v, err = views.GetCustomView(ctx, ref, viewID)
	} else {
		v, err = views.GetSystemView(ctx, viewID)
	}
	if errors.Is(err, obperr.ViewNotFound) || errors.Is(err, obperr.SystemViewNotFound) {
		return view.View{}, nil
	}
	return v, err
}

func (p *userPolicy) hasRole(userID, bankID, roleName string) bool {
	return p.memo(strings.Join([]string{"r", userID, bankID, roleName}, "\x00"), func() bool {
		ok, err := p.e.Enforce(userID, bankID, roleName)
		return err == nil && ok
	})
}

func (p *userPolicy) canOnView(userID string, ref account.Ref, viewID string, permission view.Permission) bool {
	key := strings.Join([]string{"v", userID, ref.BankID, ref.AccountID, viewID, string(permission)}, "\x00")
	return p.memo(key, func() bool {
		ok, err := p.e.Enforce(p.viewCtx, userID, view.AccountKey(ref), viewID, view.Key(ref, viewID), string(permission))
		return err == nil && ok
	})
}
