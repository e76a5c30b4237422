package rest_test

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/routing"
)

func (h hybrid) GetBankAccount(ctx context.Context, ref account.Ref) (account.Account, error) {
	return h.rest.GetBankAccount(ctx, ref)
}
func (h hybrid) GetBankAccounts(ctx context.Context, refs []account.Ref) ([]account.Account, error) {
	return h.rest.GetBankAccounts(ctx, refs)
}
func (h hybrid) GetAccountsHeld(ctx context.Context, bankID, userID string) ([]account.Account, error) {
	return h.rest.GetAccountsHeld(ctx, bankID, userID)
}
func (h hybrid) CreateBankAccount(ctx context.Context, a account.Account) (account.Account, error) {
	return h.rest.CreateBankAccount(ctx, a)
}
func (h hybrid) UpdateAccountLabel(ctx context.Context, ref account.Ref, label string) error {
	return h.rest.UpdateAccountLabel(ctx, ref, label)
}
func (h hybrid) GetAccountAttributes(ctx context.Context, ref account.Ref) ([]account.Attribute, error) {
	return h.rest.GetAccountAttributes(ctx, ref)
}
func (h hybrid) CreateOrUpdateAccountAttribute(ctx context.Context, ref account.Ref, a account.Attribute) (account.Attribute, error) {
	return h.rest.CreateOrUpdateAccountAttribute(ctx, ref, a)
}
func (h hybrid) GetChallengeThreshold(ctx context.Context, bankID, accountID, viewID string, t payment.Type, currency, userID string) (int64, error) {
	return h.rest.GetChallengeThreshold(ctx, bankID, accountID, viewID, t, currency, userID)
}
func (h hybrid) GetBankAccountByRouting(ctx context.Context, r routing.Routing) (account.Account, error) {
	return h.rest.GetBankAccountByRouting(ctx, r)
}
func (h hybrid) GetSettlementAccount(ctx context.Context, bankID string, d payment.Direction, currency string) (account.Ref, error) {
	return h.rest.GetSettlementAccount(ctx, bankID, d, currency)
}
