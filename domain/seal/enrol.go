package seal

import (
	"context"
	"unicode/utf8"

	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

// MaxDeviceField bounds each field an app says of itself.
const MaxDeviceField = 100

// Enrol makes a sealing key for userID at bankID, on the device d describes. The answer
// carries the secret: shown once, kept only sealed.
func (s *Service) Enrol(ctx context.Context, bankID, userID string, d Device) (Enrolled, error) {
	for _, f := range []struct{ pointer, value string }{{"/name", d.Name}, {"/alias", d.Alias}, {"/platform", d.Platform}, {"/version", d.Version}} {
		if utf8.RuneCountInString(f.value) > MaxDeviceField {
			return Enrolled{}, obperr.SealInvalidRequest.Field(f.pointer, "at most %d characters.", MaxDeviceField)
		}
	}
	if _, err := s.d.Banks.GetBank(ctx, bankID); err != nil {
		return Enrolled{}, err
	}
	if _, err := s.d.Users.GetUser(ctx, userID); err != nil {
		return Enrolled{}, err
	}
	now := s.now()
	secret := ids.Bytes(KeySize)
	k := Key{ID: ids.ULID(now), BankID: bankID, UserID: userID, Device: d, CreatedAt: now}
	k.Secret = s.d.Sealer.Seal(k.ID, secret)
	if err := s.d.Store.CreateSealingKey(ctx, k); err != nil {
		return Enrolled{}, err
	}
	return Enrolled{Key: k, Plain: secret}, nil
}

// Keys are the user's sealing keys at the bank, revoked ones included.
func (s *Service) Keys(ctx context.Context, bankID, userID string) ([]Key, error) {
	if _, err := s.d.Banks.GetBank(ctx, bankID); err != nil {
		return nil, err
	}
	return s.d.Store.SealingKeys(ctx, bankID, userID)
}

// Revoke revokes the user's key at the bank: codes it seals are refused from now on.
// Revoking it again is OBP-39002.
func (s *Service) Revoke(ctx context.Context, bankID, userID, id string) error {
	k, err := s.d.Store.GetSealingKey(ctx, bankID, id)
	if err != nil {
		return err
	}
	if k.UserID != userID {
		return obperr.SealingKeyNotFound
	}
	ok, err := s.d.Store.RevokeSealingKey(ctx, bankID, userID, id, s.now())
	if err == nil && !ok {
		err = obperr.SealingKeyRevoked
	}
	return err
}
