package seal

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
)

// Outcome is a verification's result, in inWebo's words ("OK" or "NOK:<cause>").
type Outcome string

const (
	OK             Outcome = "OK"
	ServiceUnknown Outcome = "NOK:srv unknown"     // serviceId names no bank
	AccountUnknown Outcome = "NOK:account unknown" // userId names no user
	NoKey          Outcome = "NOK:NoKey"           // the user has no sealing key usable at that time
	BadData        Outcome = "NOK:BadData"         // the code was not computed over these data then: a possible MITM
	Forbidden      Outcome = "NOK:FORBIDDEN"       // the caller may not verify seals at this bank
	Replayed       Outcome = "NOK:Replayed"        // the code was accepted once already
)

// Check is one inWebo verification: the caller, the bank (serviceId), the user's login
// (userId), the code (token) and the sealed data; At is the seal time of a deferred
// verification (zero: now).
type Check struct {
	CallerID, BankID, Login, Token, Data string
	At                                   time.Time
}

// Verdict is a verification's outcome, with the sealing device when the code is good.
type Verdict struct {
	Outcome Outcome
	Device  Device
	At      time.Time // when it was verified
}

// Verify answers an inWebo sealVerify (or, with At, sealDeferredVerify). The caller must
// hold CanVerifySealsAtOneBank at the bank; a good code is accepted once.
func (s *Service) Verify(ctx context.Context, c Check) (Verdict, error) {
	now := s.now()
	v, err := s.verify(ctx, c, now)
	v.At = now
	return v, err
}

func (s *Service) verify(ctx context.Context, c Check, now time.Time) (Verdict, error) {
	if !validToken(c.Token) {
		return Verdict{}, obperr.SealInvalidRequest.Field("token", "token must be %d digits.", suite.Digits)
	}
	at := now
	if !c.At.IsZero() {
		if c.At.After(now.Add(Step)) {
			return Verdict{}, obperr.SealInvalidRequest.Field("date", "the seal date is in the future.")
		}
		at = c.At
	}
	_, err := s.d.Banks.GetBank(ctx, c.BankID)
	if errors.Is(err, obperr.BankNotFound) {
		return Verdict{Outcome: ServiceUnknown}, nil
	}
	if err != nil {
		return Verdict{}, err
	}
	if !s.d.Roles.HasRole(c.CallerID, c.BankID, role.CanVerifySealsAtOneBank.Name) {
		return Verdict{Outcome: Forbidden}, nil
	}
	u, err := s.d.Users.GetUserByUsername(ctx, s.d.Provider, c.Login)
	if errors.Is(err, obperr.UserNotFoundByProviderAndUsername) {
		return Verdict{Outcome: AccountUnknown}, nil
	}
	if err != nil {
		return Verdict{}, err
	}
	return s.check(ctx, c.BankID, u.ID, c.Data, c.Token, at)
}

// check verifies code over data for userID's keys at bankID ("": any bank) as sealed at
// at, and records it as used.
func (s *Service) check(ctx context.Context, bankID, userID, data, code string, at time.Time) (Verdict, error) {
	keys, err := s.usable(ctx, bankID, userID, at)
	if err != nil || len(keys) == 0 {
		return Verdict{Outcome: NoKey}, err
	}
	for _, k := range keys {
		secret, _, err := s.d.Sealer.Open(k.ID, k.Secret)
		if err != nil {
			return Verdict{}, obperr.SealingKeyUnavailable.Wrap(fmt.Errorf("sealing key %s: %w", k.ID, err))
		}
		step, ok := matchStep(secret, data, code, at)
		if !ok {
			continue
		}
		fresh, err := s.d.Store.UseSealingCode(ctx, userID, k.ID, step, code, s.now())
		if err != nil {
			return Verdict{}, err
		}
		if !fresh {
			return Verdict{Outcome: Replayed, Device: k.Device}, nil
		}
		return Verdict{Outcome: OK, Device: k.Device}, nil
	}
	return Verdict{Outcome: BadData}, nil
}

// usable are the user's keys that could seal at at: made by then (within the window)
// and not revoked before.
func (s *Service) usable(ctx context.Context, bankID, userID string, at time.Time) ([]Key, error) {
	all, err := s.d.Store.SealingKeys(ctx, bankID, userID)
	if err != nil {
		return nil, err
	}
	var out []Key
	for _, k := range all {
		if k.CreatedAt.Before(at.Add((Window+1)*Step)) && (k.RevokedAt == nil || at.Before(*k.RevokedAt)) {
			out = append(out, k)
		}
	}
	return out, nil
}

func validToken(t string) bool {
	if len(t) != suite.Digits {
		return false
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
