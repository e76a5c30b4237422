package mapped_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/job"
	"github.com/obp-go/obp/internal/testenv"
)

var jobEpoch = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

func openJobs(t *testing.T, db *mapped.DB) *mapped.Jobs {
	t.Helper()
	if _, err := db.MigrateUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	return mapped.NewJobs(db, func() time.Time { return jobEpoch })
}

func TestJobEnqueueDedupes(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx, jobs := context.Background(), openJobs(t, db)
		first := job.New("kyc.process", []byte(`{"n":1}`), jobEpoch)
		first.DedupeKey = "submission-1"
		if _, created, err := jobs.Enqueue(ctx, first); err != nil || !created {
			t.Fatalf("first enqueue: created %v, %v", created, err)
		}
		again := job.New("kyc.process", []byte(`{"n":2}`), jobEpoch)
		again.DedupeKey = "submission-1"
		got, created, err := jobs.Enqueue(ctx, again)
		if err != nil || created || got.ID != first.ID || string(got.Payload) != `{"n":1}` {
			t.Fatalf("second enqueue = %+v, created %v, %v", got, created, err)
		}
		for range 2 { // keyless jobs never collide
			if _, created, err := jobs.Enqueue(ctx, job.New("kyc.process", []byte(`{}`), jobEpoch)); err != nil || !created {
				t.Fatalf("keyless enqueue: created %v, %v", created, err)
			}
		}
		if list, err := jobs.List(ctx, job.Filter{Kind: "kyc.process"}); err != nil || len(list) != 3 {
			t.Fatalf("List = %d jobs, %v", len(list), err)
		}
		if _, err := jobs.Get(ctx, "nope"); !errors.Is(err, job.ErrNotFound) {
			t.Errorf("Get(nope) = %v", err)
		}
	})
}

func TestJobClaimIsAtomic(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx, jobs := context.Background(), openJobs(t, db)
		const n = 5
		for range n {
			if _, _, err := jobs.Enqueue(ctx, job.New("k", []byte(`{}`), jobEpoch)); err != nil {
				t.Fatal(err)
			}
		}
		var mu sync.Mutex
		claims := map[string]int{}
		var wg sync.WaitGroup
		for range 4 * n {
			wg.Go(func() {
				j, ok, err := jobs.Claim(ctx, []string{"k"}, jobEpoch, time.Minute)
				if err != nil {
					t.Error(err)
				}
				if ok {
					mu.Lock()
					claims[j.ID]++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if len(claims) != n {
			t.Fatalf("%d distinct jobs claimed, want %d", len(claims), n)
		}
		for id, c := range claims {
			if c != 1 {
				t.Errorf("job %s claimed %d times", id, c)
			}
		}
	})
}

// A worker that dies holding a job loses it when its lease runs out; the next holder
// completes it, and the dead worker's late outcome is refused.
func TestJobAbandonedLeaseIsClaimedAgainAndCompletedOnce(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx, jobs := context.Background(), openJobs(t, db)
		queued, _, _ := jobs.Enqueue(ctx, job.New("k", []byte(`{}`), jobEpoch))
		if _, ok, _ := jobs.Claim(ctx, []string{"other"}, jobEpoch, time.Minute); ok {
			t.Fatal("claimed a job of a kind not asked for")
		}
		dead, ok, err := jobs.Claim(ctx, []string{"k"}, jobEpoch, time.Minute)
		if err != nil || !ok || dead.ID != queued.ID || dead.Attempts != 1 || dead.Status != job.Running ||
			!dead.LeaseUntil.Equal(jobEpoch.Add(time.Minute)) {
			t.Fatalf("Claim = %+v, %v, %v", dead, ok, err)
		}
		if _, ok, _ := jobs.Claim(ctx, []string{"k"}, jobEpoch.Add(59*time.Second), time.Minute); ok {
			t.Fatal("claimed a job whose lease still holds")
		}
		later := jobEpoch.Add(61 * time.Second)
		next, ok, err := jobs.Claim(ctx, []string{"k"}, later, time.Minute)
		if err != nil || !ok || next.ID != queued.ID || next.Attempts != 2 {
			t.Fatalf("Claim after the lease = %+v, %v, %v", next, ok, err)
		}
		if err := jobs.Extend(ctx, dead.ID, dead.Attempts, later.Add(time.Hour)); !errors.Is(err, job.ErrLeaseLost) {
			t.Errorf("the dead worker extended: %v", err)
		}
		if err := jobs.Complete(ctx, dead.ID, dead.Attempts); !errors.Is(err, job.ErrLeaseLost) {
			t.Errorf("the dead worker completed: %v", err)
		}
		if err := jobs.Complete(ctx, next.ID, next.Attempts); err != nil {
			t.Fatal(err)
		}
		if err := jobs.Complete(ctx, next.ID, next.Attempts); !errors.Is(err, job.ErrLeaseLost) {
			t.Errorf("completed twice: %v", err)
		}
		got, _ := jobs.Get(ctx, queued.ID)
		if got.Status != job.Done || got.Attempts != 2 || !got.LeaseUntil.IsZero() {
			t.Errorf("after completion: %+v", got)
		}
		if _, ok, _ := jobs.Claim(ctx, []string{"k"}, later.Add(time.Hour), time.Minute); ok {
			t.Error("claimed a DONE job")
		}
	})
}

func TestJobRetryWaitsAndFailIsFinal(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx, jobs := context.Background(), openJobs(t, db)
		queued, _, _ := jobs.Enqueue(ctx, job.New("k", []byte(`{}`), jobEpoch))
		j, _, _ := jobs.Claim(ctx, []string{"k"}, jobEpoch, time.Minute)
		if err := jobs.Retry(ctx, j.ID, j.Attempts, jobEpoch.Add(10*time.Second), "partner said 503"); err != nil {
			t.Fatal(err)
		}
		if got, _ := jobs.Get(ctx, queued.ID); got.Status != job.Pending || got.LastError != "partner said 503" {
			t.Errorf("after Retry: %+v", got)
		}
		if _, ok, _ := jobs.Claim(ctx, []string{"k"}, jobEpoch.Add(9*time.Second), time.Minute); ok {
			t.Fatal("claimed before its retry time")
		}
		j, ok, _ := jobs.Claim(ctx, []string{"k"}, jobEpoch.Add(10*time.Second), time.Minute)
		if !ok || j.Attempts != 2 {
			t.Fatalf("retry claim = %+v, %v", j, ok)
		}
		if err := jobs.Fail(ctx, j.ID, j.Attempts, "gave up"); err != nil {
			t.Fatal(err)
		}
		if _, ok, _ := jobs.Claim(ctx, []string{"k"}, jobEpoch.Add(time.Hour), time.Minute); ok {
			t.Fatal("claimed a FAILED job")
		}
		if list, _ := jobs.List(ctx, job.Filter{Status: job.Failed}); len(list) != 1 || list[0].LastError != "gave up" {
			t.Errorf("failed jobs: %+v", list)
		}
	})
}
