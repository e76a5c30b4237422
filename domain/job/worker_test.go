package job_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/job"
	"github.com/obp-go/obp/internal/testenv"
)

// testClock is a clock the test moves.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func setup(t *testing.T, db *mapped.DB) (*mapped.Jobs, *testClock) {
	t.Helper()
	if _, err := db.MigrateUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	clk := &testClock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	return mapped.NewJobs(db, clk.Now), clk
}

var quiet = slog.New(slog.DiscardHandler)

func enqueue(t *testing.T, st job.Store, clk *testClock, kind string, maxAttempts int) job.Job {
	t.Helper()
	j := job.New(kind, []byte(`{}`), clk.Now())
	j.MaxAttempts = maxAttempts
	if _, _, err := st.Enqueue(context.Background(), j); err != nil {
		t.Fatal(err)
	}
	return j
}

func get(t *testing.T, st job.Store, id string) job.Job {
	t.Helper()
	j, err := st.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func TestWorkerRetriesWithBackoffThenFails(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st, clk := setup(t, db)
		w := job.NewWorker(st, job.Options{Clock: clk.Now, Log: quiet,
			Backoff: job.Backoff{Base: time.Second, Max: time.Minute, Rand: func() float64 { return 0 }}})
		runs := 0
		w.Handle("flaky", func(context.Context, job.Job) error { runs++; return errors.New("partner down") })
		j := enqueue(t, st, clk, "flaky", 3)

		for attempt, wait := range []time.Duration{500 * time.Millisecond, time.Second} {
			if ok, err := w.RunOne(ctx); !ok || err != nil {
				t.Fatalf("run %d: %v, %v", attempt+1, ok, err)
			}
			got := get(t, st, j.ID)
			if got.Status != job.Pending || got.LastError != "partner down" || !got.RunAt.Equal(clk.Now().Add(wait)) {
				t.Fatalf("after run %d: %+v", attempt+1, got)
			}
			if ok, _ := w.RunOne(ctx); ok {
				t.Fatal("ran before its backoff elapsed")
			}
			clk.Add(wait)
		}
		if ok, _ := w.RunOne(ctx); !ok {
			t.Fatal("third run did not happen")
		}
		if got := get(t, st, j.ID); got.Status != job.Failed || got.Attempts != 3 || runs != 3 {
			t.Fatalf("after the last attempt: %+v, %d runs", got, runs)
		}
	})
}

func TestWorkerPanicIsAnErrorAndPermanentFailsAtOnce(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st, clk := setup(t, db)
		w := job.NewWorker(st, job.Options{Clock: clk.Now, Log: quiet})
		w.Handle("panics", func(context.Context, job.Job) error { panic("nil map") })
		w.Handle("refused", func(context.Context, job.Job) error { return job.Permanent(errors.New("bad payload")) })
		p := enqueue(t, st, clk, "panics", 5)
		r := enqueue(t, st, clk, "refused", 5)
		for range 2 {
			if ok, err := w.RunOne(ctx); !ok || err != nil {
				t.Fatalf("RunOne: %v, %v", ok, err)
			}
		}
		if got := get(t, st, p.ID); got.Status != job.Pending || !strings.Contains(got.LastError, "panicked: nil map") {
			t.Errorf("the panicking job: %+v", got)
		}
		if got := get(t, st, r.ID); got.Status != job.Failed || got.Attempts != 1 || got.LastError != "bad payload" {
			t.Errorf("the refused job: %+v", got)
		}
	})
}

// The contract: a job whose worker died is run again after its lease, so the handler
// runs twice; being idempotent on the job id, its effect happens once, and the job is
// completed once: the dead worker's late word is refused.
func TestWorkerKilledMidJobIsRunAgainEffectOnce(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st, clk := setup(t, db)
		var mu sync.Mutex
		runs, effects := 0, map[string]int{}
		handler := func(_ context.Context, j job.Job) error {
			mu.Lock()
			defer mu.Unlock()
			runs++
			if _, done := effects[j.ID]; !done { // idempotent keyed by the job id
				effects[j.ID]++
			}
			return nil
		}
		j := enqueue(t, st, clk, "kyc", 5)

		// The first worker claims the job, does the work and is killed before it says so.
		held, ok, err := st.Claim(ctx, []string{"kyc"}, clk.Now(), time.Minute)
		if !ok || err != nil {
			t.Fatalf("Claim: %v, %v", ok, err)
		}
		_ = handler(ctx, held)

		w := job.NewWorker(st, job.Options{Clock: clk.Now, Log: quiet, Lease: time.Minute})
		w.Handle("kyc", handler)
		if ok, _ := w.RunOne(ctx); ok {
			t.Fatal("ran a job whose lease still holds")
		}
		clk.Add(time.Minute + time.Second)
		if ok, err := w.RunOne(ctx); !ok || err != nil {
			t.Fatalf("RunOne after the lease: %v, %v", ok, err)
		}
		if err := st.Complete(ctx, held.ID, held.Attempts); !errors.Is(err, job.ErrLeaseLost) {
			t.Errorf("the killed worker's late completion: %v", err)
		}
		got := get(t, st, j.ID)
		if got.Status != job.Done || got.Attempts != 2 || runs != 2 || effects[j.ID] != 1 {
			t.Errorf("job %+v after %d runs, effect %d", got, runs, effects[j.ID])
		}
		if ok, _ := w.RunOne(ctx); ok {
			t.Error("a DONE job ran again")
		}
	})
}

