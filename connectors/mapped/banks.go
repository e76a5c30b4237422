package mapped

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

type bankRow struct {
	ID        string `gorm:"primaryKey"`
	ShortName string
	FullName  string
	Logo      string
	Website   string
	BankCode  string
	CreatedAt time.Time
	UpdatedAt time.Time
}

func (bankRow) TableName() string { return "banks" }

type bankRoutingRow struct {
	BankID   string `gorm:"primaryKey"`
	Position int    `gorm:"primaryKey"`
	Scheme   string
	Address  string
}

func (bankRoutingRow) TableName() string { return "bank_routings" }

type bankAttributeRow struct {
	BankID string `gorm:"primaryKey"`
	Name   string `gorm:"primaryKey"`
	Value  string
}

func (bankAttributeRow) TableName() string { return "bank_attributes" }

// GetBank implements bank.Connector.
func (c *Connector) GetBank(ctx context.Context, id string) (bank.Bank, error) {
	var row bankRow
	err := c.db.WithContext(ctx).Where("id = ?", id).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return bank.Bank{}, obperr.BankNotFound
	}
	if err != nil {
		return bank.Bank{}, err
	}
	banks, err := c.withDetails(ctx, []bankRow{row})
	if err != nil {
		return bank.Bank{}, err
	}
	return banks[0], nil
}

// GetBanks implements bank.Connector. Three queries whatever the number of banks.
func (c *Connector) GetBanks(ctx context.Context) ([]bank.Bank, error) {
	var rows []bankRow
	if err := c.db.WithContext(ctx).Order("id").Find(&rows).Error; err != nil {
		return nil, err
	}
	return c.withDetails(ctx, rows)
}

// CreateOrUpdateBank implements bank.Connector: one transaction replaces the bank's row,
// routings and attributes.
func (c *Connector) CreateOrUpdateBank(ctx context.Context, b bank.Bank) (bank.Bank, error) {
	now := c.clock.Now()
	err := c.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		row := bankRow{ID: b.ID, ShortName: b.ShortName, FullName: b.FullName, Logo: b.Logo,
			Website: b.Website, BankCode: b.BankCode, CreatedAt: now, UpdatedAt: now}
		err := tx.Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "id"}},
			DoUpdates: clause.AssignmentColumns([]string{"short_name", "full_name", "logo", "website", "bank_code", "updated_at"}),
		}).Create(&row).Error
		if err != nil {
			return err
		}
		if err := tx.Where("bank_id = ?", b.ID).Delete(&bankRoutingRow{}).Error; err != nil {
			return err
		}
		if err := tx.Where("bank_id = ?", b.ID).Delete(&bankAttributeRow{}).Error; err != nil {
			return err
		}
		var routings []bankRoutingRow
		for i, r := range b.Routings {
			if r.Address == "" { // an empty address identifies nothing
				continue
			}
			routings = append(routings, bankRoutingRow{BankID: b.ID, Position: i, Scheme: r.Scheme, Address: r.Address})
		}
		if len(routings) > 0 {
			if err := tx.Create(&routings).Error; err != nil {
				return err
			}
		}
		var attrs []bankAttributeRow
		for _, a := range b.Attributes {
			attrs = append(attrs, bankAttributeRow{BankID: b.ID, Name: a.Name, Value: a.Value})
		}
		if len(attrs) > 0 {
			return tx.Create(&attrs).Error
		}
		return nil
	})
	if err != nil {
		return bank.Bank{}, err
	}
	return c.GetBank(ctx, b.ID)
}

// withDetails loads routings and attributes for rows with one query each.
func (c *Connector) withDetails(ctx context.Context, rows []bankRow) ([]bank.Bank, error) {
	if len(rows) == 0 {
		return []bank.Bank{}, nil
	}
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	var routings []bankRoutingRow
	if err := c.db.WithContext(ctx).Where("bank_id IN ?", ids).Order("bank_id, position").Find(&routings).Error; err != nil {
		return nil, err
	}
	var attrs []bankAttributeRow
	if err := c.db.WithContext(ctx).Where("bank_id IN ?", ids).Order("bank_id, name").Find(&attrs).Error; err != nil {
		return nil, err
	}
	byBank := make(map[string]*bank.Bank, len(rows))
	out := make([]bank.Bank, len(rows))
	for i, r := range rows {
		out[i] = bank.Bank{ID: r.ID, ShortName: r.ShortName, FullName: r.FullName, Logo: r.Logo,
			Website: r.Website, BankCode: r.BankCode, Routings: []routing.Routing{}, Attributes: []bank.Attribute{}}
		byBank[r.ID] = &out[i]
	}
	for _, r := range routings {
		b := byBank[r.BankID]
		b.Routings = append(b.Routings, routing.Routing{Scheme: r.Scheme, Address: r.Address})
	}
	for _, a := range attrs {
		b := byBank[a.BankID]
		b.Attributes = append(b.Attributes, bank.Attribute{Name: a.Name, Value: a.Value})
	}
	return out, nil
}
