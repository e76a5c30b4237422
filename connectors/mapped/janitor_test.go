package mapped_test

import (
	"context"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/job"
	"github.com/obp-go/obp/internal/testenv"
)

func TestSweepDeletesOnlyExpiredRows(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		st := mapped.NewStore(db, clock.System)
		now := time.Now().UTC()
		old, fresh := now.Add(-3*time.Hour).Unix(), now.Unix()
		st.Incr(ctx, "c1", "minute", old)
		st.Incr(ctx, "c1", "minute", fresh)
		if _, _, err := st.ClaimIdempotencyKey(ctx, "u1", "k1", "h", now, time.Minute, 24*time.Hour); err != nil {
			t.Fatal(err)
		}
		n, err := st.Sweep(ctx, now)
		if err != nil || n != 1 {
			t.Fatalf("sweep removed %d rows, err %v; want only the old window", n, err)
		}
		if n, _ := st.Sweep(ctx, now.Add(25*time.Hour)); n != 2 {
			t.Errorf("a day later the sweep removed %d rows, want the window and the key", n)
		}
	})
}

func TestSweepDeletesFinishedJobsAfterTheirRetention(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		now := time.Now().UTC()
		jobs := mapped.NewJobs(db, clock.System)
		done, _, err := jobs.Enqueue(ctx, job.New("test.done", []byte(`{}`), now))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := jobs.Enqueue(ctx, job.New("test.pending", []byte(`{}`), now)); err != nil {
			t.Fatal(err)
		}
		claimed, ok, err := jobs.Claim(ctx, []string{"test.done"}, now, time.Minute)
		if err != nil || !ok || claimed.ID != done.ID {
			t.Fatalf("claim: %v %v", ok, err)
		}
		if err := jobs.Complete(ctx, done.ID, claimed.Attempts); err != nil {
			t.Fatal(err)
		}
		st := mapped.NewStore(db, clock.System)
		if n, err := st.Sweep(ctx, now.Add(89*24*time.Hour)); err != nil || n != 0 {
			t.Fatalf("sweep within retention removed %d rows (%v)", n, err)
		}
		if n, err := st.Sweep(ctx, now.Add(91*24*time.Hour)); err != nil || n != 1 {
			t.Fatalf("sweep after retention removed %d rows (%v), want the finished job only", n, err)
		}
		if _, err := jobs.Get(ctx, done.ID); err == nil {
			t.Error("the finished job is still there")
		}
	})
}
