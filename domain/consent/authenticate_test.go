package consent

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

// fixedClock is a clock that stays at t.
func fixedClock(t time.Time) clock.Clock { return func() time.Time { return t } }

// oneKey signs and verifies with a single key.
type oneKey struct {
	id   string
	priv ed25519.PrivateKey
}

func newOneKey(t *testing.T) oneKey {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return oneKey{id: keyring.Thumbprint(priv.Public().(ed25519.PublicKey)), priv: priv}
}

func (k oneKey) SigningKey() (string, ed25519.PrivateKey) { return k.id, k.priv }
func (k oneKey) PrivateKey(_ context.Context, id string) (ed25519.PrivateKey, error) {
	if id != k.id {
		return nil, keyring.ErrUnknownKey
	}
	return k.priv, nil
}
func (k oneKey) PublicKey(_ context.Context, id string) (ed25519.PublicKey, error) {
	if id != k.id {
		return nil, keyring.ErrUnknownKey
	}
	return k.priv.Public().(ed25519.PublicKey), nil
}

// useStore answers UseState with one consent and counts uses; the rest of the store is
// not needed to authenticate.
type useStore struct {
	Store
	state UseState
	uses  int
}

func (s *useStore) UseState(_ context.Context, id string) (UseState, error) {
	if id != s.state.ID {
		return UseState{}, obperr.ConsentNotFound
	}
	return s.state, nil
}

func (s *useStore) RecordUse(_ context.Context, _, _ string, perDay int, _ time.Time) (bool, error) {
	if perDay > 0 && s.uses >= perDay {
		return false, nil
	}
	s.uses++
	return true, nil
}

// holds says the creator holds everything.
type holds struct{}

func (holds) HasRole(string, string, string) bool                         { return true }
func (holds) CanOnView(string, account.Ref, string, view.Permission) bool { return true }

type noSync struct{}

func (noSync) EntitlementsChanged(context.Context, string) error { return nil }
func (noSync) AccessChanged(context.Context, string) error       { return nil }

const consentID = "6a1e5b1c-0c8e-4c37-9d7e-8a4d2f3b9c01"

func TestAuthenticateChecksInOBPsOrder(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	key := newOneKey(t)
	app := consumer.Consumer{ID: "app", Key: "app-key", Enabled: true, ClientCertificate: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"}
	base := func() UseState {
		c := Consent{ID: consentID, CreatedBy: "ellie", UserID: "consent-user", ConsumerID: "app", Status: Accepted, KeyID: key.id,
			Claims: Claims{ID: consentID, Subject: "consent-user", Audience: "app", NotBefore: now.Add(-time.Minute).Unix(), Expires: now.Add(time.Hour).Unix()}}
		a := app
		return UseState{Consent: c, Consumer: &a}
	}
	svc := func(st UseState, cfg Config) (*Service, string) {
		s := NewService(Deps{Store: &useStore{state: st}, Keys: key, Checks: holds{}, Policy: noSync{}, Clock: fixedClock(now), Config: cfg})
		token, err := s.JWT(context.Background(), st.Consent)
		if err != nil {
			t.Fatal(err)
		}
		return s, token
	}
	on := Config{Enabled: true}
	cases := []struct {
		name   string
		change func(*UseState, *Config, *Presented)
		want   *obperr.Code
	}{
		{"allowed", func(*UseState, *Config, *Presented) {}, nil},
		{"consents off", func(_ *UseState, c *Config, _ *Presented) { c.Enabled = false }, obperr.ConsentDisabled},
		{"not a UUID or JWT", func(_ *UseState, _ *Config, p *Presented) { p.Header = "nonsense" }, obperr.ConsentHeaderValueInvalid},
		{"unknown consent", func(_ *UseState, _ *Config, p *Presented) { p.Header = "0f0f0f0f-0c8e-4c37-9d7e-8a4d2f3b9c01" }, obperr.ConsentUnknown},
		{"not accepted", func(s *UseState, _ *Config, _ *Presented) { s.Status = Initiated }, obperr.ConsentStatusIssue},
		{"revoked even if expired", func(s *UseState, _ *Config, _ *Presented) {
			s.Status, s.Claims.Expires = Revoked, now.Add(-time.Hour).Unix()
		}, obperr.ConsentStatusIssue},
		{"tampered", func(_ *UseState, _ *Config, p *Presented) { p.Header = p.Header[:len(p.Header)-4] + "AAAA" }, obperr.ConsentVerificationIssue},
		{"not yet valid", func(s *UseState, _ *Config, _ *Presented) { s.Claims.NotBefore = now.Add(time.Minute).Unix() }, obperr.ConsentNotBeforeIssue},
		{"expired", func(s *UseState, _ *Config, _ *Presented) { s.Claims.Expires = now.Unix() }, obperr.ConsentExpiredIssue},
		{"app gone", func(s *UseState, _ *Config, _ *Presented) { s.Consumer = nil }, obperr.ConsumerAtConsentCannotBeFound},
		{"app disabled", func(s *UseState, _ *Config, _ *Presented) { s.Consumer.Enabled = false }, obperr.ConsumerAtConsentDisabled},
		{"no Consumer-Key", func(_ *UseState, _ *Config, p *Presented) { p.ConsumerKey = "" }, obperr.ConsumerKeyHeaderMissing},
		{"another app's key", func(_ *UseState, _ *Config, p *Presented) { p.ConsumerKey = "other" }, obperr.ConsentDoesNotMatchConsumer},
		{"by certificate", func(_ *UseState, c *Config, p *Presented) {
			c.ConsumerValidation, p.ConsumerKey, p.Certificate = ByCertificate, "", `-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----`
		}, nil},
		{"another certificate", func(_ *UseState, c *Config, p *Presented) {
			c.ConsumerValidation, p.Certificate = ByCertificate, "MIIC"
		}, obperr.ConsentDoesNotMatchConsumer},
		{"no matching", func(_ *UseState, c *Config, p *Presented) { c.ConsumerValidation, p.ConsumerKey = NoConsumerMatch, "" }, nil},
		{"unknown matching", func(_ *UseState, c *Config, _ *Presented) { c.ConsumerValidation = "TELEPATHY" }, obperr.ConsumerValidationMethodUnknown},
		{"creator locked", func(s *UseState, _ *Config, _ *Presented) { s.CreatorLocked = true }, obperr.ConsentDoesNotMatchUser},
		{"by id alone", func(_ *UseState, _ *Config, p *Presented) { p.Header = consentID }, obperr.ConsentVerificationIssue},
		{"by id from a certified app", func(_ *UseState, c *Config, p *Presented) {
			c.ConsumerValidation, p.Header, p.Certificate = ByCertificate, consentID, "-----BEGIN CERTIFICATE----- MIIB -----END CERTIFICATE-----"
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st, cfg := base(), on
			_, token := svc(st, cfg)
			p := Presented{Header: token, ConsumerKey: "app-key"}
			c.change(&st, &cfg, &p)
			s, _ := svc(st, cfg)
			got, err := s.Authenticate(context.Background(), p)
			if c.want == nil {
				if err != nil || got.UserID != "consent-user" || got.OnBehalfOf != "ellie" || got.ConsumerID != "app" || got.ConsentID != consentID {
					t.Fatalf("= %+v, %v", got, err)
				}
				return
			}
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %s", err, c.want.ID)
			}
		})
	}
}

