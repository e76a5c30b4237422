package mapped

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

type accountRow struct {
	BankID      string `gorm:"primaryKey"`
	ID          string `gorm:"primaryKey"`
	Label       string
	Number      string
	ProductCode string
	BranchID    string
	Currency    string
	Balance     int64
	// SystemRole marks the accounts the server itself owns (settlement accounts); "" for
	// every account opened through the API. No caller can set it.
	SystemRole string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

func (accountRow) TableName() string { return "accounts" }

type accountRoutingRow struct {
	BankID    string `gorm:"primaryKey"`
	AccountID string `gorm:"primaryKey"`
	Scheme    string `gorm:"primaryKey"`
	Address   string
	// Verified routings were assigned by the bank or set by an administrator; only they
	// resolve a payee. Every routing stored since migration 0008 is; older ones are not.
	Verified bool
}

func (accountRoutingRow) TableName() string { return "account_routings" }

type accountHolderRow struct {
	BankID    string `gorm:"primaryKey"`
	AccountID string `gorm:"primaryKey"`
	UserID    string `gorm:"primaryKey"`
}

func (accountHolderRow) TableName() string { return "account_holders" }

var _ account.Connector = (*Connector)(nil)

// GetAccountsHeld implements account.Connector.
func (c *Connector) GetAccountsHeld(ctx context.Context, bankID, userID string) ([]account.Account, error) {
	q := c.db.WithContext(ctx).Model(&accountRow{}).
		Joins("JOIN account_holders h ON h.bank_id = accounts.bank_id AND h.account_id = accounts.id").
		Where("h.user_id = ?", userID)
	if bankID != "" {
		q = q.Where("accounts.bank_id = ?", bankID)
	}
	var rows []accountRow
	if err := q.Select("accounts.*").Order("accounts.bank_id, accounts.id").Limit(1000).Find(&rows).Error; err != nil {
		return nil, err
	}
	return c.withAccountDetails(ctx, rows)
}

// CreateBankAccount implements account.Connector: the account, its routings and holders
// in one transaction.
func (c *Connector) CreateBankAccount(ctx context.Context, a account.Account) (account.Account, error) {
	now := c.clock.Now()
	err := c.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		row := accountRow{BankID: a.BankID, ID: a.ID, Label: a.Label, Number: a.Number, ProductCode: a.ProductCode,
			BranchID: a.BranchID, Currency: a.Balance.Currency, Balance: a.Balance.Minor, CreatedAt: now, UpdatedAt: now}
		if err := tx.Create(&row).Error; err != nil {
			if isUniqueViolation(err) {
				return obperr.AccountIDAlreadyExists
			}
			return err
		}
		for _, r := range a.Routings {
			if err := tx.Create(&accountRoutingRow{BankID: a.BankID, AccountID: a.ID, Scheme: r.Scheme, Address: r.Address, Verified: true}).Error; err != nil {
				if isUniqueViolation(err) {
					return obperr.AccountRoutingAlreadyExist.With("%s %s", r.Scheme, r.Address)
				}
				return err
			}
		}
		for _, u := range a.HolderIDs {
			if err := tx.Create(&accountHolderRow{BankID: a.BankID, AccountID: a.ID, UserID: u}).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return account.Account{}, err
	}
	return c.GetBankAccount(ctx, a.Ref())
}

// UpdateAccountLabel implements account.Connector.
func (c *Connector) UpdateAccountLabel(ctx context.Context, ref account.Ref, label string) error {
	res := c.db.WithContext(ctx).Model(&accountRow{}).Where("bank_id = ? AND id = ?", ref.BankID, ref.AccountID).
		Updates(map[string]any{"label": label, "updated_at": c.clock.Now()})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.BankAccountNotFound
	}
	return res.Error
}

func (c *Connector) withAccountDetails(ctx context.Context, rows []accountRow) ([]account.Account, error) {
	out := make([]account.Account, len(rows))
	if len(rows) == 0 {
		return out, nil
	}
	refs := make([]account.Ref, len(rows))
	byRef := map[account.Ref]*account.Account{}
	for i, r := range rows {
		out[i] = account.Account{BankID: r.BankID, ID: r.ID, Label: r.Label, Number: r.Number, ProductCode: r.ProductCode,
			BranchID: r.BranchID, Balance: money.Money{Currency: r.Currency, Minor: r.Balance}, Routings: []routing.Routing{}, HolderIDs: []string{},
			CreatedAt: r.CreatedAt}
		refs[i] = out[i].Ref()
		byRef[refs[i]] = &out[i]
	}
	where, args := refsWhereColumns(refs, "bank_id", "account_id")
	var routings []accountRoutingRow
	if err := c.db.WithContext(ctx).Where(where, args...).Order("bank_id, account_id, scheme").Find(&routings).Error; err != nil {
		return nil, err
	}
	for _, r := range routings {
		a := byRef[account.Ref{BankID: r.BankID, AccountID: r.AccountID}]
		a.Routings = append(a.Routings, routing.Routing{Scheme: r.Scheme, Address: r.Address})
	}
	var holders []accountHolderRow
	if err := c.db.WithContext(ctx).Where(where, args...).Order("bank_id, account_id, user_id").Find(&holders).Error; err != nil {
		return nil, err
	}
	for _, h := range holders {
		a := byRef[account.Ref{BankID: h.BankID, AccountID: h.AccountID}]
		a.HolderIDs = append(a.HolderIDs, h.UserID)
	}
	return out, nil
}

// refsWhereColumns matches (bank, account) pairs portably on both engines; callers
// bound the number of refs (a page of accounts).
func refsWhereColumns(refs []account.Ref, bankCol, accountCol string) (string, []any) {
	clause := ""
	args := make([]any, 0, 2*len(refs))
	for i, r := range refs {
		if i > 0 {
			clause += " OR "
		}
		clause += "(" + bankCol + " = ? AND " + accountCol + " = ?)"
		args = append(args, r.BankID, r.AccountID)
	}
	return clause, args
}
