package transaction

import (
	"context"

	"github.com/obp-go/obp/domain/account"
)

// OtherAccount is an account on the other side of some of an account's transactions, as
// those transactions name it.
type OtherAccount struct {
	Ref    account.Ref
	Holder string
}

// OtherAccounts lists, once each, the accounts the account at ref (which must exist) has
// shared a transaction with: OBP's other accounts.
func (s *Service) OtherAccounts(ctx context.Context, ref account.Ref) ([]OtherAccount, error) {
	if _, err := s.accounts.GetBankAccount(ctx, ref); err != nil {
		return nil, err
	}
	return s.conn.GetCounterpartiesFromTransactions(ctx, ref)
}
