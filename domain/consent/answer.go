package consent

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
)

// Answer confirms an INITIATED consent with the one-time code sent to the user who gave
// it, through the challenge framework: the right code makes it ACCEPTED and gives its
// user what it grants, once, however many answers race; the last wrong attempt makes it
// REJECTED. Only that user may answer; to anyone else the consent does not exist.
func (s *Service) Answer(ctx context.Context, by call.Context, bankID, consentID, answer string) (Consent, error) {
	if err := s.usable(by); err != nil {
		return Consent{}, err
	}
	c, err := s.mine(ctx, by, bankID, consentID)
	if err != nil {
		return Consent{}, err
	}
	cs, err := s.challenges.List(ctx, sca.PurposeConsent, c.ID)
	if err != nil {
		return Consent{}, err
	}
	if len(cs) == 0 {
		return Consent{}, obperr.ConsentUpdateStatusError.With("No challenge was issued for this consent.")
	}
	_, err = s.challenges.Answer(ctx, cs[len(cs)-1].ID, by.UserID, answer)
	switch {
	case errors.Is(err, obperr.AllowedAttemptsUsedUp):
		return s.reject(ctx, c)
	case err != nil:
		return Consent{}, err
	}
	return s.accept(ctx, c)
}

// mine is a consent the caller gave, at the path's bank when it was given at one.
func (s *Service) mine(ctx context.Context, by call.Context, bankID, consentID string) (Consent, error) {
	c, err := s.store.GetConsent(ctx, consentID)
	if err != nil {
		return c, err
	}
	if c.CreatedBy != by.UserID || bankID != "" && c.BankID != "" && c.BankID != bankID {
		return Consent{}, obperr.ConsentNotFound
	}
	return c, nil
}

// accept makes the consent ACCEPTED and creates its user with exactly what it grants.
// A consent already accepted (a retry, or a parallel answer) is answered as it is.
func (s *Service) accept(ctx context.Context, c Consent) (Consent, error) {
	now := s.now()
	if !now.Before(c.ExpiresAt()) {
		return Consent{}, obperr.ConsentExpiredIssue
	}
	u := user.User{ID: c.UserID, Provider: UserProvider, Username: c.ID, CreatedAt: now}
	access := make([]view.Access, len(c.Claims.Views))
	for i, v := range c.Claims.Views {
		access[i] = view.Access{UserID: c.UserID, BankID: v.BankID, AccountID: v.AccountID, ViewID: v.ViewID}
	}
	roles := make([]entitlement.Entitlement, len(c.Claims.Entitlements))
	for i, r := range c.Claims.Entitlements {
		roles[i] = entitlement.Entitlement{ID: ids.New(), UserID: c.UserID, BankID: r.BankID, RoleName: r.RoleName, CreatedAt: now}
	}
	ok, err := s.store.AcceptConsent(ctx, c.ID, now, u, access, roles)
	if err != nil {
		return Consent{}, err
	}
	if !ok {
		return s.settled(ctx, c.ID, Accepted)
	}
	if err := s.grantsChanged(ctx, c.UserID); err != nil {
		return Consent{}, err
	}
	c.Status, c.LastActionAt = Accepted, now
	return s.signed(ctx, c)
}

// reject makes the consent REJECTED: its code's attempts are spent.
func (s *Service) reject(ctx context.Context, c Consent) (Consent, error) {
	ok, err := s.store.SetConsentStatus(ctx, c.ID, []Status{Initiated}, Rejected, s.now())
	if err != nil {
		return Consent{}, err
	}
	if !ok {
		return s.settled(ctx, c.ID, Rejected)
	}
	c.Status = Rejected
	return s.signed(ctx, c)
}

// settled answers with a consent another request moved meanwhile: as it is when that
// was to want, an error otherwise.
func (s *Service) settled(ctx context.Context, id string, want Status) (Consent, error) {
	c, err := s.store.GetConsent(ctx, id)
	if err != nil {
		return c, err
	}
	if c.Status != want {
		return Consent{}, obperr.ConsentUpdateStatusError.With("It is %s.", c.Status)
	}
	return s.signed(ctx, c)
}
