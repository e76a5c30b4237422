package app

import (
	"context"
	"fmt"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/connectors/star"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/methodrouting"
)

// wireConnector picks the connector the services use (OBP_CONNECTOR) and builds the
// method-routing service. Routings are kept whatever the connector; only star follows
// them, reloading its table on every change in any process.
func (s *services) wireConnector(ctx context.Context, o Options) error {
	clk := clock.Clock(o.Now)
	switch connectorName(o) {
	case mapped.Name:
		s.conn = s.mappedConn
		s.methodRoutings = methodrouting.NewService(s.store, port.Methods, nil, clk)
	case star.Name:
		feed, err := mapped.NewMethodRoutingChanges(ctx, o.DB, o.Log)
		if err != nil {
			return err
		}
		routes, err := star.NewRoutes(ctx, s.store, feed, o.Log)
		if err != nil {
			return fmt.Errorf("load method routings: %w", err)
		}
		routes.Follow(ctx)
		s.conn = star.New(s.mappedConn, o.RestFactory, routes)
		s.methodRoutings = methodrouting.NewService(s.store, port.Methods, routes, clk)
	// methodrouting.RestVMar2019 (every call to one adapter) comes with the REST connector.
	default:
		return fmt.Errorf("OBP_CONNECTOR=%q: want %s or %s", o.Connector, mapped.Name, star.Name)
	}
	return nil
}

// connectorName is the configured connector, mapped by default.
func connectorName(o Options) string {
	if o.Connector == "" {
		return mapped.Name
	}
	return o.Connector
}
