package mapped

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/job"
)

type jobRow struct {
	ID          string `gorm:"primaryKey"`
	Kind        string
	DedupeKey   *string // NULL when the job has none, so that keyless jobs never collide
	Payload     string
	Status      string
	Attempts    int
	MaxAttempts int
	RunAt       time.Time
	LeaseUntil  *time.Time
	LastError   string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

func (jobRow) TableName() string { return "jobs" }

func toJobRow(j job.Job) jobRow {
	r := jobRow{ID: j.ID, Kind: j.Kind, Payload: string(j.Payload), Status: string(j.Status), Attempts: j.Attempts,
		MaxAttempts: j.MaxAttempts, RunAt: j.RunAt.UTC(), LastError: j.LastError, CreatedAt: j.CreatedAt.UTC(), UpdatedAt: j.UpdatedAt.UTC()}
	if j.DedupeKey != "" {
		r.DedupeKey = &j.DedupeKey
	}
	if !j.LeaseUntil.IsZero() {
		r.LeaseUntil = ptr(j.LeaseUntil.UTC())
	}
	return r
}

func (r jobRow) toDomain() job.Job {
	j := job.Job{ID: r.ID, Kind: r.Kind, Payload: []byte(r.Payload), Status: job.Status(r.Status), Attempts: r.Attempts,
		MaxAttempts: r.MaxAttempts, RunAt: r.RunAt.UTC(), LastError: r.LastError, CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC()}
	if r.DedupeKey != nil {
		j.DedupeKey = *r.DedupeKey
	}
	if r.LeaseUntil != nil {
		j.LeaseUntil = r.LeaseUntil.UTC()
	}
	return j
}

// Jobs is the job store: a type of its own beside Store, so that the generic names of the
// job.Store port (Get, List, Claim...) stay clear of the platform records' methods.
type Jobs struct{ s *Store }

// NewJobs returns the job store on db.
func NewJobs(db *DB, clk clock.Clock) *Jobs { return &Jobs{s: NewStore(db, clk)} }

var _ job.Store = (*Jobs)(nil)

// Enqueue implements job.Store.
func (js *Jobs) Enqueue(ctx context.Context, j job.Job) (job.Job, bool, error) {
	return enqueueJob(js.s.db.WithContext(ctx), j)
}

// enqueueJob inserts j on db, which may be a transaction: a store method that records an
// event calls it in the same transaction, so the event and its follow-up work land together.
func enqueueJob(db *gorm.DB, j job.Job) (job.Job, bool, error) {
	r := toJobRow(j)
	res := db.Clauses(clause.OnConflict{DoNothing: true}).Create(&r)
	if res.Error != nil || res.RowsAffected == 1 {
		return j, res.Error == nil, res.Error
	}
	if j.DedupeKey == "" {
		return job.Job{}, false, fmt.Errorf("enqueue job: id %s is taken", j.ID)
	}
	var existing jobRow
	if err := db.Where("dedupe_key = ?", j.DedupeKey).Take(&existing).Error; err != nil {
		return job.Job{}, false, err
	}
	return existing.toDomain(), false, nil
}

// claimable is the condition a job must meet to be claimed at now: due, or abandoned.
const claimable = `kind IN ? AND ((status = 'PENDING' AND run_at <= ?) OR (status = 'RUNNING' AND lease_until < ?))`

// Claim implements job.Store. On PostgreSQL the candidate row is locked with SKIP LOCKED,
// so concurrent claimers each take a different job instead of queueing on one; on SQLite
// the claim is one UPDATE, and SQLite runs one writer at a time. Either way the UPDATE
// re-checks the condition, so a row claimed in between is never claimed twice.
func (js *Jobs) Claim(ctx context.Context, kinds []string, now time.Time, lease time.Duration) (job.Job, bool, error) {
	s := js.s
	if len(kinds) == 0 {
		return job.Job{}, false, nil
	}
	now = now.UTC()
	var claimed jobRow
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var id string
		pick := `SELECT id FROM jobs WHERE ` + claimable + ` ORDER BY run_at, id LIMIT 1`
		if s.engine == Postgres {
			pick += ` FOR UPDATE SKIP LOCKED`
		}
		if err := tx.Raw(pick, kinds, now, now).Scan(&id).Error; err != nil || id == "" {
			return err
		}
		res := tx.Exec(`UPDATE jobs SET status = 'RUNNING', lease_until = ?, attempts = attempts + 1, updated_at = ?
			WHERE id = ? AND `+claimable, now.Add(lease), now, id, kinds, now, now)
		if res.Error != nil || res.RowsAffected == 0 {
			return res.Error
		}
		return tx.Where("id = ?", id).Take(&claimed).Error
	})
	if err != nil || claimed.ID == "" {
		return job.Job{}, false, err
	}
	return claimed.toDomain(), true, nil
}

// held updates a job only while the caller's claim is the current one.
func (js *Jobs) held(ctx context.Context, id string, attempt int, set map[string]any) error {
	s := js.s
	set["updated_at"] = s.clock.Now()
	res := s.db.WithContext(ctx).Model(&jobRow{}).Where("id = ? AND status = ? AND attempts = ?", id, string(job.Running), attempt).
		Updates(set)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return job.ErrLeaseLost
	}
	return nil
}

// Extend implements job.Store.
func (js *Jobs) Extend(ctx context.Context, id string, attempt int, until time.Time) error {
	return js.held(ctx, id, attempt, map[string]any{"lease_until": until.UTC()})
}

// Complete implements job.Store.
func (js *Jobs) Complete(ctx context.Context, id string, attempt int) error {
	return js.held(ctx, id, attempt, map[string]any{"status": string(job.Done), "lease_until": nil, "last_error": ""})
}

// Retry implements job.Store.
func (js *Jobs) Retry(ctx context.Context, id string, attempt int, at time.Time, lastError string) error {
	return js.held(ctx, id, attempt, map[string]any{"status": string(job.Pending), "run_at": at.UTC(), "lease_until": nil, "last_error": lastError})
}

// Fail implements job.Store.
func (js *Jobs) Fail(ctx context.Context, id string, attempt int, lastError string) error {
	return js.held(ctx, id, attempt, map[string]any{"status": string(job.Failed), "lease_until": nil, "last_error": lastError})
}

// Get implements job.Store.
func (js *Jobs) Get(ctx context.Context, id string) (job.Job, error) {
	var r jobRow
	err := js.s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if notFound(err) {
		return job.Job{}, job.ErrNotFound
	}
	return r.toDomain(), err
}

// List implements job.Store.
func (js *Jobs) List(ctx context.Context, f job.Filter) ([]job.Job, error) {
	q := js.s.db.WithContext(ctx).Order("created_at DESC, id")
	if f.Kind != "" {
		q = q.Where("kind = ?", f.Kind)
	}
	if f.Status != "" {
		q = q.Where("status = ?", string(f.Status))
	}
	var rows []jobRow
	if err := page(q, f.Limit, f.Offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]job.Job, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}
