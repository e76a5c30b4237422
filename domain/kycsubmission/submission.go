// Package kycsubmission is the partner document-submission pipeline (GoPay OneKYC's flow
// on our model): a KYC partner — an app registered as one at a bank — gets a short-lived
// token for one of the bank's customers, asks for a pre-signed upload URL per submission
// type, uploads the file to it, confirms, and learns the outcome by polling or by a
// signed callback. Files go to object storage and are never served; processing is a
// durable job that a verifier behind the connector decides.
package kycsubmission

import (
	"encoding/json"
	"time"
)

// Status is where a submission is.
type Status string

const (
	URLIssued  Status = "URL_ISSUED" // an upload URL was handed out
	Uploading  Status = "UPLOADING"  // its one upload is streaming
	Uploaded   Status = "UPLOADED"   // the file is stored
	Refused    Status = "UPLOAD_REFUSED"
	Processing Status = "PROCESSING" // confirmed; the verifier's job is queued or running
	Approved   Status = "APPROVED"
	Rejected   Status = "REJECTED"
)

// Final is whether the submission's outcome is known.
func (s Status) Final() bool { return s == Approved || s == Rejected || s == Refused }

// Submission is one file of one type for one customer, from one partner.
type Submission struct {
	ID               string
	ConsumerID       string // the partner
	BankID           string
	CustomerID       string
	Type             string
	Family           Family
	MaxBytes         int64
	Status           Status
	PartnerSessionID string
	ObjectKey        string
	ContentType      string // sniffed from the bytes
	Size             int64
	SHA256           string
	Reasons          []string // why it was rejected or refused
	CallbackID       string   // the delivery of its callback, once decided
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

// Partner is an app registered as a KYC partner at a bank, with where its callbacks go.
type Partner struct {
	ConsumerID  string
	BankID      string
	CallbackURL string // "" for none: the partner polls
	CreatedAt   time.Time
}

// TypeRule is a submission type this server takes: the family of file, the largest
// size, and the types that must have been uploaded for the customer before it is decided.
type TypeRule struct {
	Name     string
	Family   Family
	MaxBytes int64
	Requires []string
}

// DefaultTypes are the submission types taken when none are configured.
var DefaultTypes = []TypeRule{
	{Name: "IDENTITY_CARD_SCAN", Family: Image, MaxBytes: 10 << 20},
	{Name: "PASSPORT_SCAN", Family: Image, MaxBytes: 10 << 20},
	{Name: "SELFIE", Family: Image, MaxBytes: 10 << 20, Requires: []string{"IDENTITY_CARD_SCAN"}},
	{Name: "PROOF_OF_ADDRESS", Family: PDF, MaxBytes: 20 << 20},
}

// Result is what the partner is told of a decided submission (polling and callbacks).
// Its JSON is the partner API's (camelCase, as GoPay's submissionId), shared by the
// callback body and the results endpoint so that both say the same.
type Result struct {
	SubmissionID string   `json:"submissionId"`
	Type         string   `json:"submissionType"`
	CustomerID   string   `json:"customerId"`
	BankID       string   `json:"bankId"`
	Status       Status   `json:"status"`
	Reasons      []string `json:"reasons"`
	ContentType  string   `json:"contentType"`
	Size         int64    `json:"size"`
	SHA256       string   `json:"sha256"`
	UpdatedAt    string   `json:"updatedAt"`
}

// ResultOf is a submission's result.
func ResultOf(s Submission) Result {
	reasons := s.Reasons
	if reasons == nil {
		reasons = []string{}
	}
	return Result{SubmissionID: s.ID, Type: s.Type, CustomerID: s.CustomerID, BankID: s.BankID, Status: s.Status,
		Reasons: reasons, ContentType: s.ContentType, Size: s.Size, SHA256: s.SHA256, UpdatedAt: s.UpdatedAt.UTC().Format(time.RFC3339)}
}

// body is a result as a callback carries it.
func (r Result) body() ([]byte, error) { return json.Marshal(r) }
