package mapped

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/transaction"
)

type transactionRow struct {
	ID             string `gorm:"primaryKey"`
	BankID         string
	AccountID      string
	TransferID     string
	OtherBankID    string
	OtherAccountID string
	OtherHolder    string
	Type           string
	Description    string
	Currency       string
	Amount         int64
	NewBalance     int64
	RefundOf       string // on the debit leg of a refund: the refunded transaction
	PostedAt       time.Time
	CompletedAt    time.Time
	CreatedAt      time.Time
}

func (transactionRow) TableName() string { return "transactions" }

func (r transactionRow) toDomain() transaction.Transaction {
	return transaction.Transaction{ID: r.ID, BankID: r.BankID, AccountID: r.AccountID, TransferID: r.TransferID,
		Other: account.Ref{BankID: r.OtherBankID, AccountID: r.OtherAccountID}, OtherHolder: r.OtherHolder, Type: r.Type,
		Description: r.Description, Amount: money.Money{Currency: r.Currency, Minor: r.Amount},
		NewBalance: money.Money{Currency: r.Currency, Minor: r.NewBalance},
		Posted:     r.PostedAt.UTC(), Completed: r.CompletedAt.UTC()}
}

var _ transaction.Connector = (*Connector)(nil)

// GetTransactions implements transaction.Connector.
func (c *Connector) GetTransactions(ctx context.Context, ref account.Ref, q transaction.Query) ([]transaction.Transaction, error) {
	db := c.db.WithContext(ctx).Where("bank_id = ? AND account_id = ?", ref.BankID, ref.AccountID)
	if !q.From.IsZero() {
		db = db.Where("posted_at >= ?", q.From.UTC())
	}
	if !q.To.IsZero() {
		db = db.Where("posted_at <= ?", q.To.UTC())
	}
	order := "posted_at, id"
	if q.Descending {
		order = "posted_at DESC, id DESC"
	}
	var rows []transactionRow
	if err := page(db.Order(order), q.Limit, q.Offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]transaction.Transaction, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

// GetTransaction implements transaction.Connector.
func (c *Connector) GetTransaction(ctx context.Context, ref account.Ref, id string) (transaction.Transaction, error) {
	var r transactionRow
	err := c.db.WithContext(ctx).Where("id = ? AND bank_id = ? AND account_id = ?", id, ref.BankID, ref.AccountID).Take(&r).Error
	if notFound(err) {
		return transaction.Transaction{}, obperr.TransactionNotFound
	}
	return r.toDomain(), err
}

// MakePayment implements transaction.Connector: one database transaction locks both
// account rows in a fixed order (so two opposite transfers cannot deadlock), checks the
// funds and currencies, moves both balances and writes both legs: the locking read (with
// each side's holder name), then the writes (writePosting: one statement on PostgreSQL).
func (c *Connector) MakePayment(ctx context.Context, t transaction.Transfer) (transaction.Posted, error) {
	return c.makePayment(ctx, t, nil)
}

var _ payment.RecordingLedger = (*Connector)(nil)

// MakePaymentRecording implements payment.RecordingLedger: MakePayment with the request
// inserted in the same transaction, so that a payment commits once. Only for a Store on
// this connector's database (the app wires it so).
func (c *Connector) MakePaymentRecording(ctx context.Context, t transaction.Transfer, r payment.Request) (transaction.Posted, error) {
	row := toRequestRow(r)
	return c.makePayment(ctx, t, &row)
}

func (c *Connector) makePayment(ctx context.Context, t transaction.Transfer, request *transactionRequestRow) (transaction.Posted, error) {
	if t.From == t.To {
		return transaction.Posted{}, obperr.SameAccount
	}
	var posted transaction.Posted
	err := c.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		accounts, err := c.lockPair(tx, t.From, t.To)
		if err != nil {
			return err
		}
		from, to := accounts[t.From], accounts[t.To]
		currency, amount := t.Amount.Currency, t.Amount.Minor
		if from.Currency != currency || to.Currency != currency {
			return obperr.InvalidTransactionRequestCurrency
		}
		if !t.AllowOverdraft && from.Balance < amount {
			return obperr.InsufficientFunds
		}
		now := c.clock.Now()
		debit := transactionRow{ID: ids.New(), BankID: t.From.BankID, AccountID: t.From.AccountID, TransferID: t.ID,
			OtherBankID: t.To.BankID, OtherAccountID: t.To.AccountID, OtherHolder: to.Holder, Type: t.Type,
			Description: t.Description, Currency: currency, Amount: -amount, NewBalance: from.Balance - amount,
			PostedAt: t.Posted.UTC(), CompletedAt: t.Completed.UTC(), CreatedAt: now}
		debit.RefundOf = t.RefundOf
		credit := debit
		credit.RefundOf = ""
		credit.ID, credit.BankID, credit.AccountID = ids.New(), t.To.BankID, t.To.AccountID
		credit.OtherBankID, credit.OtherAccountID, credit.OtherHolder = t.From.BankID, t.From.AccountID, from.Holder
		credit.Amount, credit.NewBalance = amount, to.Balance+amount
		if request != nil {
			request.TransactionID = debit.ID
		}
		if err := c.writePosting(tx, now, debit, credit, request); err != nil {
			return err
		}
		posted = transaction.Posted{Debit: debit.toDomain(), Credit: credit.toDomain()}
		return nil
	})
	if isUniqueViolation(err) {
		return transaction.Posted{}, c.whichPostingConstraint(ctx, t, request != nil)
	}
	return posted, err
}

