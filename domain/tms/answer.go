package tms

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

// Pending are the TMS the caller's device may retrieve or answer now.
func (s *Service) Pending(ctx context.Context, c DeviceCaller) ([]TMS, error) {
	if _, err := s.device(ctx, c); err != nil {
		return nil, err
	}
	return s.d.Store.PendingTms(ctx, c.BankID, c.UserID, s.now())
}

// mine is a TMS of the caller's user at the bank (OBP-38001 for anyone else's).
func (s *Service) mine(ctx context.Context, c DeviceCaller, id string) (TMS, error) {
	t, err := s.Get(ctx, c.BankID, id)
	if err == nil && t.UserID != c.UserID {
		return TMS{}, obperr.TmsNotFound
	}
	return t, err
}

// Retrieve hands the TMS to the caller's device to show: a STARTED one becomes RETRIEVED
// and must be answered within its tmsTimeout; a RETRIEVED one is handed again unchanged
// (another device of the user, or a retry).
func (s *Service) Retrieve(ctx context.Context, c DeviceCaller, id string) (TMS, error) {
	if _, err := s.device(ctx, c); err != nil {
		return TMS{}, err
	}
	t, err := s.mine(ctx, c, id)
	if err != nil || t.Status == Retrieved {
		return t, err
	}
	if t.Status != Started {
		return TMS{}, notPending(t)
	}
	now := s.now()
	ok, err := s.d.Store.RetrieveTms(ctx, id, now, now.Add(time.Duration(t.TmsTimeout)*time.Second))
	if err != nil {
		return TMS{}, err
	}
	if t, err = s.mine(ctx, c, id); err == nil && !ok && t.Status != Retrieved {
		return TMS{}, notPending(t)
	}
	return t, err
}

// Answer records the device's decision once its signedData is verified (see
// verifySignedData) and its user's authentication is as fresh as the TMS asks. Nothing
// changes on any refusal; of two answers at once, one is recorded and the other refused.
func (s *Service) Answer(ctx context.Context, c DeviceCaller, id string, a Answer) (TMS, error) {
	d, err := s.device(ctx, c)
	if err != nil {
		return TMS{}, err
	}
	t, err := s.mine(ctx, c, id)
	if err != nil {
		return TMS{}, err
	}
	if t.Status != Retrieved {
		return TMS{}, notPending(t)
	}
	now := s.now()
	if err := t.authenticatedEnough(c.AuthenticatedAt, now); err != nil {
		return TMS{}, err
	}
	ca, err := s.CA(ctx, c.BankID)
	if err != nil {
		return TMS{}, err
	}
	if err := verifySignedData(a.SignedData, t, d, ca, now); err != nil {
		return TMS{}, err
	}
	status := Declined
	if a.Decision == Accept {
		status = Accepted
	}
	ok, err := s.d.Store.CompleteTms(ctx, id, Completion{Status: status, At: now, DeviceID: d.ID, SignedData: a.SignedData})
	if err != nil {
		return TMS{}, err
	}
	if t, err = s.mine(ctx, c, id); err != nil {
		return TMS{}, err
	}
	if !ok {
		return TMS{}, notPending(t)
	}
	if s.d.OnDecided != nil {
		if err := s.d.OnDecided(ctx, t, status == Accepted); err != nil {
			return t, err
		}
	}
	return t, nil
}

// authenticatedEnough holds the answering session to the TMS's requirements: explicit
// authentication is a password login made after the TMS started; freshness bounds the
// login's age in seconds (OBP-38010 otherwise).
func (t TMS) authenticatedEnough(at, now time.Time) error {
	if t.RequireExplicitAuthentication && (at.IsZero() || at.Before(t.StartedAt)) {
		return obperr.TmsAuthenticationTooOld.With("It requires explicit authentication: a login made after it started.")
	}
	if f := t.RequireFreshnessOfAuthentication; f >= 0 && (at.IsZero() || now.Sub(at) > time.Duration(f)*time.Second) {
		return obperr.TmsAuthenticationTooOld.With("It requires a login at most %d seconds old.", f)
	}
	return nil
}

// notPending explains why a TMS cannot be retrieved or answered.
func notPending(t TMS) error {
	switch t.Status {
	case Expired:
		return obperr.TmsExpired
	case Started:
		return obperr.TmsNotPending.With("It is STARTED: retrieve it before answering.")
	}
	return obperr.TmsNotPending.With("It is %s.", t.Status)
}
