package app

import (
	"context"
	"errors"
	"fmt"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/tms"
)

// wireTMS builds the TMS service: devices, their banks' CAs (the CA keys sealed at rest
// with OBP_KEY_ENCRYPTION_KEY, or kept plain without one, as consent keys) and the TMS.
// A TMS started for a challenge (the TMS SCA method) decides that challenge.
func (s *services) wireTMS(o Options) error {
	sealer, err := keyring.NewSealer(o.KeyEncryptionKey)
	if err != nil {
		return fmt.Errorf("OBP_KEY_ENCRYPTION_KEY: %w", err)
	}
	s.tms = tms.NewService(tms.Deps{Store: s.store, Banks: s.conn, Users: s.store, Sealer: sealer, Clock: clock.Clock(o.Now),
		OnDecided: s.decideByTMS})
	return nil
}

// decideByTMS passes a device's signed decision on to the challenge its TMS was started
// for: the payment, consent or auth-context update then goes on (or is rejected) as after
// any decision. A TMS a relying party started through the API decides nothing here.
func (s *services) decideByTMS(ctx context.Context, t tms.TMS, accepted bool) error {
	id := tms.ChallengeOf(t)
	if id == "" {
		return nil
	}
	c, err := s.challenges.Get(ctx, id)
	if err != nil {
		return err
	}
	if c.Method != tms.MethodName || c.MethodRef != t.ID || c.UserID != t.UserID {
		return fmt.Errorf("TMS %s does not confirm challenge %s", t.ID, id)
	}
	_, err = s.challenges.Decide(ctx, id, accepted, "TMS "+t.ID+" signed by device "+t.CompletedBy)
	if errors.Is(err, sca.ErrSettled) {
		return nil // decided before (the request was cancelled or answered meanwhile): the TMS stands as signed
	}
	return err
}
