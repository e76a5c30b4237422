package mapped

import (
	"context"
	"time"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/customer"
)

type customerAttributeRow struct {
	ID         string `gorm:"primaryKey"`
	BankID     string
	CustomerID string
	Name       string
	Type       string
	Value      string
	CreatedAt  time.Time
}

func (customerAttributeRow) TableName() string { return "customer_attributes" }

// CreateOrUpdateCustomerAttribute implements customer.Connector: an attribute with a.ID
// is replaced (its creation time stays), otherwise one is added.
func (c *Connector) CreateOrUpdateCustomerAttribute(ctx context.Context, bankID, customerID string, a customer.Attribute) (customer.Attribute, error) {
	row := customerAttributeRow{ID: a.ID, BankID: bankID, CustomerID: customerID, Name: a.Name, Type: string(a.Type),
		Value: a.Value, CreatedAt: c.clock.Now()}
	err := c.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "id"}},
		DoUpdates: clause.AssignmentColumns([]string{"name", "type", "value"}),
	}).Create(&row).Error
	return a, err
}

// GetCustomerAttributes implements customer.Connector.
func (c *Connector) GetCustomerAttributes(ctx context.Context, bankID, customerID string) ([]customer.Attribute, error) {
	var rows []customerAttributeRow
	err := c.db.WithContext(ctx).Where("bank_id = ? AND customer_id = ?", bankID, customerID).
		Order("created_at, id").Find(&rows).Error
	if err != nil {
		return nil, err
	}
	out := make([]customer.Attribute, len(rows))
	for i, r := range rows {
		out[i] = toCustomerAttribute(r)
	}
	return out, nil
}

// GetCustomerAttributesForCustomers implements customer.Connector in one query.
func (c *Connector) GetCustomerAttributesForCustomers(ctx context.Context, customerIDs []string) (map[string][]customer.Attribute, error) {
	out := make(map[string][]customer.Attribute, len(customerIDs))
	if len(customerIDs) == 0 {
		return out, nil
	}
	var rows []customerAttributeRow
	err := c.db.WithContext(ctx).Where("customer_id IN ?", customerIDs).
		Order("customer_id, created_at, id").Find(&rows).Error
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[r.CustomerID] = append(out[r.CustomerID], toCustomerAttribute(r))
	}
	return out, nil
}

func toCustomerAttribute(r customerAttributeRow) customer.Attribute {
	return customer.Attribute{ID: r.ID, Name: r.Name, Type: customer.AttributeType(r.Type), Value: r.Value}
}
