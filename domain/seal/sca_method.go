package seal

import (
	"context"
	"fmt"
	"strings"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
)

// MethodName is the sealed OTP's name among the SCA methods.
const MethodName = "SEALED_OTP"

// SCAMethod is the sealed OTP as a strong customer authentication method: nothing is
// sent (the app shows the data of the request it made and seals them); the code is typed
// into OBP's challenge answer endpoints, like an SMS code, and is right only when the
// user's key computed it over exactly the challenge's subject (Data), within the window,
// for the first time.
type SCAMethod struct{ Seal *Service }

var _ sca.Method = SCAMethod{}

func (SCAMethod) Name() string { return MethodName }

// Decoupled is false: the code is answered where the request was made.
func (SCAMethod) Decoupled() bool { return false }

// Issue checks that the user has a sealing key to seal with at the subject's bank. The
// reference is "<question>:<bank id>": the question the code answers (the SHA-256 of the
// sealed data) and the bank whose keys verify it (the canonical subject names no bank).
func (m SCAMethod) Issue(ctx context.Context, in sca.Issue) (sca.Issued, error) {
	keys, err := m.Seal.usable(ctx, in.Subject.BankID, in.Recipient.UserID, m.Seal.now())
	if err != nil {
		return sca.Issued{}, err
	}
	if len(keys) == 0 {
		return sca.Issued{}, obperr.ScaMethodNotAvailable.With("%s: the user has no sealing key at this bank.", MethodName)
	}
	return sca.Issued{Ref: Question(Data(in.Subject)) + ":" + in.Subject.BankID}, nil
}

// Verify checks answer against the challenge's stored subject: a code over other data,
// out of the window, or used before is wrong.
func (m SCAMethod) Verify(ctx context.Context, c sca.Challenge, answer string) (bool, error) {
	subject, err := sca.ParseSubject(c.Subject)
	if err != nil || !validToken(answer) {
		return false, err
	}
	data := Data(subject)
	question, bankID, _ := strings.Cut(c.MethodRef, ":")
	if question != Question(data) {
		return false, fmt.Errorf("challenge %s: its sealed data changed since it was issued", c.ID)
	}
	v, err := m.Seal.check(ctx, bankID, c.UserID, data, answer, m.Seal.now())
	return v.Outcome == OK, err
}
