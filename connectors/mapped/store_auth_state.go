package mapped

import (
	"context"
	"log/slog"

	"gorm.io/gorm"
)

// authStateChannel carries "a token, a user's lock or a consumer changed" between server
// processes, so that each drops the authentication state it holds in memory.
const authStateChannel = "obp_auth_state"

// NewAuthStateChanges returns the feed on which processes tell each other that
// authentication state changed (empty payload: every listener drops all it holds).
func NewAuthStateChanges(ctx context.Context, db *DB, log *slog.Logger) (*PolicyChanges, error) {
	return newChanges(ctx, db, log, authStateChannel)
}

// authStateFollower is who the store tells of the authentication state it changes: this
// process's cache at once, the others through the feed.
type authStateFollower struct {
	feed     *PolicyChanges
	onChange func()
}

// FollowAuthState makes every write that changes what authentication decides (revoking a
// token, locking or unlocking a user, updating a consumer) call onChange in this process
// once it commits, and notify the other processes in the same transaction, so that they
// hear of it exactly when it commits. Set it before the store serves.
func (s *Store) FollowAuthState(feed *PolicyChanges, onChange func()) {
	s.authState = &authStateFollower{feed: feed, onChange: onChange}
}

// authStateWrite runs write and the notification in one transaction, then tells this
// process. notify reports whether the write changed authentication state.
func (s *Store) authStateWrite(ctx context.Context, write func(tx *gorm.DB) (notify bool, err error)) error {
	changed := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var err error
		if changed, err = write(tx); err != nil || !changed {
			return err
		}
		if f := s.authState; f != nil && f.feed != nil && s.engine == Postgres {
			return tx.Exec("SELECT pg_notify(?, '')", f.feed.channel).Error
		}
		return nil
	})
	if err != nil || !changed || s.authState == nil {
		return err
	}
	if s.authState.onChange != nil {
		s.authState.onChange()
	}
	if s.authState.feed != nil && s.engine != Postgres {
		return s.authState.feed.Publish(ctx, "") // in-process listeners on the same SQLite file
	}
	return nil
}
