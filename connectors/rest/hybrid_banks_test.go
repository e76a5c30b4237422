package rest_test

import (
	"context"

	"github.com/obp-go/obp/domain/bank"
)

func (h hybrid) GetBank(ctx context.Context, id string) (bank.Bank, error) {
	return h.rest.GetBank(ctx, id)
}
func (h hybrid) GetBanks(ctx context.Context) ([]bank.Bank, error) { return h.rest.GetBanks(ctx) }
func (h hybrid) CreateOrUpdateBank(ctx context.Context, b bank.Bank) (bank.Bank, error) {
	return h.rest.CreateOrUpdateBank(ctx, b)
}
