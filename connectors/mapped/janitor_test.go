package mapped_test

import (
	"context"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
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
