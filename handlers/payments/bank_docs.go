package payments

import (
	"context"

	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/handlers"
)

// BankTypes is what the bank-level endpoints need of the payment service.
type BankTypes interface {
	SupportedTypes(ctx context.Context, bankID string) ([]payment.Type, error)
}

// Historical is what the bank-level endpoints need of the transaction service.
type Historical interface {
	RecordHistorical(ctx context.Context, h transaction.Historical) (transaction.Posted, error)
}

// BankDeps is what the bank-level payment endpoints need.
type BankDeps struct {
	Types      BankTypes
	Historical Historical
}

// bankArea serves the payment endpoints about a whole bank rather than one account.
type bankArea struct{ deps BankDeps }

// BankDocs declares the bank-level payment endpoints: the request types a bank supports
// and historical transactions between two of its accounts.
func BankDocs(d BankDeps) []handlers.ResourceDoc {
	a := &bankArea{deps: d}
	return append(a.transactionRequestTypeDocs(), a.historicalDocs()...)
}
