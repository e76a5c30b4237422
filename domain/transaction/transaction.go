// Package transaction holds posted transactions — one leg on one account; a transfer is
// two legs summing to zero — and the connector capability that reads and posts them.
package transaction

import (
	"context"
	"errors"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
)

// Transaction is one leg of a movement on one account. Amount is signed: negative for a
// debit. NewBalance is the account's balance after this leg.
type Transaction struct {
	ID          string
	BankID      string
	AccountID   string
	TransferID  string // shared by the two legs of one movement
	Other       account.Ref
	OtherHolder string
	Type        string
	Description string
	Amount      money.Money
	NewBalance  money.Money
	Posted      time.Time
	Completed   time.Time
}

// Ref is the account the transaction is on.
func (t Transaction) Ref() account.Ref { return account.Ref{BankID: t.BankID, AccountID: t.AccountID} }

// Query selects a page of an account's transactions.
type Query struct {
	Limit, Offset int
	Descending    bool // newest first
	From, To      time.Time
}

// Transfer is a movement of Amount (minor units, > 0) of Currency from one account to
// another of this server.
type Transfer struct {
	ID             string // the transfer id shared by both legs
	From, To       account.Ref
	Amount         money.Money // above zero
	Type           string
	Description    string
	Posted         time.Time
	Completed      time.Time
	AllowOverdraft bool   // historical imports may take the source below zero
	RefundOf       string // the transaction this transfer refunds; the ledger refunds one at most once
}

// Posted is the result of a transfer: its two legs.
type Posted struct {
	Debit, Credit Transaction
}

// ErrTransferPosted is MakePayment's answer to a transfer id it has already posted: the
// money moved once, and will not move again.
var ErrTransferPosted = errors.New("this transfer has already been posted")

// Connector is the core-banking capability for transactions, with OBP's method names.
type Connector interface {
	// GetTransactions returns a page of an account's transactions by posted date.
	GetTransactions(ctx context.Context, ref account.Ref, q Query) ([]Transaction, error)
	// GetTransaction returns obperr.TransactionNotFound when the account has no such one.
	GetTransaction(ctx context.Context, ref account.Ref, id string) (Transaction, error)
	// MakePayment posts both legs and both balance updates atomically: either everything
	// is written or nothing. It refuses (obperr.InsufficientFunds) to take the source
	// below zero unless AllowOverdraft, and (obperr.InvalidTransactionRequestCurrency) a
	// currency other than both accounts'. A transfer id posts once: again, it is
	// ErrTransferPosted; a second refund of one transaction is obperr.RefundedTransaction.
	MakePayment(ctx context.Context, t Transfer) (Posted, error)
	// GetDoubleEntryBookTransaction returns both legs of the movement a transaction of the
	// account belongs to (obperr.DoubleEntryTransactionNotFound).
	GetDoubleEntryBookTransaction(ctx context.Context, ref account.Ref, transactionID string) (Posted, error)
	// GetCounterpartiesFromTransactions lists the other sides of an account's transactions, each once.
	GetCounterpartiesFromTransactions(ctx context.Context, ref account.Ref) ([]OtherAccount, error)
}

// ErrOutcomeUnknown is MakePayment's answer when it cannot tell whether the transfer was
// posted (a remote core banking system that timed out or failed mid-call). It is no
// refusal: the caller leaves the payment for reconciliation, which asks the ledger.
var ErrOutcomeUnknown = errors.New("the transfer's outcome is unknown")
