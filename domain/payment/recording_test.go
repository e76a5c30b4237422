package payment

import (
	"context"
	"testing"

	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/transaction"
)

// recordingLedger posts and records the request in one step, as the mapped connector's
// one transaction does: both happen or neither.
type recordingLedger struct {
	*ledger
	reqs     requests
	recorded int
}

func (l *recordingLedger) MakePaymentRecording(_ context.Context, t transaction.Transfer, r Request) (transaction.Posted, error) {
	if _, ok := l.reqs.stored[r.ID]; ok {
		return transaction.Posted{}, ErrRequestExists
	}
	if _, ok := l.posted[t.ID]; ok {
		return transaction.Posted{}, transaction.ErrTransferPosted
	}
	l.recorded++
	l.posted[t.ID] = "leg-" + t.ID
	r.TransactionID = l.posted[t.ID]
	l.reqs.stored[r.ID] = r
	return transaction.Posted{Debit: transaction.Transaction{ID: r.TransactionID}}, nil
}

func recordingService() (*Service, *recordingLedger) {
	reqs := requests{stored: map[string]Request{}}
	l := &recordingLedger{ledger: &ledger{posted: map[string]string{}}, reqs: reqs}
	s := serviceOver(reqs, l.ledger)
	s.recording = l
	return s, l
}

// Below the threshold, a recording ledger posts and records in its one step; the service
// records nothing more and never posts through the plain MakePayment.
func TestARecordingLedgerPostsAndRecordsInOneStep(t *testing.T) {
	s, l := recordingService()
	res, err := s.Create(idempotency.WithResourceID(context.Background(), "r1"), call.Context{UserID: "u"}, tenEuros)
	if err != nil {
		t.Fatal(err)
	}
	if res.Request.Status != Completed || res.Request.TransactionID != "leg-r1" {
		t.Errorf("answer = %+v; want COMPLETED with the posted leg", res.Request)
	}
	if got := l.reqs.stored["r1"]; got.Status != Completed || got.TransactionID != "leg-r1" || l.recorded != 1 || l.calls != 0 {
		t.Errorf("stored %+v after %d recorded postings and %d plain ones; want one recorded posting, COMPLETED", got, l.recorded, l.calls)
	}
}

// Legs posted without a request (a server that committed the posting and the request
// apart, killed in between): the retry records the request with those legs, paying nothing.
func TestARecordingLedgerRecordsLegsPostedWithoutTheirRequest(t *testing.T) {
	s, l := recordingService()
	l.posted["r1"] = "leg-of-the-killed-run"
	res, err := s.Create(idempotency.WithResourceID(context.Background(), "r1"), call.Context{UserID: "u"}, tenEuros)
	if err != nil {
		t.Fatal(err)
	}
	if res.Request.TransactionID != "leg-of-the-killed-run" || l.reqs.stored["r1"].TransactionID != "leg-of-the-killed-run" || l.recorded != 0 {
		t.Errorf("answer %+v, stored %+v after %d postings; want the killed run's leg and no new posting",
			res.Request, l.reqs.stored["r1"], l.recorded)
	}
}

// A request recorded by a twin between the service's look-up and its posting: the
// answer is the twin's request, and nothing is posted twice.
func TestARecordingLedgerAnswersATwinsRequest(t *testing.T) {
	s, l := recordingService()
	twin := Request{ID: "r1", Status: Completed, TransactionID: "leg-of-the-twin"}
	s.recording = twinFirst{l, twin}
	res, err := s.Create(idempotency.WithResourceID(context.Background(), "r1"), call.Context{UserID: "u"}, tenEuros)
	if err != nil {
		t.Fatal(err)
	}
	if res.Request.TransactionID != "leg-of-the-twin" || l.recorded != 0 {
		t.Errorf("answer %+v after %d postings; want the twin's request and no posting", res.Request, l.recorded)
	}
}

// twinFirst stores the twin's request just before the ledger is asked to post.
type twinFirst struct {
	*recordingLedger
	twin Request
}

func (t twinFirst) MakePaymentRecording(ctx context.Context, tr transaction.Transfer, r Request) (transaction.Posted, error) {
	t.reqs.stored[t.twin.ID] = t.twin
	return t.recordingLedger.MakePaymentRecording(ctx, tr, r)
}
