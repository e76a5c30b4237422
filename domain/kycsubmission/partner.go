package kycsubmission

import (
	"context"
	"net"
	"net/url"
	"strings"

	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

// Registered is a partner as registered, with its callback secret: shown once.
type Registered struct {
	Partner
	CallbackSecret string
}

// RegisterPartner makes an app a KYC partner at a bank (the role guard decided who may),
// with a fresh callback secret; registering again replaces the URL and the secret.
func (s *Service) RegisterPartner(ctx context.Context, bankID, consumerID, callbackURL string) (Registered, error) {
	if _, err := s.d.Consumers.GetConsumer(ctx, consumerID); err != nil {
		return Registered{}, err
	}
	if err := s.checkCallbackURL(callbackURL); err != nil {
		return Registered{}, err
	}
	secret := ids.Secret(48)
	p := Partner{ConsumerID: consumerID, BankID: bankID, CallbackURL: callbackURL, CreatedAt: s.now()}
	if err := s.d.Store.UpsertPartner(ctx, p, s.seal(p, secret)); err != nil {
		return Registered{}, err
	}
	return Registered{Partner: p, CallbackSecret: secret}, nil
}

// secretID names a partner's callback secret: what its sealed form is bound to, and the
// owner of its callback deliveries. Bank ids hold no colon; consumer ids are UUIDs.
func secretID(p Partner) string { return secretPrefix + p.BankID + ":" + p.ConsumerID }

const secretPrefix = "kyc-partner:"

func (s *Service) seal(p Partner, secret string) string {
	return s.d.Sealer.Seal(secretID(p), []byte(secret))
}

func (s *Service) openSecret(p Partner, stored string) (string, error) {
	secret, _, err := s.d.Sealer.Open(secretID(p), stored)
	return string(secret), err
}

// checkCallbackURL refuses anything but an absolute http(s) URL, and, unless allowed,
// hosts that are loopback, private or link-local addresses: a callback must not make the
// server call into its own network.
func (s *Service) checkCallbackURL(raw string) error {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
		return obperr.KycCallbackURLInvalid.Field("/callback_url", "")
	}
	if s.d.Config.AllowPrivateCallbacks {
		return nil
	}
	host := u.Hostname()
	if strings.EqualFold(host, "localhost") {
		return obperr.KycCallbackURLInvalid.Field("/callback_url", "localhost is not a public host.")
	}
	if ip := net.ParseIP(host); ip != nil && (ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified()) {
		return obperr.KycCallbackURLInvalid.Field("/callback_url", "%s is not a public address.", host)
	}
	return nil
}

// Credentials are what a partner authenticates with to get a token (GoPay's headers).
type Credentials struct {
	ClientID, PassKey     string // the app's consumer key and secret
	BankID                string // x-onboarding-partner
	PartnerUserID, IDType string // x-partner-user-id, x-partner-user-id-type (CUSTOMER_ID)
}

// Token is a partner token as it is handed out.
type Token struct {
	Token     string
	ExpiresIn int64 // seconds
}

// IssueToken authenticates a partner app by its key and secret and gives it a short-lived
// token for one customer, good only on the submission API.
func (s *Service) IssueToken(ctx context.Context, c Credentials) (Token, error) {
	app, err := s.d.Consumers.GetConsumerByKey(ctx, c.ClientID)
	if err != nil || !app.Enabled || !app.CheckSecret(c.PassKey) {
		return Token{}, obperr.KycPartnerCredentials
	}
	caller, err := s.identify(ctx, app.ID, c.BankID, c.PartnerUserID, c.IDType)
	if err != nil {
		return Token{}, err
	}
	t, err := s.d.Tokens.sign(caller, s.now(), s.d.Config.TokenTTL)
	if err != nil {
		return Token{}, err
	}
	return Token{Token: t, ExpiresIn: int64(s.d.Config.TokenTTL.Seconds())}, nil
}

// Presented is how a call to the submission API identifies its caller: a partner token,
// or the consumer of the call's own credentials with the partner-user headers.
type Presented struct {
	Token                 string
	ConsumerID            string // of the call's DirectLogin (or OAuth2) credentials
	ConsentID             string // a Consent-JWT never calls the submission API
	BankID                string
	PartnerUserID, IDType string
}

// Caller decides who calls the submission API.
func (s *Service) Caller(ctx context.Context, p Presented) (Caller, error) {
	if p.ConsentID != "" {
		return Caller{}, obperr.InvalidConsentIDUsage
	}
	if p.Token != "" {
		c, err := s.d.Tokens.check(p.Token, s.now())
		if err != nil {
			return Caller{}, obperr.KycPartnerTokenInvalid
		}
		// The partner may have been deregistered or disabled since the token was made.
		if err := s.stillPartner(ctx, c.ConsumerID, c.BankID); err != nil {
			return Caller{}, err
		}
		return c, nil
	}
	if p.ConsumerID == "" {
		return Caller{}, obperr.KycPartnerTokenInvalid
	}
	return s.identify(ctx, p.ConsumerID, p.BankID, p.PartnerUserID, p.IDType)
}

// identify is a registered partner's caller for a customer of the bank.
func (s *Service) identify(ctx context.Context, consumerID, bankID, partnerUserID, idType string) (Caller, error) {
	if err := s.stillPartner(ctx, consumerID, bankID); err != nil {
		return Caller{}, err
	}
	if idType != "" && !strings.EqualFold(idType, "CUSTOMER_ID") {
		return Caller{}, obperr.KycPartnerUserUnknown.With("x-partner-user-id-type must be CUSTOMER_ID.")
	}
	cu, err := s.d.Customers.Get(ctx, bankID, partnerUserID)
	if err != nil || partnerUserID == "" {
		return Caller{}, obperr.KycPartnerUserUnknown
	}
	return Caller{ConsumerID: consumerID, BankID: bankID, CustomerID: cu.Customer.ID}, nil
}

func (s *Service) stillPartner(ctx context.Context, consumerID, bankID string) error {
	if bankID == "" {
		return obperr.KycPartnerNotFound
	}
	if _, _, err := s.d.Store.GetPartner(ctx, consumerID, bankID); err != nil {
		return err
	}
	app, err := s.d.Consumers.GetConsumer(ctx, consumerID)
	if err != nil || !app.Enabled {
		return obperr.KycPartnerNotFound
	}
	return nil
}
