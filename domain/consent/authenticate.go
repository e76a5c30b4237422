package consent

import (
	"context"
	"crypto/subtle"
	"errors"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

// Presented is what a request carries to be authenticated as a consent: the Consent-JWT
// (or the deprecated Consent-Id) header and what identifies the app presenting it.
type Presented struct {
	Header      string
	ConsumerKey string // the Consumer-Key header
	Certificate string // the PSD2-CERT header
}

// Authenticated is who a consent makes the caller: its own user, for its app, on behalf
// of the user who gave it.
type Authenticated struct {
	ConsentID  string
	UserID     string
	ConsumerID string
	OnBehalfOf string
	// The app's call limits, counted as for any of its calls.
	PerMinuteLimit, PerHourLimit int
}

// Authenticate decides whether a consent may be used now, in OBP's order and with OBP's
// codes: consents allowed (35007), a UUID or a JWT (35032), the consent exists (35001),
// is ACCEPTED (35005), the JWT is this server's (35004), nbf (35002), exp (35003), the
// app exists and is enabled (35018, 35017) and is the one presenting it (35016, 35015,
// 35019). Then ours: the creator is not locked, and the day's uses are not spent (35044).
// Before it answers, the consent's user loses whatever its creator no longer holds: a
// consent never grants more than its creator has now.
func (s *Service) Authenticate(ctx context.Context, p Presented) (Authenticated, error) {
	if !s.cfg.Enabled {
		return Authenticated{}, obperr.ConsentDisabled
	}
	h, err := readHeader(p.Header)
	if err != nil {
		return Authenticated{}, obperr.ConsentHeaderValueInvalid
	}
	st, err := s.store.UseState(ctx, h.consentID)
	if errors.Is(err, obperr.ConsentNotFound) {
		return Authenticated{}, obperr.ConsentUnknown
	}
	if err != nil {
		return Authenticated{}, err
	}
	if st.Status != Accepted {
		return Authenticated{}, obperr.ConsentStatusIssue.With("It is %s.", st.Reported(s.now()))
	}
	switch {
	case h.token == "" && s.cfg.ConsumerValidation != ByCertificate:
		// A bare consent id (OBP's deprecated Consent-Id) proves nothing by itself: ids
		// travel in paths and lists. It is taken only from an app that proves itself
		// with its certificate; otherwise only the signed JWT is.
		return Authenticated{}, obperr.ConsentVerificationIssue.With("A bare consent id is taken only from an app identified by its certificate; send the Consent-JWT.")
	case h.token != "":
		if err := s.verify(ctx, h); errors.Is(err, errBadSignature) {
			return Authenticated{}, obperr.ConsentVerificationIssue
		} else if err != nil {
			return Authenticated{}, err
		}
	}
	now := s.now()
	switch {
	case now.Before(st.ValidFrom()):
		return Authenticated{}, obperr.ConsentNotBeforeIssue
	case !now.Before(st.ExpiresAt()):
		return Authenticated{}, obperr.ConsentExpiredIssue
	case st.Consumer == nil:
		return Authenticated{}, obperr.ConsumerAtConsentCannotBeFound
	case !st.Consumer.Enabled:
		return Authenticated{}, obperr.ConsumerAtConsentDisabled
	}
	if err := s.sameApp(st, p); err != nil {
		return Authenticated{}, err
	}
	if st.CreatorLocked {
		return Authenticated{}, obperr.ConsentDoesNotMatchUser.With("The user who gave it is locked.")
	}
	if err := s.narrow(ctx, st.Consent); err != nil {
		return Authenticated{}, err
	}
	ok, err := s.store.RecordUse(ctx, st.ID, now.UTC().Format(time.DateOnly), st.FrequencyPerDay, now)
	if err != nil {
		return Authenticated{}, err
	}
	if !ok {
		return Authenticated{}, obperr.ConsentUsedUpToday
	}
	return Authenticated{ConsentID: st.ID, UserID: st.UserID, ConsumerID: st.ConsumerID, OnBehalfOf: st.CreatedBy,
		PerMinuteLimit: st.Consumer.PerMinuteLimit, PerHourLimit: st.Consumer.PerHourLimit}, nil
}

// sameApp matches the app presenting the consent with the app it was given to, by the
// configured method (OBP's consumer_validation_method_for_consent).
func (s *Service) sameApp(st UseState, p Presented) error {
	switch s.cfg.ConsumerValidation {
	case ByConsumerKey:
		switch {
		case strings.TrimSpace(p.ConsumerKey) == "":
			return obperr.ConsumerKeyHeaderMissing
		case subtle.ConstantTimeCompare([]byte(strings.TrimSpace(p.ConsumerKey)), []byte(st.Consumer.Key)) != 1:
			return obperr.ConsentDoesNotMatchConsumer
		}
		return nil
	case ByCertificate:
		if p.Certificate == "" || st.Consumer.ClientCertificate == "" || !sameCertificate(p.Certificate, st.Consumer.ClientCertificate) {
			return obperr.ConsentDoesNotMatchConsumer
		}
		return nil
	case NoConsumerMatch:
		return nil
	}
	return obperr.ConsumerValidationMethodUnknown
}

// sameCertificate compares PEM certificates ignoring line breaks and spaces (headers
// carry them folded or escaped).
func sameCertificate(a, b string) bool {
	squeeze := func(s string) string {
		s = strings.ReplaceAll(s, `\n`, "")
		return strings.Join(strings.Fields(s), "")
	}
	return squeeze(a) == squeeze(b)
}

// narrow drops the consent user's grants its creator no longer holds.
func (s *Service) narrow(ctx context.Context, c Consent) error {
	var lostAccess []view.Access
	for _, v := range c.Claims.Views {
		ref := account.Ref{BankID: v.BankID, AccountID: v.AccountID}
		held := s.checks.CanOnView(c.CreatedBy, ref, v.ViewID, "")
		if c.VRP {
			held = s.vrp != nil && s.vrp.StillHeld(c.CreatedBy, ref)
		}
		if !held && s.checks.CanOnView(c.UserID, ref, v.ViewID, "") {
			lostAccess = append(lostAccess, view.Access{UserID: c.UserID, BankID: v.BankID, AccountID: v.AccountID, ViewID: v.ViewID})
		}
	}
	var lostRoles []entitlement.Entitlement
	for _, r := range c.Claims.Entitlements {
		if !s.checks.HasRole(c.CreatedBy, r.BankID, r.RoleName) && s.checks.HasRole(c.UserID, r.BankID, r.RoleName) {
			lostRoles = append(lostRoles, entitlement.Entitlement{UserID: c.UserID, BankID: r.BankID, RoleName: r.RoleName})
		}
	}
	if len(lostAccess) == 0 && len(lostRoles) == 0 {
		return nil
	}
	if err := s.store.DropGrants(ctx, c.UserID, lostAccess, lostRoles); err != nil {
		return err
	}
	return s.grantsChanged(ctx, c.UserID)
}

// grantsChanged tells every process's authorization cache that a consent user's grants
// changed.
func (s *Service) grantsChanged(ctx context.Context, userID string) error {
	return errors.Join(s.policy.AccessChanged(ctx, userID), s.policy.EntitlementsChanged(ctx, userID))
}
