package app

import (
	"context"
	"errors"
	"fmt"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
)

// hostnameSetting is where the server's identity is kept when no OBP_HOSTNAME names it.
const hostnameSetting = "server_hostname"

// settleHostname fixes the server's public base URL, which is also the token issuer and
// the provider of local users: Info.Hostname (OBP_HOSTNAME) when set; otherwise the one
// kept in the database, chosen once by the first process to start on it (its
// DefaultHostname, the listen address) and read by every later one, so that processes
// on other ports or hosts agree without configuration. An explicit OBP_HOSTNAME is
// never written: it overrides, and removing it returns to the kept identity.
func settleHostname(ctx context.Context, o *Options) error {
	if o.Info.Hostname != "" {
		return nil
	}
	if o.DefaultHostname == "" {
		return errors.New("the server's hostname is unknown: set OBP_HOSTNAME")
	}
	v, err := mapped.NewStore(o.DB, clock.Clock(o.Now)).ServerSecret(ctx, hostnameSetting, func() string { return o.DefaultHostname })
	if err != nil {
		return fmt.Errorf("server hostname: %w", err)
	}
	o.Info.Hostname = v
	return nil
}
