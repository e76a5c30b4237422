package payment

import (
	"context"

	"github.com/obp-go/obp/domain/bank"
)

// Banks finds the bank whose supported request types are asked for.
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// SupportedTypes lists the request types an existing bank supports, in a stable order.
// As in OBP (transactionRequests_supported_types), one setting serves every bank.
func (s *Service) SupportedTypes(ctx context.Context, bankID string) ([]Type, error) {
	if _, err := s.banks.GetBank(ctx, bankID); err != nil {
		return nil, err
	}
	types := []Type{}
	for _, t := range AllTypes {
		if s.enabledTypes[t] {
			types = append(types, t)
		}
	}
	return types, nil
}
