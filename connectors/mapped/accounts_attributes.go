package mapped

import (
	"context"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/ids"
)

type accountAttributeRow struct {
	ID          string `gorm:"primaryKey"`
	BankID      string
	AccountID   string
	ProductCode string
	Name        string
	Type        string
	Value       string
}

func (accountAttributeRow) TableName() string { return "account_attributes" }

// GetAccountAttributes implements account.Connector.
func (c *Connector) GetAccountAttributes(ctx context.Context, ref account.Ref) ([]account.Attribute, error) {
	var rows []accountAttributeRow
	if err := c.db.WithContext(ctx).Where("bank_id = ? AND account_id = ?", ref.BankID, ref.AccountID).Order("name").Limit(1000).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]account.Attribute, len(rows))
	for i, r := range rows {
		out[i] = account.Attribute{ID: r.ID, Name: r.Name, Type: r.Type, Value: r.Value, ProductCode: r.ProductCode}
	}
	return out, nil
}

// CreateOrUpdateAccountAttribute implements account.Connector: by name, per account.
func (c *Connector) CreateOrUpdateAccountAttribute(ctx context.Context, ref account.Ref, a account.Attribute) (account.Attribute, error) {
	row := accountAttributeRow{ID: ids.New(), BankID: ref.BankID, AccountID: ref.AccountID, ProductCode: a.ProductCode,
		Name: a.Name, Type: a.Type, Value: a.Value}
	err := c.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "bank_id"}, {Name: "account_id"}, {Name: "name"}},
		DoUpdates: clause.AssignmentColumns([]string{"type", "value", "product_code"}),
	}).Create(&row).Error
	if err != nil {
		return account.Attribute{}, err
	}
	var stored accountAttributeRow
	if err := c.db.WithContext(ctx).Where("bank_id = ? AND account_id = ? AND name = ?", ref.BankID, ref.AccountID, a.Name).Take(&stored).Error; err != nil {
		return account.Attribute{}, err
	}
	return account.Attribute{ID: stored.ID, Name: stored.Name, Type: stored.Type, Value: stored.Value, ProductCode: stored.ProductCode}, nil
}
