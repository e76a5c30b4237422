package app

import (
	"fmt"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/tms"
)

// wireTMS builds the TMS service: devices, their banks' CAs (the CA keys sealed at rest
// with OBP_KEY_ENCRYPTION_KEY, or kept plain without one, as consent keys) and the TMS.
// OnDecided stays nil until the challenge framework's TMS method takes the decisions.
func (s *services) wireTMS(o Options) error {
	sealer, err := keyring.NewSealer(o.KeyEncryptionKey)
	if err != nil {
		return fmt.Errorf("OBP_KEY_ENCRYPTION_KEY: %w", err)
	}
	s.tms = tms.NewService(tms.Deps{Store: s.store, Banks: s.conn, Users: s.store, Sealer: sealer, Clock: clock.Clock(o.Now)})
	return nil
}
