package consent

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// Kinds of consent request.
const (
	KindOBP = "OBP"
	KindVRP = "VRP"
)

// Request is an app's request for a consent (OBP's consent request): the app asks, and a
// user then turns it into a consent, confirmed with a one-time code.
type Request struct {
	ID         string
	ConsumerID string
	Kind       string
	Payload    []byte // the JSON the app posted, shown back as OBP does
	CreatedAt  time.Time
}

// RequestBody is an OBP consent request's payload (PostConsentRequestJsonV500).
type RequestBody struct {
	Everything      bool            `json:"everything"`
	BankID          string          `json:"bank_id"`
	AccountAccess   []AccountAccess `json:"account_access"`
	Entitlements    []RoleGrant     `json:"entitlements"`
	ConsumerID      string          `json:"consumer_id"`
	Email           string          `json:"email"`
	PhoneNumber     string          `json:"phone_number"`
	ValidFrom       string          `json:"valid_from"`
	TimeToLive      *int64          `json:"time_to_live"`
	FrequencyPerDay int             `json:"frequency_per_day"`
}

// AccountAccess names an account by a routing and the view to grant on it.
type AccountAccess struct {
	AccountRouting Routing `json:"account_routing"`
	ViewID         string  `json:"view_id"`
}

// CreateRequest stores an app's consent request. The app is the caller's consumer; with
// OAuth2 client credentials it will be the only thing known of the caller.
func (s *Service) CreateRequest(ctx context.Context, by call.Context, kind string, payload []byte) (Request, error) {
	if !s.cfg.Enabled {
		return Request{}, obperr.ConsentDisabled
	}
	if by.ConsentID != "" {
		return Request{}, obperr.InvalidConsentIDUsage
	}
	if _, err := s.consumerFor(ctx, by.ConsumerID); err != nil {
		return Request{}, err
	}
	if err := s.checkRequest(kind, payload); err != nil {
		return Request{}, err
	}
	r := Request{ID: ids.New(), ConsumerID: by.ConsumerID, Kind: kind, Payload: payload, CreatedAt: s.now()}
	return r, s.store.CreateConsentRequest(ctx, r)
}

// checkRequest refuses, at once, what could never become a consent: unknown or forbidden
// roles, a time to live above the maximum, an unreadable valid_from.
func (s *Service) checkRequest(kind string, payload []byte) error {
	var b RequestBody
	var validFrom string
	var ttl *int64
	switch kind {
	case KindOBP:
		if err := json.Unmarshal(payload, &b); err != nil {
			return obperr.InvalidJSONFormat.Wrap(err)
		}
		for i, g := range b.Entitlements {
			if forbidden(g.RoleName) {
				return obperr.RolesForbiddenInConsent.Field(fmt.Sprintf("/entitlements/%d/role_name", i), "")
			}
		}
		validFrom, ttl = b.ValidFrom, b.TimeToLive
	case KindVRP:
		if s.vrp == nil {
			return obperr.ConsentRequestIsInvalid.With("This server takes no VRP consents.")
		}
		var v VRPRequest
		if err := json.Unmarshal(payload, &v); err != nil {
			return obperr.InvalidJSONFormat.Wrap(err)
		}
		if err := s.vrp.Check(v); err != nil {
			return err
		}
		validFrom, ttl = v.ValidFrom, v.TimeToLive
	}
	if ttl != nil && *ttl > int64(s.cfg.MaxTTL/time.Second) {
		return obperr.ConsentMaxTTL.Field("/time_to_live", "The most allowed is %d seconds.", int64(s.cfg.MaxTTL/time.Second))
	}
	_, err := ParseValidFrom(validFrom)
	return err
}

// GetRequest returns a consent request to the app that made it (OBP-35028 to any other).
func (s *Service) GetRequest(ctx context.Context, by call.Context, id string) (Request, error) {
	r, err := s.store.GetConsentRequest(ctx, id)
	if err != nil {
		return r, err
	}
	if r.ConsumerID != by.ConsumerID {
		return Request{}, obperr.ConsentRequestNotFound
	}
	return r, nil
}

// CreateFromRequest turns a consent request into an INITIATED consent of the calling
// user, for the app that asked. Accounts named by routing resolve only among the
// accounts the user holds (OBP-35037).
func (s *Service) CreateFromRequest(ctx context.Context, by call.Context, requestID, method, apiVersion string) (Consent, error) {
	if err := s.usable(by); err != nil {
		return Consent{}, err
	}
	r, err := s.store.GetConsentRequest(ctx, requestID)
	if err != nil {
		return Consent{}, err
	}
	if r.Kind == KindVRP {
		return s.createVRP(ctx, by, r, method, apiVersion)
	}
	var b RequestBody
	if err := json.Unmarshal(r.Payload, &b); err != nil {
		return Consent{}, obperr.ConsentRequestIsInvalid.Wrap(err)
	}
	validFrom, err := ParseValidFrom(b.ValidFrom)
	if err != nil {
		return Consent{}, err
	}
	views, err := s.resolveAccess(ctx, by.UserID, b.BankID, b.AccountAccess)
	if err != nil {
		return Consent{}, err
	}
	return s.Create(ctx, by, New{BankID: b.BankID, Method: method, Everything: b.Everything, FilterBankID: b.BankID,
		Views: views, Entitlements: b.Entitlements, ConsumerID: r.ConsumerID, ValidFrom: validFrom, TTL: b.TimeToLive,
		Phone: b.PhoneNumber, Email: b.Email, FrequencyPerDay: b.FrequencyPerDay, APIVersion: apiVersion, requestID: r.ID})
}

// resolveAccess finds the accounts named by routing among those userID holds.
func (s *Service) resolveAccess(ctx context.Context, userID, bankID string, access []AccountAccess) ([]ViewGrant, error) {
	if len(access) == 0 {
		return nil, nil
	}
	held, err := s.held.Held(ctx, bankID, userID)
	if err != nil {
		return nil, err
	}
	out := make([]ViewGrant, 0, len(access))
	for _, a := range access {
		acc, ok := findHeld(held, a.AccountRouting.routing())
		if !ok {
			return nil, obperr.ConsentAccountNotHeldByUser.With("%s %s", a.AccountRouting.Scheme, a.AccountRouting.Address)
		}
		out = append(out, ViewGrant{BankID: acc.BankID, AccountID: acc.ID, ViewID: a.ViewID})
	}
	return out, nil
}

// findHeld finds the held account a routing names: by id (schemes OBP and AccountId) or
// by any of its routings (IBANs compared in their electronic form).
func findHeld(held []account.Account, r routing.Routing) (account.Account, bool) {
	scheme := strings.ToUpper(strings.TrimSpace(r.Scheme))
	address := strings.TrimSpace(r.Address)
	for _, a := range held {
		if (scheme == "OBP" || scheme == "ACCOUNTID" || scheme == "ACCOUNT_ID") && a.ID == address {
			return a, true
		}
		for _, ar := range a.Routings {
			if !strings.EqualFold(ar.Scheme, scheme) {
				continue
			}
			if scheme == "IBAN" && routing.NormalizeIBAN(ar.Address) == routing.NormalizeIBAN(address) || ar.Address == address {
				return a, true
			}
		}
	}
	return account.Account{}, false
}

// ParseValidFrom reads valid_from as OBP writes it: a date-time, or a date.
func ParseValidFrom(v string) (*time.Time, error) {
	if v == "" {
		return nil, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return &t, nil
		}
	}
	return nil, obperr.InvalidDateFormat.Field("/valid_from", "valid_from must be a date-time such as 2024-02-05T14:15:53Z.")
}