func TestUsesPerDayAreCounted(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	key := newOneKey(t)
	app := consumer.Consumer{ID: "app", Key: "k", Enabled: true}
	st := UseState{Consent: Consent{ID: consentID, CreatedBy: "ellie", UserID: "u", ConsumerID: "app", Status: Accepted, KeyID: key.id, FrequencyPerDay: 2,
		Claims: Claims{ID: consentID, NotBefore: now.Unix(), Expires: now.Add(time.Hour).Unix()}}, Consumer: &app}
	s := NewService(Deps{Store: &useStore{state: st}, Keys: key, Checks: holds{}, Policy: noSync{}, Clock: fixedClock(now), Config: Config{Enabled: true}})
	token, err := s.JWT(context.Background(), st.Consent)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []error{nil, nil, obperr.ConsentUsedUpToday} {
		if _, err := s.Authenticate(context.Background(), Presented{Header: token, ConsumerKey: "k"}); !errors.Is(err, want) && (want != nil || err != nil) {
			t.Fatalf("use %d: %v, want %v", i+1, err, want)
		}
	}
}

// lostStore records what narrowing drops.
type lostStore struct {
	useStore
	access []view.Access
	roles  []entitlement.Entitlement
}

func (s *lostStore) DropGrants(_ context.Context, _ string, access []view.Access, roles []entitlement.Entitlement) error {
	s.access, s.roles = access, roles
	return nil
}

// creatorLost: the creator no longer holds the owner view nor CanGetCustomer; the
// consent's user still does.
type creatorLost struct{}

func (creatorLost) HasRole(userID, _, _ string) bool { return userID != "ellie" }
func (creatorLost) CanOnView(userID string, _ account.Ref, _ string, _ view.Permission) bool {
	return userID != "ellie"
}

func TestAConsentLosesWhatItsCreatorLost(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	key := newOneKey(t)
	app := consumer.Consumer{ID: "app", Key: "k", Enabled: true}
	st := UseState{Consent: Consent{ID: consentID, CreatedBy: "ellie", UserID: "u", ConsumerID: "app", Status: Accepted, KeyID: key.id,
		Claims: Claims{ID: consentID, NotBefore: now.Unix(), Expires: now.Add(time.Hour).Unix(),
			Views:        []ViewGrant{{BankID: "b", AccountID: "a", ViewID: "owner"}},
			Entitlements: []RoleGrant{{RoleName: "CanGetCustomer", BankID: "b"}}}}, Consumer: &app}
	store := &lostStore{useStore: useStore{state: st}}
	s := NewService(Deps{Store: store, Keys: key, Checks: creatorLost{}, Policy: noSync{}, Clock: fixedClock(now), Config: Config{Enabled: true}})
	token, err := s.JWT(context.Background(), st.Consent)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Authenticate(context.Background(), Presented{Header: token, ConsumerKey: "k"}); err != nil {
		t.Fatal(err)
	}
	if len(store.access) != 1 || store.access[0].UserID != "u" || len(store.roles) != 1 || store.roles[0].RoleName != "CanGetCustomer" {
		t.Errorf("dropped %v and %v", store.access, store.roles)
	}
}
