package kycsubmission

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"time"

	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/objectstore"
	"github.com/obp-go/obp/domain/obperr"
)

// UploadURL is where and how a partner uploads one submission's file.
type UploadURL struct {
	SubmissionID string
	Query        string // the signed grant, the query string of the upload URL
	Family       Family
	MaxBytes     int64
	ExpiresAt    time.Time
}

// IssueUploadURL makes a submission of a type for the caller's customer and a pre-signed
// URL for its one upload.
func (s *Service) IssueUploadURL(ctx context.Context, c Caller, submissionType, partnerSessionID string) (UploadURL, error) {
	rule, ok := s.types[submissionType]
	if !ok {
		return UploadURL{}, obperr.KycSubmissionTypeUnknown.Field("submissionType", "Known types: %v.", s.typeNames())
	}
	now := s.now()
	sub := Submission{ID: ids.New(), ConsumerID: c.ConsumerID, BankID: c.BankID, CustomerID: c.CustomerID, Type: rule.Name,
		Family: rule.Family, MaxBytes: rule.MaxBytes, Status: URLIssued, PartnerSessionID: partnerSessionID, CreatedAt: now, UpdatedAt: now}
	if err := s.d.Store.CreateSubmission(ctx, sub); err != nil {
		return UploadURL{}, err
	}
	g := Grant{SubmissionID: sub.ID, Type: rule.Name, Family: rule.Family, MaxBytes: rule.MaxBytes, Expires: now.Add(s.d.Config.UploadTTL)}
	return UploadURL{SubmissionID: sub.ID, Query: s.d.Uploads.Query(g), Family: rule.Family, MaxBytes: rule.MaxBytes, ExpiresAt: g.Expires}, nil
}

func (s *Service) typeNames() []string {
	out := make([]string, len(s.d.Config.Types))
	for i, t := range s.d.Config.Types {
		out[i] = t.Name
	}
	return out
}

// Upload is one upload to a pre-signed URL.
type Upload struct {
	SubmissionID string
	Query        map[string][]string // the URL's query
	ContentType  string              // the request's Content-Type header
	Body         io.Reader
}

// Upload stores the file of a pre-signed URL's submission, streaming: the URL must be
// this server's (its signature), unexpired and unused; the bytes must be of its family
// (sniffed, never taken from the name or header alone) and within its size. A refused
// upload stores nothing and spends the URL once it was claimed.
func (s *Service) Upload(ctx context.Context, u Upload) (Submission, error) {
	g, err := s.d.Uploads.Check(u.SubmissionID, u.Query, s.now())
	switch {
	case errors.Is(err, ErrExpired):
		return Submission{}, obperr.KycUploadURLExpired
	case err != nil:
		return Submission{}, obperr.KycUploadURLInvalid
	}
	if DeclaredFamily(u.ContentType) != g.Family {
		return Submission{}, obperr.KycUploadWrongType.With("This URL takes %s files.", g.Family)
	}
	sub, err := s.d.Store.GetSubmission(ctx, g.SubmissionID)
	if err != nil {
		return Submission{}, err
	}
	ok, err := s.d.Store.ClaimUpload(ctx, sub.ID, s.now())
	if err != nil {
		return Submission{}, err
	}
	if !ok {
		return Submission{}, obperr.KycUploadURLUsed
	}
	stored, uerr := s.store(ctx, sub, g, u.Body)
	if uerr != nil {
		sub.Status, sub.Reasons, sub.UpdatedAt = Refused, []string{refusal(uerr)}, s.now()
		if err := s.d.Store.FinishUpload(context.WithoutCancel(ctx), sub); err != nil {
			return Submission{}, errors.Join(uerr, err)
		}
		return Submission{}, uerr
	}
	if err := s.d.Store.FinishUpload(ctx, stored); err != nil {
		return Submission{}, errors.Join(err, s.d.Files.Delete(context.WithoutCancel(ctx), stored.ObjectKey))
	}
	return stored, nil
}

// refusal is what a refused upload's partner is told: the OBP message of a refusal, and
// nothing of an internal failure (storage, a broken connection), which goes to the log.
func refusal(err error) string {
	var e *obperr.Error
	var c *obperr.Code
	if errors.As(err, &e) || errors.As(err, &c) {
		return err.Error()
	}
	return "UPLOAD_FAILED: the file could not be stored; ask for a new upload URL"
}

