package app

import (
	"context"
	"log/slog"
	"time"
)

// every runs job once per interval until ctx ends: the one loop behind the background work
// (sweeping expired rows, reconciling interrupted payments). A failed run is logged and
// the next tick tries again; several processes may run the same job, so jobs are
// idempotent.
func every(ctx context.Context, interval time.Duration, log *slog.Logger, name string, job func(ctx context.Context) error) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := job(ctx); err != nil && ctx.Err() == nil {
				log.Warn(name+" failed", slog.String("error", err.Error()))
			}
		}
	}
}

// now is the assembly's clock: Options.Now, or the system clock.
func now(o Options) time.Time {
	if o.Now != nil {
		return o.Now().UTC()
	}
	return time.Now().UTC()
}
