package app

import (
	"context"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/changefeed"
)

// followAuthState keeps the token states authentication holds in memory true in every
// process: the store flushes them here when it changes one and notifies the other
// processes in the same transaction; this process flushes on their notifications, on a
// reconnect of its listener and every changefeed.Backstop.
func (s *services) followAuthState(ctx context.Context, o Options) error {
	feed, err := mapped.NewAuthStateChanges(ctx, o.DB, o.Log)
	if err != nil {
		return err
	}
	s.store.FollowAuthState(feed, s.auth.StatesChanged)
	changefeed.Follow(ctx, feed, func(context.Context) { s.auth.StatesChanged() })
	return nil
}
