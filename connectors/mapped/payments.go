package mapped

import (
	"context"
	"fmt"
	"math"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/routing"
)

var _ payment.Connector = (*Connector)(nil)

// Thresholds configures getChallengeThreshold: whole currency units, by type.
type Thresholds struct {
	Default int64
	PerType map[string]int64
}

// SetChallengeThresholds replaces the connector's challenge thresholds.
func (c *Connector) SetChallengeThresholds(t Thresholds) { c.thresholds = t }

// GetChallengeThreshold implements payment.Connector.
func (c *Connector) GetChallengeThreshold(_ context.Context, _, _, _ string, t payment.Type, currency, _ string) (int64, error) {
	units := c.thresholds.Default
	if units <= 0 {
		units = payment.DefaultChallengeThreshold
	}
	if v, ok := c.thresholds.PerType[string(t)]; ok {
		units = v
	}
	return units * int64(math.Pow10(money.Exponent(currency))), nil
}

// GetBankAccountByRouting implements payment.Connector: only verified routings (assigned by
// the bank or set by an administrator) identify a payee.
func (c *Connector) GetBankAccountByRouting(ctx context.Context, r routing.Routing) (account.Account, error) {
	var row accountRoutingRow
	err := c.db.WithContext(ctx).Where("scheme = ? AND address = ? AND verified", r.Scheme, r.Address).Take(&row).Error
	if notFound(err) {
		return account.Account{}, obperr.BankAccountNotFound
	}
	if err != nil {
		return account.Account{}, err
	}
	return c.GetBankAccount(ctx, account.Ref{BankID: row.BankID, AccountID: row.AccountID})
}

// GetSettlementAccount implements payment.Connector. Settlement accounts are system
// accounts: the server creates them on first use, with no holder, marked in a column no
// caller can set, and finds them by that mark, never by their well-known id alone. The id
// is OBP's (OBP-INCOMING-SETTLEMENT-ACCOUNT-EUR); account creation refuses the OBP- prefix.
func (c *Connector) GetSettlementAccount(ctx context.Context, bankID string, d payment.Direction, currency string) (account.Ref, error) {
	role := string(d) + "_SETTLEMENT"
	find := func() (account.Ref, bool, error) {
		var row accountRow
		err := c.db.WithContext(ctx).Where("bank_id = ? AND system_role = ? AND currency = ?", bankID, role, currency).Take(&row).Error
		if notFound(err) {
			return account.Ref{}, false, nil
		}
		return account.Ref{BankID: row.BankID, AccountID: row.ID}, err == nil, err
	}
	if ref, ok, err := find(); ok || err != nil {
		return ref, err
	}
	id := "OBP-" + string(d) + "-SETTLEMENT-ACCOUNT-" + currency
	now := c.clock.Now()
	err := c.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&accountRow{BankID: bankID, ID: id,
		Label: "Default " + string(d) + " settlement account (" + currency + ")", Number: id, ProductCode: "SETTLEMENT",
		Currency: currency, SystemRole: role, CreatedAt: now, UpdatedAt: now}).Error
	if err != nil {
		return account.Ref{}, err
	}
	ref, ok, err := find()
	if err == nil && !ok {
		// Only an account made outside the server (by hand, in the database) can hold the id
		// unmarked; the 0008 preflight refuses those at start.
		err = fmt.Errorf("settlement account %s at bank %s: the id is taken by an account that is not a system account", id, bankID)
	}
	return ref, err
}
