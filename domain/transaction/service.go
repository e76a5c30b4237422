package transaction

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
)

// Service holds the transaction use cases.
type Service struct {
	Conn     Connector
	Accounts account.Connector
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
	amount, err := money.Parse(h.Amount, h.Currency)
	if err == money.ErrCurrency {
		return Posted{}, obperr.InvalidISOCurrencyCode
	}
	if err != nil {
		return Posted{}, obperr.InvalidAmount.Field("/value/amount", "%s", err.Error())
	}
	if amount.Minor <= 0 {
		return Posted{}, obperr.NotPositiveAmount
	}
	if h.From == h.To {
		return Posted{}, obperr.SameAccount
	}
	for _, ref := range []account.Ref{h.From, h.To} {
		if _, err := s.Accounts.GetBankAccount(ctx, ref); err != nil {
			return Posted{}, err
		}
	}
	if h.Type == "" {
		h.Type = "HISTORICAL"
	}
	if h.Completed.IsZero() {
		h.Completed = h.Posted
	}
	return s.Conn.MakePayment(ctx, Transfer{ID: ids.New(), From: h.From, To: h.To, Currency: h.Currency, Amount: amount.Minor,
		Type: h.Type, Description: h.Description, Posted: h.Posted, Completed: h.Completed, AllowOverdraft: true})
}
