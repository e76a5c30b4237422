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

// accountsSQL reads accounts with their routings and holders in one statement: the two
// lists come as JSON arrays of correlated subqueries (the engines spell them
// differently; neither is ordered here, so the lists are sorted after decoding). The
// WHERE clause is appended: one account, or a page of them.
var accountsSQL = map[Engine]string{
	Postgres: `SELECT a.bank_id, a.id, a.label, a.number, a.product_code, a.branch_id, a.currency, a.balance, a.created_at,
		COALESCE((SELECT json_agg(json_build_array(r.scheme, r.address)) FROM account_routings r
			WHERE r.bank_id = a.bank_id AND r.account_id = a.id), '[]') AS routings,
		COALESCE((SELECT json_agg(h.user_id) FROM account_holders h
			WHERE h.bank_id = a.bank_id AND h.account_id = a.id), '[]') AS holders
		FROM accounts a WHERE `,
	SQLite: `SELECT a.bank_id, a.id, a.label, a.number, a.product_code, a.branch_id, a.currency, a.balance, a.created_at,
		(SELECT json_group_array(json_array(r.scheme, r.address)) FROM account_routings r
			WHERE r.bank_id = a.bank_id AND r.account_id = a.id) AS routings,
		(SELECT json_group_array(h.user_id) FROM account_holders h
			WHERE h.bank_id = a.bank_id AND h.account_id = a.id) AS holders
		FROM accounts a WHERE `,
}

// GetBankAccount implements account.Connector: one round trip.
func (c *Connector) GetBankAccount(ctx context.Context, ref account.Ref) (account.Account, error) {
	list, err := c.GetBankAccounts(ctx, []account.Ref{ref})
	if err != nil {
		return account.Account{}, err
	}
	if len(list) == 0 {
		return account.Account{}, obperr.BankAccountNotFound
	}
	return list[0], nil
}

// GetBankAccounts implements account.Connector: one round trip for a page of accounts,
// in (bank, account) order; accounts that do not exist are left out.
func (c *Connector) GetBankAccounts(ctx context.Context, refs []account.Ref) ([]account.Account, error) {
	if len(refs) == 0 {
		return []account.Account{}, nil
	}
	where, args := refsWhereColumns(refs, "a.bank_id", "a.id")
	// Scanned by hand: the read of every account call, where gorm's reflection was a
	// fifth of the allocations.
	rows, err := c.db.WithContext(ctx).Raw(accountsSQL[c.engine]+where+" ORDER BY a.bank_id, a.id", args...).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]account.Account, 0, len(refs))
	for rows.Next() {
		var r accountWithLists
		if err := rows.Scan(&r.BankID, &r.ID, &r.Label, &r.Number, &r.ProductCode, &r.BranchID, &r.Currency, &r.Balance,
			&r.CreatedAt, &r.Routings, &r.Holders); err != nil {
			return nil, err
		}
		a, err := r.toDomain()
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, rows.Close()
}

// accountWithLists is a row of accountsSQL.
type accountWithLists struct {
	BankID, ID, Label, Number, ProductCode, BranchID, Currency string
	Balance                                                    int64
	CreatedAt                                                  time.Time
	Routings, Holders                                          string
}

func (r accountWithLists) toDomain() (account.Account, error) {
	var pairs [][2]string
	if err := json.Unmarshal([]byte(r.Routings), &pairs); err != nil {
		return account.Account{}, fmt.Errorf("account %s/%s routings: %w", r.BankID, r.ID, err)
	}
	holders := []string{}
	if err := json.Unmarshal([]byte(r.Holders), &holders); err != nil {
		return account.Account{}, fmt.Errorf("account %s/%s holders: %w", r.BankID, r.ID, err)
	}
	routings := make([]routing.Routing, len(pairs))
	for i, p := range pairs {
		routings[i] = routing.Routing{Scheme: p[0], Address: p[1]}
	}
	slices.SortFunc(routings, func(a, b routing.Routing) int { return cmp.Compare(a.Scheme, b.Scheme) })
	slices.Sort(holders)
	return account.Account{BankID: r.BankID, ID: r.ID, Label: r.Label, Number: r.Number, ProductCode: r.ProductCode,
		BranchID: r.BranchID, Balance: money.Money{Currency: r.Currency, Minor: r.Balance}, Routings: routings,
		HolderIDs: holders, CreatedAt: r.CreatedAt}, nil
}
