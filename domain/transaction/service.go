package transaction

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// Accounts finds the accounts transactions belong to.
type Accounts interface {
	GetBankAccount(ctx context.Context, ref account.Ref) (account.Account, error)
}

// Users names the holders of the account a statement is about.
type Users interface {
	GetUsers(ctx context.Context, ids []string) ([]user.User, error)
}

// Service holds the transaction use cases; it is the only way to transactions.
type Service struct {
	conn     Connector
	accounts Accounts
	users    Users
}

// NewService returns the transaction use cases over conn.
func NewService(conn Connector, accounts Accounts, users Users) *Service {
	return &Service{conn: conn, accounts: accounts, users: users}
}

// Statement is an account, its holders and a page of its transactions.
type Statement struct {
	Account      account.Account
	Holders      map[string]user.User // by user id
	Transactions []Transaction
}

// statement loads the account with its holders.
func (s *Service) statement(ctx context.Context, ref account.Ref) (Statement, error) {
	a, err := s.accounts.GetBankAccount(ctx, ref)
	if err != nil {
		return Statement{}, err
	}
	list, err := s.users.GetUsers(ctx, a.HolderIDs)
	if err != nil {
		return Statement{}, err
	}
	holders := make(map[string]user.User, len(list))
	for _, u := range list {
		holders[u.ID] = u
	}
	return Statement{Account: a, Holders: holders}, nil
}

// List returns the account with a page of its transactions by posted date.
func (s *Service) List(ctx context.Context, ref account.Ref, q Query) (Statement, error) {
	st, err := s.statement(ctx, ref)
	if err != nil {
		return Statement{}, err
	}
	st.Transactions, err = s.conn.GetTransactions(ctx, ref, q)
	return st, err
}

// Get returns the account with one of its transactions (obperr.TransactionNotFound).
func (s *Service) Get(ctx context.Context, ref account.Ref, id string) (Statement, error) {
	st, err := s.statement(ctx, ref)
	if err != nil {
		return Statement{}, err
	}
	t, err := s.conn.GetTransaction(ctx, ref, id)
	if err != nil {
		return Statement{}, err
	}
	st.Transactions = []Transaction{t}
	return st, nil
}

// Historical is a movement recorded after the fact (OBP's historical transaction).
type Historical struct {
	From, To          account.Ref
	Currency, Amount  string
	Description, Type string
	Posted, Completed time.Time
}

// RecordHistorical writes both legs of a past movement between two accounts of this
// server, with both balance updates, in one database transaction. The source may go
// below zero: this is how sandboxes and migrations fund accounts.
func (s *Service) RecordHistorical(ctx context.Context, h Historical) (Posted, error) {
	amount, err := money.PaymentFromRequest(h.Amount, h.Currency)
	if err != nil {
		return Posted{}, err
	}
	if h.From == h.To {
		return Posted{}, obperr.SameAccount
	}
	for _, ref := range []account.Ref{h.From, h.To} {
		if _, err := s.accounts.GetBankAccount(ctx, ref); err != nil {
			return Posted{}, err
		}
	}
	if h.Type == "" {
		h.Type = "HISTORICAL"
	}
	if h.Completed.IsZero() {
		h.Completed = h.Posted
	}
	return s.conn.MakePayment(ctx, Transfer{ID: ids.New(), From: h.From, To: h.To, Amount: amount,
		Type: h.Type, Description: h.Description, Posted: h.Posted, Completed: h.Completed, AllowOverdraft: true})
}
