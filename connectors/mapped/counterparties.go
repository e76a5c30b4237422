package mapped

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

var _ counterparty.Connector = (*Connector)(nil)

type counterpartyRow struct {
	ID                                  string `gorm:"primaryKey"`
	ThisBankID                          string
	ThisAccountID                       string
	ThisViewID                          string
	Name                                string
	Description                         string
	Currency                            string
	CreatedByUserID                     string
	OtherAccountRoutingScheme           string
	OtherAccountRoutingAddress          string
	OtherAccountSecondaryRoutingScheme  string
	OtherAccountSecondaryRoutingAddress string
	OtherBankRoutingScheme              string
	OtherBankRoutingAddress             string
	OtherBranchRoutingScheme            string
	OtherBranchRoutingAddress           string
	IsBeneficiary                       bool
	Bespoke                             string // JSON array of {"key", "value"}
	CreatedAt                           time.Time
}

func (counterpartyRow) TableName() string { return "counterparties" }

type bespokeJSON struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// CreateCounterparty implements counterparty.Connector.
func (c *Connector) CreateCounterparty(ctx context.Context, cp counterparty.Counterparty) (counterparty.Counterparty, error) {
	row, err := toCounterpartyRow(cp)
	if err != nil {
		return counterparty.Counterparty{}, err
	}
	err = c.db.WithContext(ctx).Create(&row).Error
	if isUniqueViolation(err) {
		return counterparty.Counterparty{}, obperr.CounterpartyAlreadyExists
	}
	if err != nil {
		return counterparty.Counterparty{}, err
	}
	return fromCounterpartyRow(row)
}

// GetCounterparties implements counterparty.Connector.
func (c *Connector) GetCounterparties(ctx context.Context, ref account.Ref, viewID string, limit, offset int) ([]counterparty.Counterparty, error) {
	var rows []counterpartyRow
	q := c.db.WithContext(ctx).
		Where("this_bank_id = ? AND this_account_id = ? AND this_view_id = ?", ref.BankID, ref.AccountID, viewID).
		Order("created_at, id")
	if err := page(q, limit, offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]counterparty.Counterparty, len(rows))
	for i, r := range rows {
		var err error
		if out[i], err = fromCounterpartyRow(r); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// GetCounterpartyByCounterpartyID implements counterparty.Connector.
func (c *Connector) GetCounterpartyByCounterpartyID(ctx context.Context, counterpartyID string) (counterparty.Counterparty, error) {
	var row counterpartyRow
	err := c.db.WithContext(ctx).Where("id = ?", counterpartyID).Take(&row).Error
	if notFound(err) {
		return counterparty.Counterparty{}, obperr.CounterpartyNotFoundByCounterpartyID
	}
	if err != nil {
		return counterparty.Counterparty{}, err
	}
	return fromCounterpartyRow(row)
}

// GetCounterpartyByName implements counterparty.Connector (OBP's checkCounterpartyExists).
func (c *Connector) GetCounterpartyByName(ctx context.Context, ref account.Ref, viewID, name string) (counterparty.Counterparty, error) {
	var row counterpartyRow
	err := c.db.WithContext(ctx).
		Where("this_bank_id = ? AND this_account_id = ? AND this_view_id = ? AND name = ?", ref.BankID, ref.AccountID, viewID, name).
		Take(&row).Error
	if notFound(err) {
		return counterparty.Counterparty{}, obperr.CounterpartyNotFound
	}
	if err != nil {
		return counterparty.Counterparty{}, err
	}
	return fromCounterpartyRow(row)
}

// DeleteCounterpartyByCounterpartyID implements counterparty.Connector.
func (c *Connector) DeleteCounterpartyByCounterpartyID(ctx context.Context, counterpartyID string) error {
	res := c.db.WithContext(ctx).Where("id = ?", counterpartyID).Delete(&counterpartyRow{})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.CounterpartyNotFoundByCounterpartyID
	}
	return res.Error
}

func toCounterpartyRow(cp counterparty.Counterparty) (counterpartyRow, error) {
	bespoke := make([]bespokeJSON, len(cp.Bespoke))
	for i, b := range cp.Bespoke {
		bespoke[i] = bespokeJSON{Key: b.Key, Value: b.Value}
	}
	raw, err := json.Marshal(bespoke)
	if err != nil {
		return counterpartyRow{}, err
	}
	return counterpartyRow{ID: cp.ID, ThisBankID: cp.ThisBankID, ThisAccountID: cp.ThisAccountID, ThisViewID: cp.ThisViewID,
		Name: cp.Name, Description: cp.Description, Currency: cp.Currency, CreatedByUserID: cp.CreatedByUserID,
		OtherAccountRoutingScheme: cp.OtherAccountRouting.Scheme, OtherAccountRoutingAddress: cp.OtherAccountRouting.Address,
		OtherAccountSecondaryRoutingScheme:  cp.OtherAccountSecondaryRouting.Scheme,
		OtherAccountSecondaryRoutingAddress: cp.OtherAccountSecondaryRouting.Address,
		OtherBankRoutingScheme:              cp.OtherBankRouting.Scheme, OtherBankRoutingAddress: cp.OtherBankRouting.Address,
		OtherBranchRoutingScheme: cp.OtherBranchRouting.Scheme, OtherBranchRoutingAddress: cp.OtherBranchRouting.Address,
		IsBeneficiary: cp.IsBeneficiary, Bespoke: string(raw), CreatedAt: cp.CreatedAt.UTC()}, nil
}

func fromCounterpartyRow(r counterpartyRow) (counterparty.Counterparty, error) {
	var raw []bespokeJSON
	if err := json.Unmarshal([]byte(r.Bespoke), &raw); err != nil {
		return counterparty.Counterparty{}, fmt.Errorf("counterparty %s: bespoke: %w", r.ID, err)
	}
	bespoke := make([]counterparty.Bespoke, len(raw))
	for i, b := range raw {
		bespoke[i] = counterparty.Bespoke{Key: b.Key, Value: b.Value}
	}
	return counterparty.Counterparty{ID: r.ID, ThisBankID: r.ThisBankID, ThisAccountID: r.ThisAccountID, ThisViewID: r.ThisViewID,
		Name: r.Name, Description: r.Description, Currency: r.Currency, CreatedByUserID: r.CreatedByUserID,
		OtherAccountRouting:          routing.Routing{Scheme: r.OtherAccountRoutingScheme, Address: r.OtherAccountRoutingAddress},
		OtherAccountSecondaryRouting: routing.Routing{Scheme: r.OtherAccountSecondaryRoutingScheme, Address: r.OtherAccountSecondaryRoutingAddress},
		OtherBankRouting:             routing.Routing{Scheme: r.OtherBankRoutingScheme, Address: r.OtherBankRoutingAddress},
		OtherBranchRouting:           routing.Routing{Scheme: r.OtherBranchRoutingScheme, Address: r.OtherBranchRoutingAddress},
		IsBeneficiary:                r.IsBeneficiary, Bespoke: bespoke, CreatedAt: r.CreatedAt.UTC()}, nil
}
