package mapped

import (
	"context"
	"encoding/base64"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/keyring"
)

type signingKeyRow struct {
	ID        string `gorm:"primaryKey"`
	Purpose   string
	Algorithm string
	Public    string // standard base64 of the raw key
	Private   string // sealed
	Signing   bool
	CreatedAt time.Time
	RetiredAt *time.Time
}

func (signingKeyRow) TableName() string { return "signing_keys" }

func toSigningKeyRow(k keyring.Stored) signingKeyRow {
	return signingKeyRow{ID: k.ID, Purpose: k.Purpose, Algorithm: k.Algorithm, Public: base64.StdEncoding.EncodeToString(k.Public),
		Private: k.Private, Signing: true, CreatedAt: k.CreatedAt}
}

var _ keyring.Store = (*Store)(nil)

// SigningKeys lists every key of the purpose, the signing one and the retired ones.
func (s *Store) SigningKeys(ctx context.Context, purpose string) ([]keyring.Stored, error) {
	var rows []signingKeyRow
	if err := s.db.WithContext(ctx).Where("purpose = ?", purpose).Order("created_at, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]keyring.Stored, len(rows))
	for i, r := range rows {
		public, err := base64.StdEncoding.DecodeString(r.Public)
		if err != nil {
			return nil, fmt.Errorf("signing key %s: public half: %w", r.ID, err)
		}
		out[i] = keyring.Stored{ID: r.ID, Purpose: r.Purpose, Algorithm: r.Algorithm, Public: public, Private: r.Private,
			Signing: r.Signing, CreatedAt: r.CreatedAt.UTC()}
	}
	return out, nil
}

// AddSigningKey leaves "one signing key per purpose" to the partial unique index
// signing_keys_one_signing (migration 0012): of processes starting together, one wins.
func (s *Store) AddSigningKey(ctx context.Context, k keyring.Stored) (bool, error) {
	err := s.db.WithContext(ctx).Create(ptr(toSigningKeyRow(k))).Error
	if isUniqueViolation(err) {
		return false, nil
	}
	return err == nil, err
}

// RotateSigningKey retires the signing key and stores k in its place, in one transaction.
func (s *Store) RotateSigningKey(ctx context.Context, k keyring.Stored) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("UPDATE signing_keys SET signing = ?, retired_at = ? WHERE purpose = ? AND signing",
			false, k.CreatedAt, k.Purpose).Error; err != nil {
			return err
		}
		return tx.Create(ptr(toSigningKeyRow(k))).Error
	})
}

func (s *Store) ResealKey(ctx context.Context, id, private string) error {
	res := s.db.WithContext(ctx).Exec("UPDATE signing_keys SET private = ? WHERE id = ?", private, id)
	if res.Error == nil && res.RowsAffected == 0 {
		return fmt.Errorf("reseal signing key %s: %w", id, keyring.ErrUnknownKey)
	}
	return res.Error
}
