package consent

import (
	"context"

	"github.com/obp-go/obp/domain/sca"
)

// Decided is a decoupled challenge's decision, as the challenge framework reports it
// (registered with sca.Service.OnDecided): accepted, the consent becomes ACCEPTED and
// its user gets what it grants, as after a right code; declined, it is REJECTED.
func (s *Service) Decided(ctx context.Context, ch sca.Challenge, accepted bool) error {
	c, err := s.store.GetConsent(ctx, ch.PurposeID)
	if err != nil {
		return err
	}
	if accepted {
		_, err = s.accept(ctx, c)
	} else {
		_, err = s.reject(ctx, c)
	}
	return err
}
