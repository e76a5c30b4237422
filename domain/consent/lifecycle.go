package consent

import (
	"context"

	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// Get returns a consent to the user who gave it (OBP-35001 to anyone else).
func (s *Service) Get(ctx context.Context, by call.Context, id string) (Consent, error) {
	c, err := s.mine(ctx, by, "", id)
	if err != nil {
		return c, err
	}
	return s.signed(ctx, c)
}

// GetForApp returns a consent to the app it was given to (OBP-35001 to any other).
func (s *Service) GetForApp(ctx context.Context, by call.Context, id string) (Consent, error) {
	c, err := s.store.GetConsent(ctx, id)
	if err != nil {
		return c, err
	}
	if by.ConsumerID == "" || c.ConsumerID != by.ConsumerID {
		return Consent{}, obperr.ConsentNotFound
	}
	return s.signed(ctx, c)
}

// ForRequest is the consent made from a consent request, newest first, for the app that
// asked for it.
func (s *Service) ForRequest(ctx context.Context, by call.Context, requestID string) (Consent, error) {
	if _, err := s.GetRequest(ctx, by, requestID); err != nil {
		return Consent{}, err
	}
	cs, err := s.store.ListConsents(ctx, Filter{RequestID: requestID, ConsumerID: by.ConsumerID, Limit: 1})
	if err != nil {
		return Consent{}, err
	}
	if len(cs) == 0 {
		return Consent{}, obperr.ConsentNotFound
	}
	return s.signed(ctx, cs[0])
}

// ListMine lists the consents the caller gave (at one bank, or everywhere with "").
func (s *Service) ListMine(ctx context.Context, by call.Context, bankID string, limit, offset int) ([]Consent, error) {
	return s.list(ctx, Filter{CreatedBy: by.UserID, BankID: bankID, Limit: limit, Offset: offset})
}

// ListAll lists every consent (at one bank, or everywhere with ""): the bank's view.
func (s *Service) ListAll(ctx context.Context, bankID string, limit, offset int) ([]Consent, error) {
	return s.list(ctx, Filter{BankID: bankID, Limit: limit, Offset: offset})
}

func (s *Service) list(ctx context.Context, f Filter) ([]Consent, error) {
	cs, err := s.store.ListConsents(ctx, f)
	if err != nil {
		return nil, err
	}
	for i := range cs {
		if cs[i], err = s.signed(ctx, cs[i]); err != nil {
			return nil, err
		}
	}
	return cs, nil
}

// Revoke is the user withdrawing a consent they gave (OBP-35012 when it is already).
func (s *Service) Revoke(ctx context.Context, by call.Context, bankID, id string) (Consent, error) {
	c, err := s.mine(ctx, by, bankID, id)
	if err != nil {
		return c, err
	}
	return s.move(ctx, c, Revoked)
}

// RevokeCurrent is an app withdrawing the consent it calls with.
func (s *Service) RevokeCurrent(ctx context.Context, by call.Context) (Consent, error) {
	if by.ConsentID == "" {
		return Consent{}, obperr.ConsentNotFound.With("This call was not made with a Consent-JWT.")
	}
	c, err := s.store.GetConsent(ctx, by.ConsentID)
	if err != nil {
		return c, err
	}
	return s.move(ctx, c, Revoked)
}

// RevokeAtBank is a bank withdrawing a consent that concerns it (the role guard decided
// who may).
func (s *Service) RevokeAtBank(ctx context.Context, bankID, id string) (Consent, error) {
	c, err := s.atBank(ctx, bankID, id)
	if err != nil {
		return c, err
	}
	return s.move(ctx, c, Revoked)
}

// SetStatus is the user who gave a consent setting its status (OBP's updateConsentStatus).
// No status call makes a consent ACCEPTED: only its one-time code does (OBP lets this
// endpoint authorise; we do not, so that a consent is never accepted without SCA).
func (s *Service) SetStatus(ctx context.Context, by call.Context, bankID, id string, to Status) (Consent, error) {
	c, err := s.mine(ctx, by, bankID, id)
	if err != nil {
		return c, err
	}
	return s.move(ctx, c, to)
}

// SetStatusAtBank is a bank setting a consent's status (the role guard decided who may);
// as SetStatus, never to ACCEPTED.
func (s *Service) SetStatusAtBank(ctx context.Context, bankID, id string, to Status) (Consent, error) {
	c, err := s.atBank(ctx, bankID, id)
	if err != nil {
		return c, err
	}
	return s.move(ctx, c, to)
}

// atBank is a consent that concerns a bank: given at it, or granting anything there.
func (s *Service) atBank(ctx context.Context, bankID, id string) (Consent, error) {
	c, err := s.store.GetConsent(ctx, id)
	if err != nil {
		return c, err
	}
	if c.BankID == bankID {
		return c, nil
	}
	for _, v := range c.Claims.Views {
		if v.BankID == bankID {
			return c, nil
		}
	}
	for _, r := range c.Claims.Entitlements {
		if r.BankID == bankID {
			return c, nil
		}
	}
	return Consent{}, obperr.ConsentNotFound
}

// move ends a consent: REVOKED or REJECTED, from INITIATED or ACCEPTED, taking its
// user's grants away in the same transaction and telling every process.
func (s *Service) move(ctx context.Context, c Consent, to Status) (Consent, error) {
	if to != Revoked && to != Rejected {
		return Consent{}, obperr.ConsentUpdateStatusError.With("A consent's status can only be set to REJECTED or REVOKED; it is accepted only by answering its challenge.")
	}
	if c.Status == Revoked && to == Revoked {
		return Consent{}, obperr.ConsentAlreadyRevoked
	}
	ok, err := s.store.SetConsentStatus(ctx, c.ID, []Status{Initiated, Accepted}, to, s.now())
	if err != nil {
		return Consent{}, err
	}
	if !ok {
		now, err := s.store.GetConsent(ctx, c.ID)
		if err != nil {
			return Consent{}, err
		}
		if now.Status == Revoked && to == Revoked {
			return Consent{}, obperr.ConsentAlreadyRevoked
		}
		return Consent{}, obperr.ConsentUpdateStatusError.With("It is %s.", now.Status)
	}
	if err := s.grantsChanged(ctx, c.UserID); err != nil {
		return Consent{}, err
	}
	c.Status, c.LastActionAt = to, s.now()
	return s.signed(ctx, c)
}

// SetAccountAccess names, by IBAN, the accounts at bankID an INITIATED consent covers
// (OBP's updateConsentAccountAccessByConsentId): each must be held by the user who gave
// it (OBP-35037), and each gets the views the consent already names (owner when none).
func (s *Service) SetAccountAccess(ctx context.Context, bankID, id string, ibans []string) (Consent, error) {
	c, err := s.atBank(ctx, bankID, id)
	if err != nil {
		return c, err
	}
	if c.Status != Initiated || c.VRP {
		return Consent{}, obperr.ConsentUpdateStatusError.With("Only an INITIATED consent's accounts can be changed; it is %s.", c.Status)
	}
	viewIDs := []string{}
	seen := map[string]bool{}
	for _, v := range c.Claims.Views {
		if !seen[v.ViewID] {
			seen[v.ViewID] = true
			viewIDs = append(viewIDs, v.ViewID)
		}
	}
	if len(viewIDs) == 0 {
		viewIDs = []string{"owner"}
	}
	held, err := s.held.Held(ctx, bankID, c.CreatedBy)
	if err != nil {
		return Consent{}, err
	}
	var views []ViewGrant
	for _, iban := range ibans {
		acc, ok := findHeld(held, routing.Routing{Scheme: "IBAN", Address: iban})
		if !ok {
			return Consent{}, obperr.ConsentAccountNotHeldByUser.With("IBAN %s", iban)
		}
		for _, v := range viewIDs {
			g := ViewGrant{BankID: acc.BankID, AccountID: acc.ID, ViewID: v}
			if !s.checks.CanOnView(c.CreatedBy, acc.Ref(), v, "") {
				return Consent{}, obperr.ViewsAllowedInConsent.With("%s on IBAN %s", v, iban)
			}
			views = append(views, g)
		}
	}
	claims := c.Claims
	claims.Views = views
	ok, err := s.store.ReplaceViews(ctx, c.ID, claims, s.now())
	if err != nil {
		return Consent{}, err
	}
	if !ok {
		return s.settled(ctx, c.ID, Initiated)
	}
	c.Claims = claims
	return s.signed(ctx, c)
}

// signed is the consent as a client is shown it: with its Consent-JWT, and EXPIRED once
// past its end.
func (s *Service) signed(ctx context.Context, c Consent) (Consent, error) {
	t, err := s.JWT(ctx, c)
	if err != nil {
		return Consent{}, err
	}
	c.JWT, c.Status = t, c.Reported(s.now())
	return c, nil
}
