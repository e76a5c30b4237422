package mapped

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/domain/obperr"
)

type kycStatusRow struct {
	ID             string `gorm:"primaryKey"`
	BankID         string
	CustomerID     string
	CustomerNumber string
	OK             bool `gorm:"column:ok"`
	Date           time.Time
	CreatedAt      time.Time
}

func (kycStatusRow) TableName() string { return "kyc_statuses" }

// CreateOrUpdateKycStatus implements kyc.Connector: the customer's kyc_status and the new
// entry of its timeline are one transaction, so that neither is seen without the other.
func (c *Connector) CreateOrUpdateKycStatus(ctx context.Context, s kyc.Status) (kyc.Status, error) {
	s.Date = s.Date.UTC()
	update := map[string]any{"kyc_status": s.OK}
	if s.OK {
		update["last_ok_date"] = s.Date
	}
	err := c.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Model(&customerRow{}).Where("id = ? AND bank_id = ?", s.CustomerID, s.BankID).Updates(update)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return obperr.CustomerNotFoundByCustomerID
		}
		return tx.Create(&kycStatusRow{ID: s.ID, BankID: s.BankID, CustomerID: s.CustomerID,
			CustomerNumber: s.CustomerNumber, OK: s.OK, Date: s.Date, CreatedAt: c.clock.Now().UTC()}).Error
	})
	return s, err
}

// GetKycStatuses implements kyc.Connector: the timeline in the order it was written.
func (c *Connector) GetKycStatuses(ctx context.Context, customerID string) ([]kyc.Status, error) {
	var rows []kycStatusRow
	if err := c.db.WithContext(ctx).Where("customer_id = ?", customerID).Order("created_at, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]kyc.Status, len(rows))
	for i, r := range rows {
		out[i] = kyc.Status{ID: r.ID, BankID: r.BankID, CustomerID: r.CustomerID, CustomerNumber: r.CustomerNumber,
			OK: r.OK, Date: r.Date.UTC()}
	}
	return out, nil
}
