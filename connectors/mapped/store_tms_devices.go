package mapped

import (
	"context"
	"encoding/base64"
	"time"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/tms"
)

type tmsDeviceRow struct {
	ID          string `gorm:"primaryKey"`
	BankID      string
	UserID      string
	Name        string
	Certificate string
	TokenHash   string
	CreatedAt   time.Time
	NotAfter    time.Time
	RevokedAt   *time.Time
}

func (tmsDeviceRow) TableName() string { return "tms_devices" }

func (r tmsDeviceRow) toDomain() (tms.Device, error) {
	der, err := base64.StdEncoding.DecodeString(r.Certificate)
	return tms.Device{ID: r.ID, BankID: r.BankID, UserID: r.UserID, Name: r.Name, Certificate: der, TokenHash: r.TokenHash,
		CreatedAt: r.CreatedAt.UTC(), NotAfter: r.NotAfter.UTC(), RevokedAt: utcPtr(r.RevokedAt)}, err
}

// CreateTmsDevice implements tms.Store.
func (s *Store) CreateTmsDevice(ctx context.Context, d tms.Device) error {
	return s.db.WithContext(ctx).Create(&tmsDeviceRow{ID: d.ID, BankID: d.BankID, UserID: d.UserID, Name: d.Name,
		Certificate: base64.StdEncoding.EncodeToString(d.Certificate), TokenHash: d.TokenHash, CreatedAt: d.CreatedAt.UTC(),
		NotAfter: d.NotAfter.UTC(), RevokedAt: utcPtr(d.RevokedAt)}).Error
}

// GetTmsDevice implements tms.Store.
func (s *Store) GetTmsDevice(ctx context.Context, bankID, id string) (tms.Device, error) {
	var r tmsDeviceRow
	err := s.db.WithContext(ctx).Where("id = ? AND bank_id = ?", id, bankID).Take(&r).Error
	if notFound(err) {
		return tms.Device{}, obperr.TmsDeviceNotFound
	}
	if err != nil {
		return tms.Device{}, err
	}
	return r.toDomain()
}

// TmsDevices implements tms.Store.
func (s *Store) TmsDevices(ctx context.Context, bankID, userID string) ([]tms.Device, error) {
	var rows []tmsDeviceRow
	if err := s.db.WithContext(ctx).Where("bank_id = ? AND user_id = ?", bankID, userID).Order("created_at, id").Limit(1000).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]tms.Device, len(rows))
	for i, r := range rows {
		var err error
		if out[i], err = r.toDomain(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// RevokeTmsDevice implements tms.Store: one conditional update.
func (s *Store) RevokeTmsDevice(ctx context.Context, bankID, userID, id string, at time.Time) (bool, error) {
	res := s.db.WithContext(ctx).Exec(`UPDATE tms_devices SET revoked_at = ? WHERE id = ? AND bank_id = ? AND user_id = ? AND revoked_at IS NULL`,
		at.UTC(), id, bankID, userID)
	return res.RowsAffected == 1, res.Error
}
