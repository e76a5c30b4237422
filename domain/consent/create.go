package consent

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/sca"
)

// New is what a user asks to consent to (OBP's PostConsent*JsonV310 bodies).
type New struct {
	BankID       string // the path's bank, "" for /my/consents
	Method       string // SMS, EMAIL or IMPLICIT
	Everything   bool
	FilterBankID string // the body's bank_id: with everything, only what is held at it
	Views        []ViewGrant
	Entitlements []RoleGrant
	ConsumerID   string // the app; "" for the caller's
	ValidFrom    *time.Time
	TTL          *int64 // seconds; nil: DefaultTTL
	Phone        string // SMS: where the code goes (must be on record)
	Email        string // EMAIL: likewise
	// FrequencyPerDay bounds the uses a day (ours, optional; 0: no limit).
	FrequencyPerDay int
	APIVersion      string
	requestID       string
	vrp             *vrpSetup // a VRP consent: its view and payee are made once the rest passed
}

// Create makes an INITIATED consent of what the caller holds and sends them a one-time
// code to confirm it. A consent never holds more than its creator: only views and roles
// they hold (OBP-35014, OBP-35013), never the roles that grant roles (OBP-35033).
func (s *Service) Create(ctx context.Context, by call.Context, n New) (Consent, error) {
	if err := s.usable(by); err != nil {
		return Consent{}, err
	}
	if n.BankID != "" {
		if _, err := s.banks.GetBank(ctx, n.BankID); err != nil {
			return Consent{}, err
		}
	}
	if n.ConsumerID == "" {
		n.ConsumerID = by.ConsumerID
	}
	app, err := s.consumerFor(ctx, n.ConsumerID)
	if err != nil {
		return Consent{}, err
	}
	nbf, exp, err := s.validity(n.ValidFrom, n.TTL)
	if err != nil {
		return Consent{}, err
	}
	views, roles, err := s.delegable(ctx, by.UserID, n)
	if err != nil {
		return Consent{}, err
	}
	m, to, err := s.destination(ctx, by.UserID, n)
	if err != nil {
		return Consent{}, err
	}
	now := s.now()
	kid, _ := s.keys.SigningKey()
	c := Consent{ID: ids.New(), BankID: n.BankID, CreatedBy: by.UserID, UserID: ids.New(), ConsumerID: app.ID,
		RequestID: n.requestID, Status: Initiated, Method: n.Method, KeyID: kid,
		FrequencyPerDay: n.FrequencyPerDay, APIStandard: "OBP", APIVersion: n.APIVersion, LastActionAt: now, CreatedAt: now}
	if n.vrp != nil {
		g, counterpartyID, err := s.vrp.Setup(ctx, by.UserID, c.ID, n.vrp.from, n.vrp.request)
		if err != nil {
			return Consent{}, err
		}
		views, c.VRP, c.CounterpartyIDs = []ViewGrant{g}, true, []string{counterpartyID}
	}
	c.Claims = Claims{CreatedByUserID: by.UserID, Subject: c.UserID, Issuer: s.cfg.Issuer, Audience: app.ID, ID: c.ID,
		IssuedAt: now.Unix(), NotBefore: nbf.Unix(), Expires: exp.Unix(), Entitlements: roles, Views: views}
	err = s.store.CreateConsent(ctx, c)
	if err == nil {
		_, err = s.challenges.Issue(ctx, sca.PurposeConsent, c.ID, ChallengeType, m, []sca.Recipient{to}, about(app, c))
		if err != nil {
			err = errors.Join(err, s.store.DeleteInitiatedConsent(context.WithoutCancel(ctx), c.ID))
		}
	}
	if err != nil && c.VRP {
		err = errors.Join(err, s.vrp.Discard(context.WithoutCancel(ctx), views[0], c.CounterpartyIDs[0]))
	}
	if err != nil {
		return Consent{}, err
	}
	return s.signed(ctx, c)
}

// usable refuses when consents are off, and a consent's own call (a consent never makes
// another).
func (s *Service) usable(by call.Context) error {
	if !s.cfg.Enabled {
		return obperr.ConsentDisabled
	}
	if by.ConsentID != "" {
		return obperr.InvalidConsentIDUsage
	}
	return nil
}

