package account

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
)

// FundsCheck is the answer to "could the account pay this?" and when it was given.
type FundsCheck struct {
	Available bool
	At        time.Time
}

// FundsAvailable answers OBP's confirmation of funds: yes when the account's balance, in
// the asked currency, covers amount. Both are required (OBP-20055); the amount must be a
// decimal for the currency (OBP-20054), the currency ISO 4217 (OBP-10003). Another
// currency than the account's is answered no, as OBP does.
func (s *Service) FundsAvailable(ctx context.Context, ref Ref, amount, currency string) (FundsCheck, error) {
	switch {
	case amount == "":
		return FundsCheck{}, obperr.MissingQueryParams.Field("amount", "amount")
	case currency == "":
		return FundsCheck{}, obperr.MissingQueryParams.Field("currency", "currency")
	}
	asked, err := money.FromRequest(amount, currency, "amount", obperr.InvalidAmount)
	if err != nil {
		return FundsCheck{}, err
	}
	a, err := s.conn.GetBankAccount(ctx, ref)
	if err != nil {
		return FundsCheck{}, err
	}
	ok := a.Balance.Currency == asked.Currency && a.Balance.Minor >= asked.Minor
	return FundsCheck{Available: ok, At: s.clock.Now()}, nil
}
