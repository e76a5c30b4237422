package app

import (
	"context"
	"fmt"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/connectors/rest"
	"github.com/obp-go/obp/connectors/star"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/methodrouting"
)

// wireConnector picks the connector the services use (OBP_CONNECTOR) and builds the
// method-routing service. Routings are kept whatever the connector; only star follows
// them, reloading its table on every change in any process.
func (s *services) wireConnector(ctx context.Context, o Options) error {
	clk := clock.Clock(o.Now)
	name := connectorName(o)
	var adapterOpts []rest.Option
	if name != mapped.Name {
		var err error
		if adapterOpts, err = s.adapterClientOptions(o); err != nil {
			return err
		}
	}
	switch name {
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
		factory := o.RestFactory
		if factory == nil {
			factory = s.restFactory(adapterOpts)
		}
		s.conn = star.New(s.mappedConn, factory, routes)
		s.methodRoutings = methodrouting.NewService(s.store, port.Methods, routes, clk)
	case rest.Name, "rest":
		// Every call goes to the one adapter; routings are kept, and followed only by star.
		if o.Adapter.URL == "" {
			return fmt.Errorf("OBP_CONNECTOR=%s needs OBP_REST_ADAPTER_URL", name)
		}
		s.adapter = rest.NewConnector(rest.NewClient(o.Adapter.URL, adapterOpts...), rest.WithOpaqueStore(s.store))
		s.conn = s.adapter
		s.methodRoutings = methodrouting.NewService(s.store, port.Methods, nil, clk)
	default:
		return fmt.Errorf("OBP_CONNECTOR=%q: want %s, %s or %s", o.Connector, mapped.Name, star.Name, rest.Name)
	}
	return nil
}

// connectorName is the configured connector, mapped by default; rest is OBP's
// rest_vMar2019.
func connectorName(o Options) string {
	switch o.Connector {
	case "":
		return mapped.Name
	case "rest":
		return rest.Name
	}
	return o.Connector
}
