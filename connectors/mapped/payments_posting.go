package mapped

import (
	"strings"
	"time"

	"gorm.io/gorm"
)

// The writes of a posting, after its accounts are locked and checked: both balances,
// both legs and, when the posting records it, the transaction request. On PostgreSQL
// they are one statement (data-modifying WITH clauses), so a payment's transaction is
// four round trips: BEGIN, the locking read, this statement, COMMIT. SQLite has no
// writing WITH clauses; its writes are the same statements one after the other.
//
// The column lists name every column of transactionRow and transactionRequestRow: a
// column added to either is added here too (the payment tests read every field back).

const setBalancesSQL = `UPDATE accounts SET updated_at = ?,
	balance = CASE WHEN bank_id = ? AND id = ? THEN CAST(? AS BIGINT) ELSE CAST(? AS BIGINT) END
	WHERE (bank_id = ? AND id = ?) OR (bank_id = ? AND id = ?)`

const insertLegsSQL = `INSERT INTO transactions (id, bank_id, account_id, transfer_id, other_bank_id,
	other_account_id, other_holder, type, description, currency, amount, new_balance, refund_of, posted_at,
	completed_at, created_at) VALUES ` + legValuesSQL + `, ` + legValuesSQL

const legValuesSQL = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

const insertRequestSQL = `INSERT INTO transaction_requests (id, bank_id, account_id, view_id, type, status,
	currency, amount, to_bank_id, to_account_id, counterparty_id, refund_of, external, description, charge_policy,
	details, transaction_id, failure, required_answers, created_by_user_id, consumer_id, created_at, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func legValues(r transactionRow) []any {
	return []any{r.ID, r.BankID, r.AccountID, r.TransferID, r.OtherBankID, r.OtherAccountID, r.OtherHolder, r.Type,
		r.Description, r.Currency, r.Amount, r.NewBalance, r.RefundOf, r.PostedAt, r.CompletedAt, r.CreatedAt}
}

func requestValues(r transactionRequestRow) []any {
	return []any{r.ID, r.BankID, r.AccountID, r.ViewID, r.Type, r.Status, r.Currency, r.Amount, r.ToBankID, r.ToAccountID,
		r.CounterpartyID, r.RefundOf, r.External, r.Description, r.ChargePolicy, r.Details, r.TransactionID, r.Failure,
		r.RequiredAnswers, r.CreatedByUserID, r.ConsumerID, r.CreatedAt, r.UpdatedAt}
}

// writePosting moves both balances to the legs' new balances and inserts the legs and,
// unless nil, the request, inside tx.
func (c *Connector) writePosting(tx *gorm.DB, now time.Time, debit, credit transactionRow, request *transactionRequestRow) error {
	balances := []any{now, debit.BankID, debit.AccountID, debit.NewBalance, credit.NewBalance,
		debit.BankID, debit.AccountID, credit.BankID, credit.AccountID}
	legs := append(legValues(debit), legValues(credit)...)
	var rest []any
	if request != nil {
		rest = requestValues(*request)
	}
	if c.engine == Postgres {
		var sql strings.Builder
		sql.WriteString("WITH balances AS (" + setBalancesSQL + ")")
		if request == nil {
			sql.WriteString(" " + insertLegsSQL)
		} else {
			sql.WriteString(", legs AS (" + insertLegsSQL + ") " + insertRequestSQL)
		}
		return tx.Exec(sql.String(), append(append(balances, legs...), rest...)...).Error
	}
	if err := tx.Exec(setBalancesSQL, balances...).Error; err != nil {
		return err
	}
	if err := tx.Exec(insertLegsSQL, legs...).Error; err != nil {
		return err
	}
	if request == nil {
		return nil
	}
	return tx.Exec(insertRequestSQL, rest...).Error
}