// consumerFor is the enabled app a consent is for.
func (s *Service) consumerFor(ctx context.Context, id string) (consumer.Consumer, error) {
	if id == "" {
		return consumer.Consumer{}, obperr.ApplicationNotIdentified
	}
	app, err := s.consumers.GetConsumer(ctx, id)
	if errors.Is(err, obperr.ConsumerNotFoundByID) {
		return app, obperr.ConsumerNotFoundByID.Field("/consumer_id", "No consumer has the id %s.", id)
	}
	if err != nil {
		return app, err
	}
	if !app.Enabled {
		return app, obperr.ConsumerAtConsentDisabled
	}
	return app, nil
}

// validity is the consent's nbf and exp: from valid_from (now by default; not further in
// the past than the tolerance) for time_to_live seconds (at most the configured maximum).
func (s *Service) validity(validFrom *time.Time, ttl *int64) (nbf, exp time.Time, err error) {
	now := s.now()
	nbf = now
	if validFrom != nil {
		if validFrom.Before(now.Add(-s.cfg.ValidFromTolerance)) {
			return nbf, exp, obperr.ConsentValidFromInThePast.Field("/valid_from", "It may lie at most %s in the past.", s.cfg.ValidFromTolerance)
		}
		nbf = validFrom.UTC()
	}
	life := DefaultTTL
	if life > s.cfg.MaxTTL {
		life = s.cfg.MaxTTL
	}
	if ttl != nil {
		if *ttl <= 0 {
			return nbf, exp, obperr.InvalidRequestPayload.Field("/time_to_live", "time_to_live must be a positive number of seconds.")
		}
		if *ttl > int64(s.cfg.MaxTTL/time.Second) {
			return nbf, exp, obperr.ConsentMaxTTL.Field("/time_to_live", "The most allowed is %d seconds.", int64(s.cfg.MaxTTL/time.Second))
		}
		life = time.Duration(*ttl) * time.Second
	}
	return nbf, nbf.Add(life), nil
}

// forbidden are the roles no consent may carry: they grant roles.
func forbidden(name string) bool {
	return name == role.CanCreateEntitlementAtOneBank.Name || name == role.CanCreateEntitlementAtAnyBank.Name
}

// delegable checks what the consent is to grant against what its creator holds now.
func (s *Service) delegable(ctx context.Context, userID string, n New) ([]ViewGrant, []RoleGrant, error) {
	if n.Everything {
		return s.everything(ctx, userID, n.FilterBankID)
	}
	roles := make([]RoleGrant, 0, len(n.Entitlements))
	seenRole := map[RoleGrant]bool{}
	for i, g := range n.Entitlements {
		at := fmt.Sprintf("/entitlements/%d", i)
		r, ok := role.Lookup(g.RoleName)
		switch {
		case forbidden(g.RoleName):
			return nil, nil, obperr.RolesForbiddenInConsent.Field(at+"/role_name", "")
		case !ok:
			return nil, nil, obperr.IncorrectRoleName.Field(at+"/role_name", "%s", g.RoleName)
		case r.RequiresBankID && g.BankID == "":
			return nil, nil, obperr.EntitlementIsBankRole.Field(at+"/bank_id", "")
		case !r.RequiresBankID && g.BankID != "":
			return nil, nil, obperr.EntitlementIsSystemRole.Field(at+"/bank_id", "")
		case !s.checks.HasRole(userID, g.BankID, g.RoleName):
			return nil, nil, obperr.RolesAllowedInConsent.Field(at, "You do not hold %s.", g.RoleName)
		}
		if !seenRole[g] {
			seenRole[g] = true
			roles = append(roles, g)
		}
	}
	views := make([]ViewGrant, 0, len(n.Views))
	seenView := map[ViewGrant]bool{}
	for i, v := range n.Views {
		ref := account.Ref{BankID: v.BankID, AccountID: v.AccountID}
		if !s.checks.CanOnView(userID, ref, v.ViewID, "") {
			return nil, nil, obperr.ViewsAllowedInConsent.Field(fmt.Sprintf("/views/%d", i), "")
		}
		if !seenView[v] {
			seenView[v] = true
			views = append(views, v)
		}
	}
	return views, roles, nil
}

