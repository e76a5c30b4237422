package job

import (
	"testing"
	"time"
)

func TestBackoffDoublesCapsAndJitters(t *testing.T) {
	low := Backoff{Base: time.Second, Max: 10 * time.Second, Rand: func() float64 { return 0 }}
	high := Backoff{Base: time.Second, Max: 10 * time.Second, Rand: func() float64 { return 0.999999 }}
	for _, c := range []struct {
		attempt int
		full    time.Duration // the un-jittered delay
	}{{1, time.Second}, {2, 2 * time.Second}, {3, 4 * time.Second}, {4, 8 * time.Second}, {5, 10 * time.Second}, {60, 10 * time.Second}} {
		if got := low.Delay(c.attempt); got != c.full/2 {
			t.Errorf("attempt %d: lowest delay %v, want %v", c.attempt, got, c.full/2)
		}
		if got := high.Delay(c.attempt); got < c.full-time.Millisecond || got > c.full {
			t.Errorf("attempt %d: highest delay %v, want about %v", c.attempt, got, c.full)
		}
	}
}

func TestBackoffJitterSpreadsRetries(t *testing.T) {
	b := Backoff{Base: time.Second, Max: time.Minute}
	seen := map[time.Duration]bool{}
	for range 20 {
		d := b.Delay(3)
		if d < 2*time.Second || d > 4*time.Second {
			t.Fatalf("delay %v outside [2s, 4s]", d)
		}
		seen[d] = true
	}
	if len(seen) < 2 {
		t.Error("jitter produced one delay for twenty retries")
	}
}

func TestBackoffZeroValueUsesDefaults(t *testing.T) {
	if d := (Backoff{}).Delay(1); d < DefaultBackoff.Base/2 || d > DefaultBackoff.Base {
		t.Errorf("zero Backoff delay %v", d)
	}
}
