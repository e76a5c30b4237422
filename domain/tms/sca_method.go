package tms

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
)

// MethodName is TMS's name among the SCA methods (OBP's sca_method, challenge_type).
const MethodName = "TMS"

// SCAMethod is push confirmation as a strong customer authentication method: issuing
// a challenge starts a TMS for the user at the bank, showing exactly what is authorised
// (the subject's text) with the structured data (the subject's canonical form and the
// challenge's id); the device's signed ACCEPT or DECLINE decides the challenge (Decide).
type SCAMethod struct{ TMS *Service }

var _ sca.Method = SCAMethod{}

func (SCAMethod) Name() string { return MethodName }

// Decoupled is true: the user answers on the device, the client polls.
func (SCAMethod) Decoupled() bool { return true }

// Verify refuses every typed answer: a TMS is decided only by its device's signature.
func (SCAMethod) Verify(context.Context, sca.Challenge, string) (bool, error) { return false, nil }

// challengeData is the structured data a TMS started for a challenge carries.
type challengeData struct {
	ChallengeID string          `json:"challenge_id"`
	Subject     json.RawMessage `json:"subject"`
}

// Issue starts the TMS; its id is the challenge's reference. The TMS must be answered
// before the challenge expires: its answer timeout is the challenge's lifetime.
func (m SCAMethod) Issue(ctx context.Context, in sca.Issue) (sca.Issued, error) {
	if in.Subject.BankID == "" {
		return sca.Issued{}, obperr.ScaMethodNotAvailable.With("TMS confirms at a bank; this request names none.")
	}
	data, err := json.Marshal(challengeData{ChallengeID: in.Challenge.ID, Subject: json.RawMessage(in.Subject.Canonical())})
	if err != nil {
		return sca.Issued{}, err
	}
	life := int(in.Challenge.ExpiresAt.Sub(m.TMS.now()).Seconds())
	retrieval, answer := min(DefaultRetrievalTimeout, max(life, 1)), max(life, 1)
	t, err := m.TMS.Start(ctx, in.Subject.BankID, "", New{UserID: in.Recipient.UserID,
		Data:             Data{Text: in.Subject.Text(), Data: data},
		RetrievalTimeout: &retrieval, TmsTimeout: &answer,
		AuditMessage: fmt.Sprintf("SCA challenge %s (%s)", in.Challenge.ID, in.Subject.Kind)})
	if err != nil {
		return sca.Issued{}, err
	}
	return sca.Issued{Ref: t.ID}, nil
}

// ChallengeOf is the challenge a TMS was started for, "" for one a relying party
// started through the API.
func ChallengeOf(t TMS) string {
	var d challengeData
	if t.ConsumerID != "" || json.Unmarshal(t.Data.Data, &d) != nil {
		return ""
	}
	return d.ChallengeID
}
