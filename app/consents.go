package app

import (
	"context"
	"fmt"
	"time"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/seal"
	"github.com/obp-go/obp/domain/tms"
)

// ConsentOptions configure consents (on by default, as OBP's consents.allowed is here).
type ConsentOptions struct {
	Disabled           bool
	MaxTTL             time.Duration // 0: consent.DefaultMaxTTL
	ValidFromTolerance time.Duration // 0: consent.DefaultValidFromTolerance
	ConsumerValidation string        // "": consent.ByConsumerKey
}

// consentKeyPurpose names the keyring of Consent-JWT signing keys.
const consentKeyPurpose = "consent"

// wireConsents opens the Consent-JWT keyring and builds the consent service.
func (s *services) wireConsents(ctx context.Context, o Options) error {
	sealer, err := keyring.NewSealer(o.KeyEncryptionKey)
	if err != nil {
		return fmt.Errorf("OBP_KEY_ENCRYPTION_KEY: %w", err)
	}
	if s.consentKeys, err = keyring.Open(ctx, s.store, consentKeyPurpose, sealer, clock.Clock(o.Now)); err != nil {
		return fmt.Errorf("consent signing keys: %w", err)
	}
	co := o.Consents
	s.consents = consent.NewService(consent.Deps{
		Store: s.store, Keys: s.consentKeys, Checks: s.roles, Held: s.accounts, Grants: s.store, Consumers: s.store,
		Banks: s.conn, Challenges: s.challenges, Contacts: contacts{s.store, s.customers}, Policy: s.roles, VRP: s.vrpPort(o),
		Clock: clock.Clock(o.Now),
		Config: consent.Config{Enabled: !co.Disabled, MaxTTL: co.MaxTTL, ValidFromTolerance: co.ValidFromTolerance,
			ConsumerValidation: co.ConsumerValidation, Issuer: o.Info.Hostname, DeviceMethods: extraMethodNames(o)},
	})
	return nil
}

// RotateConsentKey makes a new Consent-JWT signing key: `obp admin rotate-consent-key`.
// Consents signed with the old key still verify; every process signs with the new one
// once it reloads its keys (within a minute).
func RotateConsentKey(ctx context.Context, o Options) (string, error) {
	svc, err := newServices(ctx, o)
	if err != nil {
		return "", err
	}
	return svc.consentKeys.Rotate(ctx)
}

// extraMethodNames are the names of the SCA methods offered beyond the one-time codes.
func extraMethodNames(o Options) []string {
	names := []string{tms.MethodName, seal.MethodName}
	for _, m := range o.Payments.ExtraMethods {
		names = append(names, m.Name())
	}
	return names
}
