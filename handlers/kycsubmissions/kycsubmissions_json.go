package kycsubmissions

import (
	"github.com/obp-go/obp/domain/kycsubmission"
	"github.com/obp-go/obp/handlers/wire"
)

type partnerPutJSON struct {
	CallbackURL string `json:"callback_url"`
}

type partnerJSON struct {
	ConsumerID     string `json:"consumer_id"`
	BankID         string `json:"bank_id"`
	CallbackURL    string `json:"callback_url"`
	CallbackSecret string `json:"callback_secret"`
}

func toPartnerJSON(r kycsubmission.Registered) partnerJSON {
	return partnerJSON{ConsumerID: r.ConsumerID, BankID: r.BankID, CallbackURL: r.CallbackURL, CallbackSecret: r.CallbackSecret}
}

type tokenJSON struct {
	Token     string `json:"token"`
	TokenType string `json:"token_type"`
	ExpiresIn int64  `json:"expires_in"`
}

// urlJSON is a pre-signed upload URL, in the partner API's camelCase.
type urlJSON struct {
	SubmissionID string   `json:"submissionId"`
	URL          string   `json:"url"`
	Method       string   `json:"method"`
	ContentTypes []string `json:"contentTypes"`
	MaxBytes     int64    `json:"maxBytes"`
	ExpiresAt    string   `json:"expiresAt"`
}

// contentTypes are the Content-Type headers a family's upload may be sent with.
func contentTypes(f kycsubmission.Family) []string {
	if f == kycsubmission.PDF {
		return []string{"application/pdf"}
	}
	return []string{"image/jpeg", "image/png", "image/webp"}
}

func (a *area) toURLJSON(u kycsubmission.UploadURL) urlJSON {
	return urlJSON{SubmissionID: u.SubmissionID, URL: a.BaseURL + "/kyc/v1/submissions/uploads/" + u.SubmissionID + "?" + u.Query,
		Method: "PUT", ContentTypes: contentTypes(u.Family), MaxBytes: u.MaxBytes, ExpiresAt: wire.Time(u.ExpiresAt)}
}

type confirmJSON struct {
	SubmissionID string `json:"submissionId"`
}

type statusJSON struct {
	SubmissionID string   `json:"submissionId"`
	Status       string   `json:"status"`
	Reasons      []string `json:"reasons"`
}

func toStatusJSON(s kycsubmission.Submission) statusJSON {
	r := kycsubmission.ResultOf(s)
	return statusJSON{SubmissionID: r.SubmissionID, Status: string(r.Status), Reasons: r.Reasons}
}

type uploadedJSON struct {
	SubmissionID string `json:"submissionId"`
	Status       string `json:"status"`
	ContentType  string `json:"contentType"`
	Size         int64  `json:"size"`
	SHA256       string `json:"sha256"`
}

func toUploadedJSON(s kycsubmission.Submission) uploadedJSON {
	return uploadedJSON{SubmissionID: s.ID, Status: string(s.Status), ContentType: s.ContentType, Size: s.Size, SHA256: s.SHA256}
}

type resultsJSON struct {
	Submissions []kycsubmission.Result `json:"submissions"`
}

func toResultsJSON(ss []kycsubmission.Submission) resultsJSON {
	out := resultsJSON{Submissions: make([]kycsubmission.Result, len(ss))}
	for i, s := range ss {
		out.Submissions[i] = kycsubmission.ResultOf(s)
	}
	return out
}

var examplePartner = partnerJSON{ConsumerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", BankID: "gh.29.uk",
	CallbackURL: "https://partner.example.com/coe/submissions-callback", CallbackSecret: "shown-once-48-characters-of-secret"}

var exampleURL = urlJSON{SubmissionID: "8527781b-8fdd-48e3-adfe-4136aee5e985",
	URL:    "https://obp.example.com/kyc/v1/submissions/uploads/8527781b-8fdd-48e3-adfe-4136aee5e985?expires=1700000900&family=image&max=10485760&signature=...&type=IDENTITY_CARD_SCAN",
	Method: "PUT", ContentTypes: contentTypes(kycsubmission.Image), MaxBytes: 10 << 20, ExpiresAt: "2024-02-05T14:30:53Z"}

var exampleUploaded = uploadedJSON{SubmissionID: "8527781b-8fdd-48e3-adfe-4136aee5e985", Status: "UPLOADED",
	ContentType: "image/jpeg", Size: 184320, SHA256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}

var exampleStatus = statusJSON{SubmissionID: "8527781b-8fdd-48e3-adfe-4136aee5e985", Status: "PROCESSING", Reasons: []string{}}

var exampleResults = resultsJSON{Submissions: []kycsubmission.Result{{SubmissionID: "8527781b-8fdd-48e3-adfe-4136aee5e985",
	Type: "IDENTITY_CARD_SCAN", CustomerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8ab", BankID: "gh.29.uk", Status: "APPROVED",
	Reasons: []string{}, ContentType: "image/jpeg", Size: 184320, SHA256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
	UpdatedAt: "2024-02-05T14:16:10Z"}}}

type attemptJSON struct {
	Number     int    `json:"number"`
	At         string `json:"at"`
	HTTPStatus int    `json:"http_status"`
	Error      string `json:"error"`
	DurationMS int64  `json:"duration_ms"`
}

type callbackJSON struct {
	DeliveryID string        `json:"delivery_id"`
	Status     string        `json:"status"`
	Attempts   []attemptJSON `json:"attempts"`
}

func toCallbackJSON(c kycsubmission.Callback) callbackJSON {
	out := callbackJSON{DeliveryID: c.DeliveryID, Status: string(c.Status), Attempts: make([]attemptJSON, len(c.Attempts))}
	for i, a := range c.Attempts {
		out.Attempts[i] = attemptJSON{Number: a.Number, At: wire.Time(a.At), HTTPStatus: a.HTTPStatus, Error: a.Error, DurationMS: a.Duration.Milliseconds()}
	}
	return out
}

var exampleCallback = callbackJSON{DeliveryID: "5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3", Status: "DONE", Attempts: []attemptJSON{
	{Number: 1, At: "2024-02-05T14:16:10Z", HTTPStatus: 503, DurationMS: 41},
	{Number: 2, At: "2024-02-05T14:16:42Z", HTTPStatus: 200, DurationMS: 38}}}
