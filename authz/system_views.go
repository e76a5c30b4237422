package authz

import "context"

// SystemViewChanged implements view.PolicySync: a created system view's permissions
// changed (or it came or went). Whoever holds it may be anyone, so every cached policy
// goes, here and on every other process.
func (a *Enforcer) SystemViewChanged(ctx context.Context, viewID string) error {
	a.forgetAll()
	return a.publish(ctx, viewChange+"system/"+viewID)
}
