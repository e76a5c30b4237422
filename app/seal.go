package app

import (
	"fmt"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/seal"
)

// wireSeal builds transaction sealing: users' sealing keys (sealed at rest with
// OBP_KEY_ENCRYPTION_KEY, or kept plain without one, as consent keys) and their codes.
func (s *services) wireSeal(o Options) error {
	sealer, err := keyring.NewSealer(o.KeyEncryptionKey)
	if err != nil {
		return fmt.Errorf("OBP_KEY_ENCRYPTION_KEY: %w", err)
	}
	s.seal = seal.NewService(seal.Deps{Store: s.store, Banks: s.conn, Users: s.store, Roles: s.roles, Sealer: sealer,
		Provider: o.Info.Hostname, Clock: clock.Clock(o.Now)})
	return nil
}
