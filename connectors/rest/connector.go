package rest

import (
	"context"
	"github.com/obp-go/obp/connectors/port"

	"github.com/obp-go/obp/domain/call"
)

// Name is how the root endpoint, the message docs and method routings name this
// connector: OBP's name for it.
const Name = "rest_vMar2019"

// Connector serves the whole connector port (port.Connector) from an adapter, one
// OBP message per call.
type Connector struct {
	c *Client
}

// NewConnector is the connector over the adapter c calls.
func NewConnector(c *Client) *Connector { return &Connector{c: c} }

// send sends the outbound message build makes under this call's envelope, and returns
// the answer's data.
func send[Data any](ctx context.Context, c *Connector, m method, build func(OutboundAdapterCallContext) any) (Data, error) {
	occ, err := NewOutboundContext(ctx, call.From(ctx))
	if err != nil {
		var zero Data
		return zero, err
	}
	return exchange[Data](ctx, c.c, m, build(occ))
}

var _ port.Connector = (*Connector)(nil)
