package webhook_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/webhookhttp"
	"github.com/obp-go/obp/domain/job"
	"github.com/obp-go/obp/domain/webhook"
	"github.com/obp-go/obp/internal/testenv"
)

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

var secret = []byte("whsec-consumer-1")

// receiver answers with the statuses in turn (the last one from then on) and checks
// each request's signature as a partner would.
type receiver struct {
	clk      *testClock
	statuses []int
	mu       sync.Mutex
	got      []*http.Request
	bad      []error
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if err := webhook.Verify(secret, r.Header.Get(webhook.SignatureHeader), body, rc.clk.Now(), time.Minute); err != nil {
		rc.bad = append(rc.bad, err)
	}
	rc.got = append(rc.got, r)
	w.WriteHeader(rc.statuses[min(len(rc.got), len(rc.statuses))-1])
}

func (rc *receiver) count() int { rc.mu.Lock(); defer rc.mu.Unlock(); return len(rc.got) }

type rig struct {
	svc    *webhook.Service
	worker *job.Worker
	clk    *testClock
}

func newRig(t *testing.T, db *mapped.DB, maxAttempts int, allowPrivate bool) rig {
	t.Helper()
	if _, err := db.MigrateUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	clk := &testClock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	secrets := webhook.SecretsFunc(func(_ context.Context, owner string) ([]byte, error) {
		if owner != "consumer-1" {
			return nil, webhook.ErrUnknownOwner
		}
		return secret, nil
	})
	jobs := mapped.NewJobs(db, clk.Now)
	svc := webhook.NewService(webhook.Deps{Jobs: jobs, Attempts: mapped.NewDeliveryLog(db, clk.Now), Secrets: secrets,
		Sender: webhookhttp.New(webhookhttp.Options{AllowPrivate: allowPrivate, Timeout: 2 * time.Second}), Clock: clk.Now, MaxAttempts: maxAttempts})
	w := job.NewWorker(jobs, job.Options{Clock: clk.Now, Log: slog.New(slog.DiscardHandler), Backoff: webhook.DefaultBackoff})
	svc.Register(w)
	return rig{svc: svc, worker: w, clk: clk}
}

// runDue runs every due delivery, then moves the clock past any backoff; it stops when
// nothing is left to run.
func (r rig) runDue(t *testing.T) {
	t.Helper()
	for range 50 {
		ran, err := r.worker.RunOne(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !ran {
			r.clk.Add(7 * time.Hour) // beyond the longest backoff
			if ran, _ = r.worker.RunOne(context.Background()); !ran {
				return
			}
		}
	}
	t.Fatal("deliveries still running after 50 runs")
}

func TestDeliveryRetriedUntilAcknowledged(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx, r := context.Background(), newRig(t, db, 8, true)
		rc := &receiver{clk: r.clk, statuses: []int{500, 500, 204}}
		srv := httptest.NewServer(rc)
		defer srv.Close()
		d, err := r.svc.Enqueue(ctx, webhook.Delivery{Owner: "consumer-1", URL: srv.URL + "/kyc", Event: "kyc.submission.done",
			Body: []byte(`{"submission_id":"s-1","status":"APPROVED"}`), DedupeKey: "s-1:done"})
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := r.svc.Enqueue(ctx, webhook.Delivery{Owner: "consumer-1", URL: srv.URL + "/kyc", Event: "kyc.submission.done",
			Body: []byte(`{}`), DedupeKey: "s-1:done"}); again.ID != d.ID {
			t.Errorf("the same callback enqueued twice became %s and %s", d.ID, again.ID)
		}
		r.runDue(t)

		if rc.count() != 3 || len(rc.bad) != 0 {
			t.Fatalf("receiver got %d requests, signature errors %v", rc.count(), rc.bad)
		}
		for _, req := range rc.got {
			if req.Header.Get(webhook.DeliveryIDHeader) != d.ID || req.Header.Get(webhook.EventHeader) != "kyc.submission.done" {
				t.Errorf("headers %v", req.Header)
			}
		}
		got, err := r.svc.Get(ctx, d.ID)
		if err != nil || got.Status != job.Done {
			t.Errorf("delivery %+v, %v", got, err)
		}
		attempts, err := r.svc.Attempts(ctx, d.ID)
		if err != nil || len(attempts) != 3 {
			t.Fatalf("attempts %+v, %v", attempts, err)
		}
		for i, want := range []int{500, 500, 204} {
			if a := attempts[i]; a.Number != i+1 || a.HTTPStatus != want || a.Error != "" || a.At.IsZero() {
				t.Errorf("attempt %d: %+v", i+1, a)
			}
		}
		if !attempts[1].At.After(attempts[0].At) {
			t.Error("the retry did not wait")
		}
	})
}

func TestDeliveryGivenUpAfterMaxAttempts(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx, r := context.Background(), newRig(t, db, 4, true)
		rc := &receiver{clk: r.clk, statuses: []int{503}}
		srv := httptest.NewServer(rc)
		defer srv.Close()
		d, err := r.svc.Enqueue(ctx, webhook.Delivery{Owner: "consumer-1", URL: srv.URL, Event: "e", Body: []byte(`{}`)})
		if err != nil {
			t.Fatal(err)
		}
		r.runDue(t)
		got, _ := r.svc.Get(ctx, d.ID)
		attempts, _ := r.svc.Attempts(ctx, d.ID)
		if rc.count() != 4 || got.Status != job.Failed || len(attempts) != 4 || attempts[3].HTTPStatus != 503 {
			t.Errorf("receiver got %d, delivery %s, attempts %+v", rc.count(), got.Status, attempts)
		}
	})
}

// Without AllowPrivate a loopback receiver is refused once and for all, and the refusal
// is in the attempt log.
func TestDeliveryToAPrivateAddressRefused(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx, r := context.Background(), newRig(t, db, 8, false)
		rc := &receiver{clk: r.clk, statuses: []int{200}}
		srv := httptest.NewServer(rc)
		defer srv.Close()
		d, _ := r.svc.Enqueue(ctx, webhook.Delivery{Owner: "consumer-1", URL: srv.URL, Event: "e", Body: []byte(`{}`)})
		r.runDue(t)
		got, _ := r.svc.Get(ctx, d.ID)
		attempts, _ := r.svc.Attempts(ctx, d.ID)
		if rc.count() != 0 || got.Status != job.Failed || len(attempts) != 1 || attempts[0].Error == "" {
			t.Errorf("receiver got %d, delivery %s, attempts %+v", rc.count(), got.Status, attempts)
		}
	})
}

func TestDeliveryRefusesBadURLsAndUnknownOwners(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx, r := context.Background(), newRig(t, db, 8, true)
		for _, u := range []string{"ftp://partner.example/x", "partner.example/x", "http://"} {
			if _, err := r.svc.Enqueue(ctx, webhook.Delivery{Owner: "consumer-1", URL: u}); !errors.Is(err, webhook.ErrInvalidURL) {
				t.Errorf("Enqueue(%q) = %v", u, err)
			}
		}
		d, _ := r.svc.Enqueue(ctx, webhook.Delivery{Owner: "stranger", URL: "https://partner.example/x", Body: []byte(`{}`)})
		r.runDue(t)
		if got, _ := r.svc.Get(ctx, d.ID); got.Status != job.Failed {
			t.Errorf("a delivery without a secret: %+v", got)
		}
	})
}
