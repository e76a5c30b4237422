package kycsubmission

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/objectstore"
	"github.com/obp-go/obp/domain/obperr"
)

// memStore keeps submissions and one partner in memory.
type memStore struct {
	Store
	mu      sync.Mutex
	subs    map[string]Submission
	partner *Partner
}

func (m *memStore) GetSubmission(_ context.Context, id string) (Submission, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.subs[id]
	if !ok {
		return s, obperr.KycSubmissionNotFound
	}
	return s, nil
}

func (m *memStore) DecideSubmission(_ context.Context, s Submission) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.subs[s.ID].Status != Processing {
		return false, nil
	}
	m.subs[s.ID] = s
	return true, nil
}

func (m *memStore) SetCallbackID(_ context.Context, id, deliveryID string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.subs[id]
	s.CallbackID = deliveryID
	m.subs[id] = s
	return nil
}

func (m *memStore) UploadedTypes(context.Context, string, string) ([]string, error) { return nil, nil }

func (m *memStore) GetPartner(context.Context, string, string) (Partner, string, error) {
	if m.partner == nil {
		return Partner{}, "", obperr.KycPartnerNotFound
	}
	return *m.partner, "", nil
}

type memFiles struct{ objectstore.Store }

func (memFiles) Get(context.Context, string) (io.ReadCloser, objectstore.Object, error) {
	return io.NopCloser(bytes.NewReader([]byte("\x89PNG\r\n\x1a\n"))), objectstore.Object{}, nil
}

type countingVerifier struct{ n int }

func (v *countingVerifier) VerifySubmission(context.Context, Submission, io.Reader) ([]string, error) {
	v.n++
	return nil, nil
}

// memCallbacks dedupes as the webhook service does.
type memCallbacks struct {
	Callbacks
	sent map[string]string
}

func (m *memCallbacks) Deliver(_ context.Context, _, _, _, dedupe string, _ []byte) (string, error) {
	if id, ok := m.sent[dedupe]; ok {
		return id, nil
	}
	m.sent[dedupe] = "delivery-" + dedupe
	return m.sent[dedupe], nil
}

// A job run again after its worker died (or twice at once) decides once and calls back once.
func TestProcessingTwiceDecidesAndCallsBackOnce(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	store := &memStore{subs: map[string]Submission{"s1": {ID: "s1", Type: "IDENTITY_CARD_SCAN", Family: Image, Status: Processing}},
		partner: &Partner{ConsumerID: "app", BankID: "b", CallbackURL: "https://partner.example/cb"}}
	verifier, callbacks := &countingVerifier{}, &memCallbacks{sent: map[string]string{}}
	s := NewService(Deps{Store: store, Files: memFiles{}, Verifier: verifier, Callbacks: callbacks,
		Clock: clock.Clock(func() time.Time { return now })})
	payload, _ := json.Marshal(jobPayload{SubmissionID: "s1"})
	for range 3 {
		if err := s.Process(context.Background(), payload); err != nil {
			t.Fatal(err)
		}
	}
	got := store.subs["s1"]
	if got.Status != Approved || got.CallbackID == "" || verifier.n != 1 || len(callbacks.sent) != 1 {
		t.Errorf("status %s, callback %q, %d verifications, %d callbacks: want APPROVED, one of each", got.Status, got.CallbackID, verifier.n, len(callbacks.sent))
	}

	// A run that died after deciding but before calling back: the next one only calls back.
	store.subs["s2"] = Submission{ID: "s2", Type: "IDENTITY_CARD_SCAN", Status: Rejected, Reasons: []string{"UNREADABLE"}}
	payload, _ = json.Marshal(jobPayload{SubmissionID: "s2"})
	if err := s.Process(context.Background(), payload); err != nil {
		t.Fatal(err)
	}
	if store.subs["s2"].CallbackID == "" || verifier.n != 1 {
		t.Errorf("the decided submission was not called back, or verified again")
	}
}
