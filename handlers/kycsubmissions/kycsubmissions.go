// Package kycsubmissions is the area of the HTTP face for KYC partners: the GoPay OneKYC
// flow on our model, under /kyc/v1. A partner app gets a short-lived token for one
// customer, a pre-signed upload URL per submission type, uploads, confirms, and learns the
// outcome by polling or by a signed callback.
package kycsubmissions

import (
	"context"

	"github.com/obp-go/obp/domain/kycsubmission"
	"github.com/obp-go/obp/handlers"
)

// Submissions is what the area needs of the submission service.
type Submissions interface {
	RegisterPartner(ctx context.Context, bankID, consumerID, callbackURL string) (kycsubmission.Registered, error)
	IssueToken(ctx context.Context, c kycsubmission.Credentials) (kycsubmission.Token, error)
	Caller(ctx context.Context, p kycsubmission.Presented) (kycsubmission.Caller, error)
	IssueUploadURL(ctx context.Context, c kycsubmission.Caller, submissionType, partnerSessionID string) (kycsubmission.UploadURL, error)
	Upload(ctx context.Context, u kycsubmission.Upload) (kycsubmission.Submission, error)
	Confirm(ctx context.Context, c kycsubmission.Caller, id string) (kycsubmission.Submission, error)
	Status(ctx context.Context, c kycsubmission.Caller, id string) (kycsubmission.Submission, error)
	List(ctx context.Context, c kycsubmission.Caller, limit, offset int) ([]kycsubmission.Submission, error)
	Callback(ctx context.Context, c kycsubmission.Caller, id string) (kycsubmission.Callback, error)
}

// Deps are the area's services and the public base URL upload URLs are made under.
type Deps struct {
	Submissions Submissions
	BaseURL     string
}

type area struct{ Deps }

// Docs declares the area's endpoints.
func Docs(d Deps) []handlers.ResourceDoc { return (&area{Deps: d}).docs() }
