package kycsubmissions

import (
	"github.com/obp-go/obp/domain/kycsubmission"
	"github.com/obp-go/obp/handlers"
)

func (a *area) registerPartner(c *handlers.Call) error {
	var in partnerPutJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	r, err := a.Submissions.RegisterPartner(c.Ctx, c.Param("BANK_ID"), c.Param("CONSUMER_ID"), in.CallbackURL)
	if err != nil {
		return err
	}
	return c.JSON(toPartnerJSON(r))
}

func (a *area) token(c *handlers.Call) error {
	t, err := a.Submissions.IssueToken(c.Ctx, kycsubmission.Credentials{ClientID: c.Header("client-id"), PassKey: c.Header("pass-key"),
		BankID: c.Header("x-onboarding-partner"), PartnerUserID: c.Header("x-partner-user-id"), IDType: c.Header("x-partner-user-id-type")})
	if err != nil {
		return err
	}
	return c.JSON(tokenJSON{Token: t.Token, TokenType: "Bearer", ExpiresIn: t.ExpiresIn})
}

// caller is who calls the submission API: the partner token, or the call's own
// credentials with the partner-user headers.
func (a *area) caller(c *handlers.Call) (kycsubmission.Caller, error) {
	by := c.Caller()
	return a.Submissions.Caller(c.Ctx, kycsubmission.Presented{Token: c.Header("x-onekyc-token"), ConsumerID: by.ConsumerID,
		ConsentID: by.ConsentID, BankID: c.Header("x-onboarding-partner"), PartnerUserID: c.Header("x-partner-user-id"),
		IDType: c.Header("x-partner-user-id-type")})
}

func (a *area) presignedURL(c *handlers.Call) error {
	who, err := a.caller(c)
	if err != nil {
		return err
	}
	u, err := a.Submissions.IssueUploadURL(c.Ctx, who, c.Query("submissionType"), c.Header("x-partner-session-id"))
	if err != nil {
		return err
	}
	return c.JSON(a.toURLJSON(u))
}

func (a *area) upload(c *handlers.Call) error {
	s, err := a.Submissions.Upload(c.Ctx, kycsubmission.Upload{SubmissionID: c.Param("SUBMISSION_ID"), Query: c.Queries(),
		ContentType: c.Header("Content-Type"), Body: c.BodyStream()})
	if err != nil {
		return err
	}
	return c.JSON(toUploadedJSON(s))
}

func (a *area) confirm(c *handlers.Call) error {
	var in confirmJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	who, err := a.caller(c)
	if err != nil {
		return err
	}
	s, err := a.Submissions.Confirm(c.Ctx, who, in.SubmissionID)
	if err != nil {
		return err
	}
	return c.JSON(toStatusJSON(s))
}

func (a *area) status(c *handlers.Call) error {
	who, err := a.caller(c)
	if err != nil {
		return err
	}
	s, err := a.Submissions.Status(c.Ctx, who, c.Param("SUBMISSION_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toStatusJSON(s))
}

func (a *area) list(c *handlers.Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	who, err := a.caller(c)
	if err != nil {
		return err
	}
	ss, err := a.Submissions.List(c.Ctx, who, limit, offset)
	if err != nil {
		return err
	}
	return c.JSON(toResultsJSON(ss))
}

func (a *area) callback(c *handlers.Call) error {
	who, err := a.caller(c)
	if err != nil {
		return err
	}
	cb, err := a.Submissions.Callback(c.Ctx, who, c.Param("SUBMISSION_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toCallbackJSON(cb))
}
