package mapped

import (
	"context"
	"time"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/seal"
)

type sealingKeyRow struct {
	ID        string `gorm:"primaryKey"`
	BankID    string
	UserID    string
	Name      string
	Alias     string
	Platform  string
	Version   string
	Secret    string
	CreatedAt time.Time
	RevokedAt *time.Time
}

func (sealingKeyRow) TableName() string { return "sealing_keys" }

func (r sealingKeyRow) toDomain() seal.Key {
	return seal.Key{ID: r.ID, BankID: r.BankID, UserID: r.UserID,
		Device: seal.Device{Name: r.Name, Alias: r.Alias, Platform: r.Platform, Version: r.Version},
		Secret: r.Secret, CreatedAt: r.CreatedAt.UTC(), RevokedAt: utcPtr(r.RevokedAt)}
}

type sealingCodeRow struct {
	UserID string `gorm:"primaryKey"`
	KeyID  string `gorm:"primaryKey"`
	Step   int64  `gorm:"primaryKey"`
	Code   string `gorm:"primaryKey"`
	UsedAt time.Time
}

func (sealingCodeRow) TableName() string { return "sealing_codes" }

// CreateSealingKey implements seal.Store.
func (s *Store) CreateSealingKey(ctx context.Context, k seal.Key) error {
	return s.db.WithContext(ctx).Create(&sealingKeyRow{ID: k.ID, BankID: k.BankID, UserID: k.UserID, Name: k.Name,
		Alias: k.Alias, Platform: k.Platform, Version: k.Version, Secret: k.Secret, CreatedAt: k.CreatedAt.UTC(),
		RevokedAt: utcPtr(k.RevokedAt)}).Error
}

// GetSealingKey implements seal.Store.
func (s *Store) GetSealingKey(ctx context.Context, bankID, id string) (seal.Key, error) {
	var r sealingKeyRow
	err := s.db.WithContext(ctx).Where("id = ? AND bank_id = ?", id, bankID).Take(&r).Error
	if notFound(err) {
		return seal.Key{}, obperr.SealingKeyNotFound
	}
	return r.toDomain(), err
}

// SealingKeys implements seal.Store.
func (s *Store) SealingKeys(ctx context.Context, bankID, userID string) ([]seal.Key, error) {
	q := s.db.WithContext(ctx).Where("user_id = ?", userID)
	if bankID != "" {
		q = q.Where("bank_id = ?", bankID)
	}
	var rows []sealingKeyRow
	if err := q.Order("created_at, id").Limit(1000).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]seal.Key, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

// RevokeSealingKey implements seal.Store: one conditional update.
func (s *Store) RevokeSealingKey(ctx context.Context, bankID, userID, id string, at time.Time) (bool, error) {
	res := s.db.WithContext(ctx).Exec(`UPDATE sealing_keys SET revoked_at = ? WHERE id = ? AND bank_id = ? AND user_id = ? AND revoked_at IS NULL`,
		at.UTC(), id, bankID, userID)
	return res.RowsAffected == 1, res.Error
}

// UseSealingCode implements seal.Store: the primary key makes one of two racing inserts
// of the same code a no-op.
func (s *Store) UseSealingCode(ctx context.Context, userID, keyID string, step uint64, code string, at time.Time) (bool, error) {
	res := s.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&sealingCodeRow{UserID: userID, KeyID: keyID,
		Step: int64(step), Code: code, UsedAt: at.UTC()})
	return res.RowsAffected == 1, res.Error
}