// A stopping worker cancels its handlers and hands their jobs back at once.
func TestWorkerStoppedMidJobReleasesIt(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		st, clk := setup(t, db)
		j := enqueue(t, st, clk, "slow", 5)
		started := make(chan struct{})
		w := job.NewWorker(st, job.Options{Clock: clk.Now, Log: quiet, PollInterval: time.Millisecond})
		w.Handle("slow", func(ctx context.Context, _ job.Job) error { close(started); <-ctx.Done(); return ctx.Err() })
		ctx, stop := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- w.Run(ctx) }()
		select {
		case <-started:
		case <-time.After(5 * time.Second):
			t.Fatal("the handler never started")
		}
		stop()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		got := get(t, st, j.ID)
		if got.Status != job.Pending || !got.RunAt.Equal(clk.Now()) || !strings.HasPrefix(got.LastError, "worker stopped") {
			t.Errorf("after the stop: %+v", got)
		}
	})
}

// A handler that outlives its lease keeps the job: the worker extends the lease, so a
// second worker polling all along never runs it too.
func TestWorkerRenewsTheLeaseOfALongHandler(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st, clk := setup(t, db)
		j := enqueue(t, st, clk, "long", 5)
		var mu sync.Mutex
		runs := 0
		release := make(chan struct{})
		handler := func(context.Context, job.Job) error {
			mu.Lock()
			runs++
			mu.Unlock()
			<-release
			return nil
		}
		opts := job.Options{Clock: clk.Now, Log: quiet, Lease: time.Minute, RenewEvery: time.Millisecond}
		holder, other := job.NewWorker(st, opts), job.NewWorker(st, opts)
		holder.Handle("long", handler)
		other.Handle("long", handler)
		done := make(chan struct{})
		go func() { _, _ = holder.RunOne(ctx); close(done) }()

		bounded, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		for range 5 { // five steps of 40s: more than three leases
			waitFor(t, bounded, func() bool {
				got := get(t, st, j.ID)
				return got.Status == job.Running && got.LeaseUntil.Equal(clk.Now().Add(time.Minute))
			})
			clk.Add(40 * time.Second)
			if ran, _ := other.RunOne(ctx); ran {
				t.Fatal("a second worker took a job whose worker is alive")
			}
		}
		close(release)
		<-done
		if got := get(t, st, j.ID); got.Status != job.Done || runs != 1 {
			t.Errorf("job %+v after %d runs", got, runs)
		}
	})
}

func TestWorkerWithoutHandlersRefusesToRun(t *testing.T) {
	w := job.NewWorker(nil, job.Options{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err := w.Run(context.Background()); !errors.Is(err, job.ErrNoHandler) {
		t.Errorf("Run = %v", err)
	}
}

func waitFor(t *testing.T, ctx context.Context, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatal("timed out")
		case <-time.After(2 * time.Millisecond):
		}
	}
}

// Two workers (as in two server processes) share fifty jobs: each job runs exactly once.
func TestTwoWorkersRunEachOfFiftyJobsOnce(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		st, clk := setup(t, db)
		const n = 50
		for range n {
			enqueue(t, st, clk, "batch", 3)
		}
		var mu sync.Mutex
		runs := map[string]int{}
		ctx, stop := context.WithTimeout(context.Background(), 20*time.Second)
		defer stop()
		var wg sync.WaitGroup
		for range 2 {
			w := job.NewWorker(st, job.Options{Clock: clk.Now, Log: quiet, Concurrency: 4, PollInterval: time.Millisecond, MaxIdle: 5 * time.Millisecond})
			w.Handle("batch", func(_ context.Context, j job.Job) error {
				mu.Lock()
				runs[j.ID]++
				mu.Unlock()
				time.Sleep(time.Millisecond)
				return nil
			})
			wg.Go(func() { _ = w.Run(ctx) })
		}
		waitFor(t, ctx, func() bool {
			done, err := st.List(ctx, job.Filter{Kind: "batch", Status: job.Done})
			return err == nil && len(done) == n
		})
		stop()
		wg.Wait()
		if len(runs) != n {
			t.Errorf("%d distinct jobs ran, want %d", len(runs), n)
		}
		for id, c := range runs {
			if c != 1 {
				t.Errorf("job %s ran %d times", id, c)
			}
		}
	})
}
