package rest

import (
	"context"
	"fmt"
	"strings"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

var (
	getTransactions = define(read(port.GetTransactions, obperr.InvalidConnectorResponseForGetTransactions, nil),
		"A page of the account's transactions by posted date (startDate), oldest first unless sortDirection is DESC. "+
			"fromDate and toDate bound the posted date, both inclusive, in the text form OBP-API sends (Java's "+
			"Date.toString in UTC, e.g. \"Tue Jan 02 12:00:00 UTC 2024\"); no bound is sent as OBP's defaults "+
			"(1970-01-01 and 3049-01-01). sortDirection is ours.",
		func(ctx context.Context, b port.Connector, out OutBoundGetTransactions) ([]TransactionCommons, error) {
			ref := account.Ref{BankID: out.BankID.Value, AccountID: out.AccountID.Value}
			q, err := out.query()
			if err != nil {
				return nil, err
			}
			list, err := b.GetTransactions(ctx, ref, q)
			if err != nil {
				return nil, err
			}
			return newTransactionCommonsList(ctx, b, list)
		})
	getTransaction = define(read(port.GetTransaction, obperr.InvalidConnectorResponseForGetTransaction, obperr.TransactionNotFound),
		"One transaction of the account; errorCode OBP-30067 when the account has no such transaction.",
		func(ctx context.Context, b port.Connector, out OutBoundGetTransaction) (TransactionCommons, error) {
			t, err := b.GetTransaction(ctx, account.Ref{BankID: out.BankID.Value, AccountID: out.AccountID.Value}, out.TransactionID.Value)
			if err != nil {
				return TransactionCommons{}, err
			}
			list, err := newTransactionCommonsList(ctx, b, []transaction.Transaction{t})
			if err != nil {
				return TransactionCommons{}, err
			}
			return list[0], nil
		})
)

// OutBoundGetTransactions asks for a page of an account's transactions: OBP's parameters,
// plus our sort direction.
type OutBoundGetTransactions struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	AccountID                  ID                         `json:"accountId"`
	Limit                      int                        `json:"limit"`
	Offset                     int                        `json:"offset"`
	FromDate                   string                     `json:"fromDate"` // Java's Date.toString in UTC; see queryDateLayout
	ToDate                     string                     `json:"toDate"`
	// SortDirection is ours: "ASC" (oldest first, also when absent) or "DESC", by posted date.
	SortDirection string `json:"sortDirection,omitempty"`
}

// InBoundGetTransactions answers getTransactions.
type InBoundGetTransactions = InBound[[]TransactionCommons]

// OutBoundGetTransaction asks for one transaction of an account.
type OutBoundGetTransaction struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	AccountID                  ID                         `json:"accountId"`
	TransactionID              ID                         `json:"transactionId"`
}

// InBoundGetTransaction answers getTransaction.
type InBoundGetTransaction = InBound[TransactionCommons]

// TransactionCommons is OBP's transaction record: one leg on thisAccount. Amount is
// signed (negative for a debit) and, like balance (the account's balance after this
// leg), a decimal string in currency. startDate is the posted date, finishDate the
// completed one. TransferID is ours.
type TransactionCommons struct {
	UUID            string                  `json:"uuid"` // this server sends the transaction id
	ID              ID                      `json:"id"`
	ThisAccount     BankAccountCommons      `json:"thisAccount"`
	OtherAccount    TransactionCounterparty `json:"otherAccount"`
	TransactionType string                  `json:"transactionType"`
	Amount          string                  `json:"amount"`
	Currency        string                  `json:"currency"`
	Description     string                  `json:"description"`
	StartDate       Date                    `json:"startDate"`
	FinishDate      Date                    `json:"finishDate"`
	Balance         string                  `json:"balance"`
	// TransferID is ours: the id both legs of one movement share (for a payment, its
	// transaction request id).
	TransferID string `json:"transferId,omitempty"`
}

// TransactionCounterparty is OBP's Counterparty record: the other side of a transaction
// as the transaction names it (not a saved counterparty, CounterpartyTraitCommons). This
// server names another account of its own by the scheme "OBP": otherBankRoutingAddress
// is its bank id, otherAccountRoutingAddress its account id; counterpartyName is its
// holder's name.
type TransactionCounterparty struct {
	NationalIdentifier         string `json:"nationalIdentifier"`
	Kind                       string `json:"kind"`
	CounterpartyID             string `json:"counterpartyId"`
	CounterpartyName           string `json:"counterpartyName"`
	ThisBankID                 ID     `json:"thisBankId"`
	ThisAccountID              ID     `json:"thisAccountId"`
	OtherBankRoutingScheme     string `json:"otherBankRoutingScheme"`
	OtherBankRoutingAddress    string `json:"otherBankRoutingAddress"`
	OtherAccountRoutingScheme  string `json:"otherAccountRoutingScheme"`
	OtherAccountRoutingAddress string `json:"otherAccountRoutingAddress"`
	OtherAccountProvider       string `json:"otherAccountProvider"`
	IsBeneficiary              bool   `json:"isBeneficiary"`
}

