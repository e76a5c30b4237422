package accounts

import (
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// getTransactions serves the full (VIEW_ID) and the core (most permissive view) lists.
func (a *area) getTransactions(c *handlers.Call) error {
	q, err := transactionQuery(c)
	if err != nil {
		return err
	}
	through, err := c.View()
	if err != nil {
		return err
	}
	st, err := a.transactions.List(c.Ctx, c.AccountRef(), q)
	if err != nil {
		return err
	}
	out, err := moderatedTransactions(st, through)
	if err != nil {
		return err
	}
	return c.JSON(transactionsJSON{Transactions: out})
}

func (a *area) getTransactionByIDForBankAccount(c *handlers.Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	st, err := a.transactions.Get(c.Ctx, c.AccountRef(), c.Param("TRANSACTION_ID"))
	if err != nil {
		return err
	}
	out, err := moderatedTransactions(st, through)
	if err != nil {
		return err
	}
	return c.JSON(out[0])
}

func (a *area) saveHistoricalTransaction(c *handlers.Call) error {
	var in historicalPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	h, err := in.toHistorical()
	if err != nil {
		return err
	}
	p, err := a.transactions.RecordHistorical(c.Ctx, h)
	if err != nil {
		return err
	}
	return c.JSON(toHistoricalJSON(in, p))
}

// moderatedTransactions renders a statement's transactions as the view shows them.
func moderatedTransactions(st transaction.Statement, through view.View) ([]map[string]any, error) {
	out := make([]map[string]any, len(st.Transactions))
	for i, t := range st.Transactions {
		var err error
		if out[i], err = handlers.Moderate(toTransactionJSON(t, st.Account, st.Holders), transactionShape, through); err != nil {
			return nil, err
		}
	}
	return out, nil
}
