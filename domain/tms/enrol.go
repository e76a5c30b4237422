package tms

import (
	"context"
	"errors"
	"time"
	"unicode/utf8"

	"github.com/obp-go/obp/domain/obperr"
)

// MaxDeviceName bounds a device's label.
const MaxDeviceName = 100

// Enrol certifies a device's key for userID at bankID: csr is a PKCS#10 request (PEM or
// base64 DER) signed by the device's ECDSA P-256 key. The answer carries the device
// credential, which is kept only as a hash and never shown again.
func (s *Service) Enrol(ctx context.Context, bankID, userID, name, csrText string) (Enrolled, error) {
	if utf8.RuneCountInString(name) > MaxDeviceName {
		return Enrolled{}, obperr.TmsInvalidRequest.Field("/name", "name must be at most %d characters.", MaxDeviceName)
	}
	csr, err := parseCSR(csrText)
	if err != nil {
		return Enrolled{}, err
	}
	u, err := s.d.Users.GetUser(ctx, userID)
	if err != nil {
		return Enrolled{}, err
	}
	ca, err := s.signingCA(ctx, bankID)
	if err != nil {
		return Enrolled{}, err
	}
	now := s.now()
	id := newDeviceID(now)
	email := u.Email
	if email == "" {
		email = u.Username
	}
	cert, err := ca.issue(csr, id, Owner{UserID: userID, Email: email}, now)
	if err != nil {
		return Enrolled{}, obperr.TmsCertificateAuthority.Wrap(err)
	}
	token := newToken()
	d := Device{ID: id, BankID: bankID, UserID: userID, Name: name, Certificate: cert.Raw, TokenHash: hashToken(token),
		CreatedAt: now, NotAfter: cert.NotAfter.UTC()}
	if err := s.d.Store.CreateTmsDevice(ctx, d); err != nil {
		return Enrolled{}, err
	}
	return Enrolled{Device: d, Token: token}, nil
}

// Devices are the user's devices at the bank, revoked ones included.
func (s *Service) Devices(ctx context.Context, bankID, userID string) ([]Device, error) {
	if _, err := s.d.Banks.GetBank(ctx, bankID); err != nil {
		return nil, err
	}
	if _, err := s.d.Users.GetUser(ctx, userID); err != nil {
		return nil, err
	}
	return s.d.Store.TmsDevices(ctx, bankID, userID)
}

// Revoke revokes the user's device at the bank: its credential stops working and its
// signatures are refused from now on. Revoking it again is OBP-38007.
func (s *Service) Revoke(ctx context.Context, bankID, userID, deviceID string) error {
	d, err := s.d.Store.GetTmsDevice(ctx, bankID, deviceID)
	if err != nil {
		return err
	}
	if d.UserID != userID {
		return obperr.TmsDeviceNotFound
	}
	ok, err := s.d.Store.RevokeTmsDevice(ctx, bankID, userID, deviceID, s.now())
	if err == nil && !ok {
		err = obperr.TmsDeviceRevoked
	}
	return err
}

// DeviceCaller is a device calling: its user's session and its own credential.
type DeviceCaller struct {
	BankID, UserID, DeviceID, Token string
	// AuthenticatedAt is when the user's session was made by a password login (the
	// DirectLogin token's issue time).
	AuthenticatedAt time.Time
}

// device is the caller's device, when the credential is its own and it is not revoked.
func (s *Service) device(ctx context.Context, c DeviceCaller) (Device, error) {
	d, err := s.d.Store.GetTmsDevice(ctx, c.BankID, c.DeviceID)
	if errors.Is(err, obperr.TmsDeviceNotFound) || err == nil && d.UserID != c.UserID {
		return Device{}, obperr.TmsDeviceNotFound
	}
	if err != nil {
		return Device{}, err
	}
	if !d.holds(c.Token) {
		return Device{}, obperr.TmsDeviceCredential
	}
	if d.RevokedAt != nil {
		return Device{}, obperr.TmsDeviceRevoked
	}
	return d, nil
}