// store sniffs the upload's first bytes and streams it to object storage.
func (s *Service) store(ctx context.Context, sub Submission, g Grant, body io.Reader) (Submission, error) {
	r := bufio.NewReaderSize(body, SniffLen)
	head, err := r.Peek(SniffLen)
	if len(head) == 0 {
		if err != nil && !errors.Is(err, io.EOF) {
			return sub, err
		}
		return sub, obperr.KycUploadEmpty
	}
	contentType, family := Sniff(head)
	if family != g.Family {
		return sub, obperr.KycUploadWrongType.With("The bytes are %s; this URL takes %s files.", contentType, g.Family)
	}
	key := "kyc/" + sub.ID // server-made: nothing a caller chose goes into a key
	obj, err := s.d.Files.Put(ctx, key, r, g.MaxBytes, contentType)
	switch {
	case errors.Is(err, objectstore.ErrTooLarge):
		return sub, obperr.KycUploadTooLarge.With("At most %d bytes.", g.MaxBytes)
	case errors.Is(err, objectstore.ErrEmpty):
		return sub, obperr.KycUploadEmpty
	case err != nil:
		return sub, err
	}
	sub.Status, sub.ObjectKey, sub.ContentType, sub.Size, sub.SHA256, sub.UpdatedAt = Uploaded, key, contentType, obj.Size, obj.SHA256, s.now()
	return sub, nil
}

// Confirm starts deciding an uploaded submission of the caller's: it becomes PROCESSING
// and its job is queued (once, however often it is confirmed).
func (s *Service) Confirm(ctx context.Context, c Caller, id string) (Submission, error) {
	sub, err := s.mine(ctx, c, id)
	if err != nil {
		return sub, err
	}
	switch sub.Status {
	case Uploaded:
		ok, err := s.d.Store.MoveSubmission(ctx, id, Uploaded, Processing, s.now())
		if err != nil {
			return Submission{}, err
		}
		if !ok {
			return s.Confirm(ctx, c, id) // another confirmation moved it meanwhile
		}
		sub.Status = Processing
	case Processing:
		// A retry: queue again, which the dedupe key makes one job.
	default:
		if sub.Status.Final() {
			return sub, nil
		}
		return Submission{}, obperr.KycSubmissionNotUploaded.With("It is %s.", sub.Status)
	}
	payload, err := json.Marshal(jobPayload{SubmissionID: id})
	if err != nil {
		return Submission{}, err
	}
	if err := s.d.Jobs.Enqueue(ctx, JobKind, payload, "kyc-process:"+id); err != nil {
		return Submission{}, err
	}
	return sub, nil
}

type jobPayload struct {
	SubmissionID string `json:"submission_id"`
}

// Status is one of the caller's submissions.
func (s *Service) Status(ctx context.Context, c Caller, id string) (Submission, error) {
	return s.mine(ctx, c, id)
}

// List is the caller's customer's submissions, newest first.
func (s *Service) List(ctx context.Context, c Caller, limit, offset int) ([]Submission, error) {
	return s.d.Store.ListSubmissions(ctx, c.ConsumerID, c.BankID, c.CustomerID, limit, offset)
}

// mine is a submission of the caller's: another partner's or another customer's does not
// exist for them.
func (s *Service) mine(ctx context.Context, c Caller, id string) (Submission, error) {
	sub, err := s.d.Store.GetSubmission(ctx, id)
	if err != nil {
		return sub, err
	}
	if sub.ConsumerID != c.ConsumerID || sub.BankID != c.BankID || sub.CustomerID != c.CustomerID {
		return Submission{}, obperr.KycSubmissionNotFound
	}
	return sub, nil
}

// Callback is a decided submission's callback: its delivery's status and attempts.
type Callback struct {
	DeliveryID string
	Status     CallbackStatus
	Attempts   []CallbackAttempt
}

// Callback is the callback of one of the caller's submissions (none before it is
// decided, or when the partner polls).
func (s *Service) Callback(ctx context.Context, c Caller, id string) (Callback, error) {
	sub, err := s.mine(ctx, c, id)
	if err != nil || sub.CallbackID == "" {
		return Callback{Attempts: []CallbackAttempt{}}, err
	}
	st, attempts, err := s.d.Callbacks.Attempts(ctx, sub.CallbackID)
	if attempts == nil {
		attempts = []CallbackAttempt{}
	}
	return Callback{DeliveryID: sub.CallbackID, Status: st, Attempts: attempts}, err
}
