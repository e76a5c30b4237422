package job

import (
	"math/rand/v2"
	"time"
)

// Backoff spaces the retries of a failing job: Base doubled per attempt, capped at Max,
// with the upper half jittered so that jobs failing together do not retry together.
type Backoff struct {
	Base time.Duration
	Max  time.Duration
	// Rand returns a number in [0, 1); nil means math/rand. Tests pin it.
	Rand func() float64
}

// DefaultBackoff retries after about 1s, 2s, 4s ... up to an hour.
var DefaultBackoff = Backoff{Base: time.Second, Max: time.Hour}

// Delay is the wait before the run that follows run number attempt (1 for the first run):
// d/2 + rand*d/2 where d = min(Base*2^(attempt-1), Max).
func (b Backoff) Delay(attempt int) time.Duration {
	base, ceiling := b.Base, b.Max
	if base <= 0 {
		base = DefaultBackoff.Base
	}
	if ceiling < base {
		ceiling = base
	}
	d := base
	for i := 1; i < attempt && d < ceiling; i++ {
		d *= 2
	}
	d = min(d, ceiling)
	r := rand.Float64
	if b.Rand != nil {
		r = b.Rand
	}
	half := d / 2
	return half + time.Duration(r()*float64(d-half))
}
