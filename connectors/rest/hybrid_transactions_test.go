package rest_test

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/transaction"
)

func (h hybrid) GetTransactions(ctx context.Context, ref account.Ref, q transaction.Query) ([]transaction.Transaction, error) {
	return h.rest.GetTransactions(ctx, ref, q)
}
func (h hybrid) GetTransaction(ctx context.Context, ref account.Ref, id string) (transaction.Transaction, error) {
	return h.rest.GetTransaction(ctx, ref, id)
}
func (h hybrid) MakePayment(ctx context.Context, t transaction.Transfer) (transaction.Posted, error) {
	return h.rest.MakePayment(ctx, t)
}
func (h hybrid) GetDoubleEntryBookTransaction(ctx context.Context, ref account.Ref, id string) (transaction.Posted, error) {
	return h.rest.GetDoubleEntryBookTransaction(ctx, ref, id)
}
func (h hybrid) GetCounterpartiesFromTransactions(ctx context.Context, ref account.Ref) ([]transaction.OtherAccount, error) {
	return h.rest.GetCounterpartiesFromTransactions(ctx, ref)
}
func (h hybrid) DebitLegOf(ctx context.Context, transferID string) (string, bool, error) {
	return h.rest.DebitLegOf(ctx, transferID)
}