// obpScheme is the routing scheme whose address is an id on this server.
const obpScheme = "OBP"

// newTransactionCounterparty is the other side o of the account this.
func newTransactionCounterparty(this account.Ref, o transaction.OtherAccount) TransactionCounterparty {
	return TransactionCounterparty{CounterpartyName: o.Holder, ThisBankID: ID{this.BankID}, ThisAccountID: ID{this.AccountID},
		OtherBankRoutingScheme: obpScheme, OtherBankRoutingAddress: o.Ref.BankID,
		OtherAccountRoutingScheme: obpScheme, OtherAccountRoutingAddress: o.Ref.AccountID, OtherAccountProvider: obpScheme}
}

// OtherAccount is the account the record names: its "OBP" routings, else no account
// (an account elsewhere, e.g. an IBAN, is no account of this server), and its holder.
func (c TransactionCounterparty) OtherAccount() transaction.OtherAccount {
	out := transaction.OtherAccount{Holder: c.CounterpartyName}
	if strings.EqualFold(c.OtherBankRoutingScheme, obpScheme) && strings.EqualFold(c.OtherAccountRoutingScheme, obpScheme) {
		out.Ref = account.Ref{BankID: c.OtherBankRoutingAddress, AccountID: c.OtherAccountRoutingAddress}
	}
	return out
}

// NewTransactionCommons is OBP's record of t, a leg on the account this.
func NewTransactionCommons(t transaction.Transaction, this account.Account) TransactionCommons {
	return TransactionCommons{UUID: t.ID, ID: ID{t.ID}, ThisAccount: FromAccount(this),
		OtherAccount:    newTransactionCounterparty(t.Ref(), transaction.OtherAccount{Ref: t.Other, Holder: t.OtherHolder}),
		TransactionType: t.Type, Amount: t.Amount.String(), Currency: t.Amount.Currency, Description: t.Description,
		StartDate: Date{t.Posted}, FinishDate: Date{t.Completed}, Balance: t.NewBalance.String(), TransferID: t.TransferID}
}

// Transaction is the leg the record describes; an amount or balance that is no amount
// of its currency is an error.
func (r TransactionCommons) Transaction() (transaction.Transaction, error) {
	amount, err := money.Parse(r.Amount, r.Currency)
	if err != nil {
		return transaction.Transaction{}, fmt.Errorf("transaction %s: amount %q %q: %w", r.ID.Value, r.Amount, r.Currency, err)
	}
	balance, err := money.Parse(r.Balance, r.Currency)
	if err != nil {
		return transaction.Transaction{}, fmt.Errorf("transaction %s: balance %q %q: %w", r.ID.Value, r.Balance, r.Currency, err)
	}
	other := r.OtherAccount.OtherAccount()
	return transaction.Transaction{ID: r.ID.Value, BankID: r.ThisAccount.BankID.Value, AccountID: r.ThisAccount.AccountID.Value,
		TransferID: r.TransferID, Other: other.Ref, OtherHolder: other.Holder, Type: r.TransactionType,
		Description: r.Description, Amount: amount, NewBalance: balance,
		Posted: r.StartDate.UTC(), Completed: r.FinishDate.UTC()}, nil
}

// newTransactionCommonsList is OBP's records of list, each with its account as it
// stands (read once per account). Never nil.
func newTransactionCommonsList(ctx context.Context, b port.Connector, list []transaction.Transaction) ([]TransactionCommons, error) {
	out := make([]TransactionCommons, 0, len(list))
	accounts := map[account.Ref]account.Account{}
	for _, t := range list {
		a, ok := accounts[t.Ref()]
		if !ok {
			var err error
			if a, err = b.GetBankAccount(ctx, t.Ref()); err != nil {
				return nil, fmt.Errorf("the account of transaction %s: %w", t.ID, err)
			}
			accounts[t.Ref()] = a
		}
		out = append(out, NewTransactionCommons(t, a))
	}
	return out, nil
}
