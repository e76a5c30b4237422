package payment

import (
	"context"
	"log/slog"
	"testing"
	"time"
)

type fakeStore struct {
	Store
	requests map[string]*Request
}

func (f *fakeStore) StaleProcessing(_ context.Context, before time.Time) ([]Request, error) {
	var out []Request
	for _, r := range f.requests {
		if r.Status == Processing && r.Updated.Before(before) {
			out = append(out, *r)
		}
	}
	return out, nil
}

func (f *fakeStore) Finish(_ context.Context, id string, from []Status, to Status, txID, failure string) (bool, error) {
	r := f.requests[id]
	for _, s := range from {
		if r.Status == s {
			r.Status, r.TransactionID, r.Failure = to, txID, failure
			return true, nil
		}
	}
	return false, nil
}

type fakeLegs map[string]string

func (f fakeLegs) DebitLegOf(_ context.Context, transferID string) (string, bool, error) {
	id, ok := f[transferID]
	return id, ok, nil
}

func TestReconcileSettlesInterruptedRequestsByTheLedger(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	old := now.Add(-10 * time.Minute)
	st := &fakeStore{requests: map[string]*Request{
		"posted":     {ID: "posted", Status: Processing, Updated: old},
		"external":   {ID: "external", Status: Processing, Updated: old, External: true},
		"not-posted": {ID: "not-posted", Status: Processing, Updated: old},
		"recent":     {ID: "recent", Status: Processing, Updated: now.Add(-10 * time.Second)},
		"done":       {ID: "done", Status: Completed, Updated: old},
	}}
	s := NewService(Deps{Store: st, Log: slog.Default(), Clock: func() time.Time { return now }})
	n, err := s.Reconcile(context.Background(), fakeLegs{"posted": "tx1", "external": "tx2"}, 2*time.Minute)
	if err != nil || n != 3 {
		t.Fatalf("reconciled %d, err %v; want 3", n, err)
	}
	for id, want := range map[string]Status{"posted": Completed, "external": Forwarded, "not-posted": Failed, "recent": Processing, "done": Completed} {
		if got := st.requests[id].Status; got != want {
			t.Errorf("%s: %s, want %s", id, got, want)
		}
	}
	if st.requests["posted"].TransactionID != "tx1" {
		t.Errorf("posted request lacks its transaction id")
	}
}
