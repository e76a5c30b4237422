package mapped

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// accountOneSQL reads an account with its routings and holders in one statement: the
// two lists come as JSON arrays of correlated subqueries (the engines spell them
// differently; neither is ordered here, so the lists are sorted after decoding).
var accountOneSQL = map[Engine]string{
	Postgres: `SELECT a.bank_id, a.id, a.label, a.number, a.product_code, a.branch_id, a.currency, a.balance, a.created_at,
		COALESCE((SELECT json_agg(json_build_array(r.scheme, r.address)) FROM account_routings r
			WHERE r.bank_id = a.bank_id AND r.account_id = a.id), '[]') AS routings,
		COALESCE((SELECT json_agg(h.user_id) FROM account_holders h
			WHERE h.bank_id = a.bank_id AND h.account_id = a.id), '[]') AS holders
		FROM accounts a WHERE a.bank_id = ? AND a.id = ?`,
	SQLite: `SELECT a.bank_id, a.id, a.label, a.number, a.product_code, a.branch_id, a.currency, a.balance, a.created_at,
		(SELECT json_group_array(json_array(r.scheme, r.address)) FROM account_routings r
			WHERE r.bank_id = a.bank_id AND r.account_id = a.id) AS routings,
		(SELECT json_group_array(h.user_id) FROM account_holders h
			WHERE h.bank_id = a.bank_id AND h.account_id = a.id) AS holders
		FROM accounts a WHERE a.bank_id = ? AND a.id = ?`,
}

// GetBankAccount implements account.Connector: one round trip.
func (c *Connector) GetBankAccount(ctx context.Context, ref account.Ref) (account.Account, error) {
	var row struct {
		BankID, ID, Label, Number, ProductCode, BranchID, Currency string
		Balance                                                    int64
		CreatedAt                                                  time.Time
		Routings, Holders                                          string
	}
	res := c.db.WithContext(ctx).Raw(accountOneSQL[c.engine], ref.BankID, ref.AccountID).Scan(&row)
	if res.Error != nil {
		return account.Account{}, res.Error
	}
	if res.RowsAffected == 0 || row.ID == "" {
		return account.Account{}, obperr.BankAccountNotFound
	}
	var pairs [][2]string
	if err := json.Unmarshal([]byte(row.Routings), &pairs); err != nil {
		return account.Account{}, fmt.Errorf("account %s routings: %w", ref, err)
	}
	holders := []string{}
	if err := json.Unmarshal([]byte(row.Holders), &holders); err != nil {
		return account.Account{}, fmt.Errorf("account %s holders: %w", ref, err)
	}
	routings := make([]routing.Routing, len(pairs))
	for i, p := range pairs {
		routings[i] = routing.Routing{Scheme: p[0], Address: p[1]}
	}
	slices.SortFunc(routings, func(a, b routing.Routing) int { return cmp.Compare(a.Scheme, b.Scheme) })
	slices.Sort(holders)
	r := row
	return account.Account{BankID: r.BankID, ID: r.ID, Label: r.Label, Number: r.Number, ProductCode: r.ProductCode,
		BranchID: r.BranchID, Balance: money.Money{Currency: r.Currency, Minor: r.Balance}, Routings: routings,
		HolderIDs: holders, CreatedAt: r.CreatedAt}, nil
}