// whichPostingConstraint names the constraint a transfer ran into: its request was
// recorded before (when the posting records it), its id was posted before, or the
// transaction it refunds was refunded by another transfer.
func (c *Connector) whichPostingConstraint(ctx context.Context, t transaction.Transfer, recording bool) error {
	if recording {
		var n int64
		if err := c.db.WithContext(ctx).Model(&transactionRequestRow{}).Where("id = ?", t.ID).Count(&n).Error; err != nil {
			return err
		} else if n > 0 {
			return payment.ErrRequestExists
		}
	}
	if _, posted, err := c.DebitLegOf(ctx, t.ID); err != nil {
		return err
	} else if posted {
		return transaction.ErrTransferPosted
	}
	if t.RefundOf != "" {
		return obperr.RefundedTransaction
	}
	return fmt.Errorf("transfer %s: a ledger constraint refused it", t.ID)
}

// lockedAccount is what a payment reads of each side under its lock.
type lockedAccount struct {
	BankID, ID, Currency string
	Balance              int64
	// Holder names the account on the other side's leg: its first holder's username.
	Holder string
}

// lockPairSQL reads two accounts, each with its first holder's username. On PostgreSQL
// the rows are locked in the ORDER BY's (bank, account) order: the lock is taken above
// the sort, so every payment locks its pair in one global order. SQLite has a single
// writer, so its transaction is already exclusive.
var lockPairSQL = `SELECT a.bank_id, a.id, a.currency, a.balance,
	COALESCE((SELECT u.username FROM account_holders h JOIN users u ON u.id = h.user_id
		WHERE h.bank_id = a.bank_id AND h.account_id = a.id ORDER BY u.username LIMIT 1), '') AS holder
	FROM accounts a WHERE (a.bank_id = ? AND a.id = ?) OR (a.bank_id = ? AND a.id = ?)
	ORDER BY a.bank_id, a.id`

func (c *Connector) lockPair(tx *gorm.DB, from, to account.Ref) (map[account.Ref]lockedAccount, error) {
	q := lockPairSQL
	if c.engine == Postgres {
		q += " FOR UPDATE OF a"
	}
	var rows []lockedAccount
	if err := scanRaw(tx, &rows, q, from.BankID, from.AccountID, to.BankID, to.AccountID); err != nil {
		return nil, err
	}
	out := make(map[account.Ref]lockedAccount, 2)
	for _, r := range rows {
		out[account.Ref{BankID: r.BankID, AccountID: r.ID}] = r
	}
	if len(out) != 2 {
		return nil, obperr.BankAccountNotFound
	}
	return out, nil
}

// GetDoubleEntryBookTransaction implements transaction.Connector.
func (c *Connector) GetDoubleEntryBookTransaction(ctx context.Context, ref account.Ref, transactionID string) (transaction.Posted, error) {
	one, err := c.GetTransaction(ctx, ref, transactionID)
	if err != nil {
		return transaction.Posted{}, obperr.DoubleEntryTransactionNotFound
	}
	var rows []transactionRow
	if err := c.db.WithContext(ctx).Where("transfer_id = ?", one.TransferID).Limit(3).Find(&rows).Error; err != nil {
		return transaction.Posted{}, err
	}
	var p transaction.Posted
	for _, r := range rows {
		if r.Amount < 0 {
			p.Debit = r.toDomain()
		} else {
			p.Credit = r.toDomain()
		}
	}
	if len(rows) != 2 || p.Debit.ID == "" || p.Credit.ID == "" {
		return transaction.Posted{}, obperr.DoubleEntryTransactionNotFound
	}
	return p, nil
}

// DebitLegOf implements payment.LegFinder.
func (c *Connector) DebitLegOf(ctx context.Context, transferID string) (string, bool, error) {
	var id string
	err := scanRaw(c.db.WithContext(ctx), &id, "SELECT id FROM transactions WHERE transfer_id = ? AND amount < 0", transferID)
	return id, id != "", err
}
