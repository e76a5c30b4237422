package mapped

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/kyc"
)

type kycMediaRow struct {
	ID                     string `gorm:"primaryKey"`
	BankID                 string
	CustomerID             string
	CustomerNumber         string
	Type                   string
	URL                    string `gorm:"column:url"`
	Date                   time.Time
	RelatesToKycDocumentID string `gorm:"column:relates_to_kyc_document_id"`
	RelatesToKycCheckID    string `gorm:"column:relates_to_kyc_check_id"`
	CreatedAt              time.Time
}

func (kycMediaRow) TableName() string { return "kyc_media" }

// CreateOrUpdateKycMedia implements kyc.Connector.
func (c *Connector) CreateOrUpdateKycMedia(ctx context.Context, m kyc.Media) (kyc.Media, error) {
	m.Date = m.Date.UTC()
	row := kycMediaRow{ID: m.ID, BankID: m.BankID, CustomerID: m.CustomerID, CustomerNumber: m.CustomerNumber,
		Type: m.Type, URL: m.URL, Date: m.Date, RelatesToKycDocumentID: m.RelatesToKycDocumentID,
		RelatesToKycCheckID: m.RelatesToKycCheckID, CreatedAt: c.clock.Now().UTC()}
	err := c.upsertKyc(ctx, "kyc_media", &row,
		[]string{"customer_number", "type", "url", "date", "relates_to_kyc_document_id", "relates_to_kyc_check_id"})
	return m, err
}

// GetKycMedias implements kyc.Connector.
func (c *Connector) GetKycMedias(ctx context.Context, customerID string) ([]kyc.Media, error) {
	var rows []kycMediaRow
	if err := c.db.WithContext(ctx).Where("customer_id = ?", customerID).Order("created_at, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]kyc.Media, len(rows))
	for i, r := range rows {
		out[i] = kyc.Media{ID: r.ID, BankID: r.BankID, CustomerID: r.CustomerID, CustomerNumber: r.CustomerNumber,
			Type: r.Type, URL: r.URL, Date: r.Date.UTC(), RelatesToKycDocumentID: r.RelatesToKycDocumentID,
			RelatesToKycCheckID: r.RelatesToKycCheckID}
	}
	return out, nil
}
