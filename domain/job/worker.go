package job

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/obp-go/obp/domain/clock"
)

// Handler runs one job. It returns nil when the job's work is done; an error retries the
// job after a backoff until MaxAttempts, then fails it; an error wrapped with Permanent
// fails it at once. A panic is an error. ctx is cancelled when the worker stops or loses
// the job's lease. A handler may run more than once for one job (see the package doc):
// it must be idempotent keyed by j.ID.
type Handler func(ctx context.Context, j Job) error

// Options tune a Worker; zero fields take the defaults.
type Options struct {
	Concurrency  int           // handlers running at once (default 4)
	PollInterval time.Duration // wait after an empty poll (default 1s), doubled while idle...
	MaxIdle      time.Duration // ...up to MaxIdle (default 30s)
	// Lease is how long a claim holds without news from its worker (default 1m). The
	// worker extends it every Lease/3 while the handler runs, so only a dead or stalled
	// worker loses a job, and another takes it within Lease.
	Lease      time.Duration
	RenewEvery time.Duration // real time between extensions (default Lease/3)
	Backoff    Backoff       // between retries (default DefaultBackoff)
	Clock      clock.Clock
	Log        *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	if o.MaxIdle < o.PollInterval {
		o.MaxIdle = max(30*time.Second, o.PollInterval)
	}
	if o.Lease <= 0 {
		o.Lease = time.Minute
	}
	if o.RenewEvery <= 0 || o.RenewEvery >= o.Lease {
		o.RenewEvery = o.Lease / 3
	}
	if o.Backoff.Base <= 0 {
		o.Backoff = DefaultBackoff
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	return o
}

// Worker claims the jobs of the kinds it has handlers for and runs them. Any number of
// workers, in any number of processes, may share one Store.
type Worker struct {
	store    Store
	opts     Options
	handlers map[string]Handler
	kinds    []string
}

// NewWorker returns a worker on store; register handlers with Handle before Run.
func NewWorker(store Store, o Options) *Worker {
	return &Worker{store: store, opts: o.withDefaults(), handlers: map[string]Handler{}}
}

// Handle registers h for jobs of kind. Call it before Run.
func (w *Worker) Handle(kind string, h Handler) {
	if _, ok := w.handlers[kind]; !ok {
		w.kinds = append(w.kinds, kind)
	}
	w.handlers[kind] = h
}

// Run polls until ctx is done, running up to Concurrency handlers at once, then waits for
// the running handlers (which see ctx cancelled) to return. A job interrupted that way is
// put back to PENDING at once for another worker.
func (w *Worker) Run(ctx context.Context) error {
	if len(w.kinds) == 0 {
		return ErrNoHandler
	}
	slots := make(chan struct{}, w.opts.Concurrency)
	var running sync.WaitGroup
	defer running.Wait()
	idle := w.opts.PollInterval
	for {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		j, ok, err := w.store.Claim(ctx, w.kinds, w.opts.Clock.Now(), w.opts.Lease)
		if err != nil || !ok {
			<-slots
			if ctx.Err() != nil {
				return nil
			}
			if err != nil {
				w.opts.Log.Error("claiming a job", slog.Any("error", err))
			}
			if !sleep(ctx, idle) {
				return nil
			}
			idle = min(idle*2, w.opts.MaxIdle)
			continue
		}
		idle = w.opts.PollInterval
		running.Go(func() {
			defer func() { <-slots }()
			w.process(ctx, j)
		})
	}
}

// RunOne claims one due job and runs it to its outcome; ok is false when none was due.
func (w *Worker) RunOne(ctx context.Context) (ok bool, err error) {
	j, ok, err := w.store.Claim(ctx, w.kinds, w.opts.Clock.Now(), w.opts.Lease)
	if err != nil || !ok {
		return false, err
	}
	w.process(ctx, j)
	return true, nil
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// process runs a claimed job and records its outcome, as long as it still holds it.
func (w *Worker) process(ctx context.Context, j Job) {
	log := w.opts.Log.With(slog.String("job_id", j.ID), slog.String("kind", j.Kind), slog.Int("attempt", j.Attempts))
	if j.Attempts > j.MaxAttempts { // its last run's worker died before recording an outcome
		w.record(log, w.store.Fail(context.WithoutCancel(ctx), j.ID, j.Attempts, "attempts spent: the last run stopped without an outcome"))
		return
	}
	hctx, cancel := context.WithCancelCause(ctx)
	stopRenewing := w.renew(hctx, cancel, j)
	err := call(hctx, w.handlers[j.Kind], j, log)
	stopRenewing()
	lost := errors.Is(context.Cause(hctx), ErrLeaseLost)
	cancel(nil)
	// The outcome is recorded even while the worker stops: it is the last word of this run.
	rec, done := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer done()
	switch {
	case lost:
		log.Warn("job lease lost while running: another worker holds it now")
	case err == nil:
		w.record(log, w.store.Complete(rec, j.ID, j.Attempts))
	case ctx.Err() != nil:
		w.record(log, w.store.Retry(rec, j.ID, j.Attempts, w.opts.Clock.Now(), "worker stopped: "+trim(err.Error())))
	case IsPermanent(err) || j.Attempts >= j.MaxAttempts:
		log.Warn("job failed", slog.Any("error", err))
		w.record(log, w.store.Fail(rec, j.ID, j.Attempts, trim(err.Error())))
	default:
		at := w.opts.Clock.Now().Add(w.opts.Backoff.Delay(j.Attempts))
		log.Info("job will be retried", slog.Any("error", err), slog.Time("run_at", at))
		w.record(log, w.store.Retry(rec, j.ID, j.Attempts, at, trim(err.Error())))
	}
}

func (w *Worker) record(log *slog.Logger, err error) {
	if errors.Is(err, ErrLeaseLost) {
		log.Warn("job outcome discarded: another worker holds it now")
	} else if err != nil {
		log.Error("recording a job outcome", slog.Any("error", err))
	}
}

// renew extends j's lease every RenewEvery until stopped; losing it cancels the handler.
func (w *Worker) renew(ctx context.Context, cancel context.CancelCauseFunc, j Job) (stop func()) {
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(w.opts.RenewEvery)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				err := w.store.Extend(ctx, j.ID, j.Attempts, w.opts.Clock.Now().Add(w.opts.Lease))
				if errors.Is(err, ErrLeaseLost) {
					cancel(ErrLeaseLost)
					return
				}
			}
		}
	})
	return func() { close(quit); wg.Wait() }
}

// call runs h, turning a panic into an error.
func call(ctx context.Context, h Handler, j Job, log *slog.Logger) (err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("job handler panicked", slog.Any("panic", r), slog.String("stack", string(debug.Stack())))
			err = fmt.Errorf("handler panicked: %v", r)
		}
	}()
	return h(ctx, j)
}

// trim bounds a stored error message.
func trim(s string) string {
	const limit = 2000
	if len(s) > limit {
		return strings.ToValidUTF8(s[:limit], "")
	}
	return s
}
