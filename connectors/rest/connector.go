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
	c      *Client
	opaque port.OpaqueStore // nil: opaque data is neither sent nor kept
}

// NewConnector is the connector over the adapter c calls.
func NewConnector(c *Client, opts ...ConnectorOption) *Connector {
	conn := &Connector{c: c}
	for _, o := range opts {
		o(conn)
	}
	return conn
}

// send sends the outbound message build makes under this call's envelope, and returns
// the answer's data.
func send[Data any](ctx context.Context, c *Connector, m method, build func(OutboundAdapterCallContext) any) (Data, error) {
	var zero Data
	ctx, keep, err := c.opaqueScope(ctx)
	if err != nil {
		return zero, err
	}
	occ, err := NewOutboundContext(ctx, call.From(ctx))
	if err != nil {
		return zero, err
	}
	data, err := exchange[Data](ctx, c.c, m, build(occ))
	if err != nil {
		return zero, err
	}
	if err := keep(ctx); err != nil {
		return zero, m.invalid.Wrap(err)
	}
	return data, nil
}

var _ port.Connector = (*Connector)(nil)
