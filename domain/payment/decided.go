package payment

import (
	"context"

	"github.com/obp-go/obp/domain/sca"
)

// Decided is a decoupled challenge's decision, as the challenge framework reports it
// (registered with sca.Service.OnDecided): accepted, it counts as a correct answer —
// the payment is posted once enough are in, once however many arrive; declined, the
// request is REJECTED.
func (s *Service) Decided(ctx context.Context, c sca.Challenge, accepted bool) error {
	r, err := s.store.GetTransactionRequest(ctx, c.PurposeID)
	if err != nil {
		return err
	}
	if !accepted {
		_, err = s.finish(ctx, r, awaiting, Rejected, "", "declined by "+c.UserID)
		return err
	}
	_, err = s.completeIfAnswered(ctx, r)
	return err
}
