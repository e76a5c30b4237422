package rest_test

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/counterparty"
)

func (h hybrid) CreateCounterparty(ctx context.Context, c counterparty.Counterparty) (counterparty.Counterparty, error) {
	return h.rest.CreateCounterparty(ctx, c)
}
func (h hybrid) GetCounterparties(ctx context.Context, ref account.Ref, viewID string, limit, offset int) ([]counterparty.Counterparty, error) {
	return h.rest.GetCounterparties(ctx, ref, viewID, limit, offset)
}
func (h hybrid) GetCounterpartyByCounterpartyID(ctx context.Context, id string) (counterparty.Counterparty, error) {
	return h.rest.GetCounterpartyByCounterpartyID(ctx, id)
}
func (h hybrid) GetCounterpartyByName(ctx context.Context, ref account.Ref, viewID, name string) (counterparty.Counterparty, error) {
	return h.rest.GetCounterpartyByName(ctx, ref, viewID, name)
}
func (h hybrid) DeleteCounterpartyByCounterpartyID(ctx context.Context, id string) error {
	return h.rest.DeleteCounterpartyByCounterpartyID(ctx, id)
}
