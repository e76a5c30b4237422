package mapped

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/transaction"
)

// GetCounterpartiesFromTransactions implements transaction.Connector: one row per other
// account, named as its latest-sorting holder name, in a stable order.
func (c *Connector) GetCounterpartiesFromTransactions(ctx context.Context, ref account.Ref) ([]transaction.OtherAccount, error) {
	var rows []struct {
		OtherBankID    string
		OtherAccountID string
		OtherHolder    string
	}
	err := c.db.WithContext(ctx).Model(&transactionRow{}).
		Select("other_bank_id, other_account_id, MAX(other_holder) AS other_holder").
		Where("bank_id = ? AND account_id = ?", ref.BankID, ref.AccountID).
		Group("other_bank_id, other_account_id").Order("other_bank_id, other_account_id").
		Limit(1000).Scan(&rows).Error
	if err != nil {
		return nil, err
	}
	out := make([]transaction.OtherAccount, len(rows))
	for i, r := range rows {
		out[i] = transaction.OtherAccount{Ref: account.Ref{BankID: r.OtherBankID, AccountID: r.OtherAccountID}, Holder: r.OtherHolder}
	}
	return out, nil
}