// everything is every view and role the user holds (at one bank when filtered), less
// the roles no consent may carry.
func (s *Service) everything(ctx context.Context, userID, bankID string) ([]ViewGrant, []RoleGrant, error) {
	access, err := s.grants.ListAccessForUser(ctx, userID)
	if err != nil {
		return nil, nil, err
	}
	held, err := s.grants.ListEntitlementsForUser(ctx, userID)
	if err != nil {
		return nil, nil, err
	}
	views := []ViewGrant{}
	for _, a := range access {
		if bankID == "" || a.BankID == bankID {
			views = append(views, ViewGrant{BankID: a.BankID, AccountID: a.AccountID, ViewID: a.ViewID})
		}
	}
	roles := []RoleGrant{}
	for _, e := range held {
		if !forbidden(e.RoleName) && (bankID == "" || e.BankID == bankID || e.BankID == "") {
			roles = append(roles, RoleGrant{RoleName: e.RoleName, BankID: e.BankID})
		}
	}
	return views, roles, nil
}

// destination is the method and recipient of the consent's one-time code. The code goes
// only where the bank reaches the user (their customer record's mobile number, their
// e-mail address): a body naming another destination is refused, so that whoever holds a
// user's session cannot confirm a consent with a phone of their own. IMPLICIT asks the
// bank (OBP's getConsentImplicitSCA): SMS when there is a mobile number, else EMAIL.
func (s *Service) destination(ctx context.Context, userID string, n New) (sca.Method, sca.Recipient, error) {
	phone, email, err := s.contacts.Contact(ctx, userID, n.BankID)
	if err != nil {
		return nil, sca.Recipient{}, err
	}
	to := sca.Recipient{UserID: userID}
	method := n.Method
	switch n.Method {
	case SMS:
		if strings.TrimSpace(n.Phone) == "" {
			return nil, to, obperr.InvalidRequestPayload.Field("/phone_number", "SMS needs phone_number: your mobile number on record at the bank.")
		}
		if phone == "" || !samePhone(phone, n.Phone) {
			return nil, to, obperr.ConsentScaDestinationNotOnRecord.Field("/phone_number", "")
		}
		to.Phone = phone
	case Email:
		if strings.TrimSpace(n.Email) == "" {
			return nil, to, obperr.InvalidRequestPayload.Field("/email", "EMAIL needs email: your e-mail address on record.")
		}
		if email == "" || !strings.EqualFold(strings.TrimSpace(email), strings.TrimSpace(n.Email)) {
			return nil, to, obperr.ConsentScaDestinationNotOnRecord.Field("/email", "")
		}
		to.Email = email
	case Implicit:
		switch {
		case phone != "":
			method, to.Phone = SMS, phone
		case email != "":
			method, to.Email = Email, email
		default:
			return nil, to, obperr.ScaMethodNotAvailable.With("The bank holds no mobile number or e-mail address for you.")
		}
	default:
		// A method that reaches the user on their own device (a push confirmation) needs
		// no destination.
		if !slices.Contains(s.cfg.DeviceMethods, n.Method) {
			return nil, to, obperr.ConsentAllowedScaMethods
		}
	}
	m, err := s.challenges.Method(method)
	return m, to, err
}

// samePhone compares phone numbers by their digits (and a leading +), as people write
// them with spaces, dashes and brackets.
func samePhone(a, b string) bool {
	norm := func(p string) string {
		var out []rune
		for i, r := range strings.TrimSpace(p) {
			if r >= '0' && r <= '9' || r == '+' && i == 0 {
				out = append(out, r)
			}
		}
		return string(out)
	}
	na, nb := norm(a), norm(b)
	return na != "" && na == nb
}

// about is what the consent authorises, as the challenge shows it: the app, each grant
// by name, and until when.
func about(app consumer.Consumer, c Consent) sca.Subject {
	var what []string
	for _, v := range c.Claims.Views {
		what = append(what, fmt.Sprintf("view %s of account %s at %s", v.ViewID, v.AccountID, v.BankID))
	}
	for _, r := range c.Claims.Entitlements {
		if r.BankID == "" {
			what = append(what, "role "+r.RoleName)
		} else {
			what = append(what, fmt.Sprintf("role %s at %s", r.RoleName, r.BankID))
		}
	}
	return sca.Subject{Kind: sca.KindConsent, BankID: c.BankID, Consent: &sca.ConsentSubject{ConsentID: c.ID, App: app.AppName, Scope: what, Until: c.ExpiresAt()}}
}
