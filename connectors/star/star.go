// Package star is OBP's star connector: for every call it finds the method routing that
// applies (domain/methodrouting) and delegates to the connector it names — mapped, or a
// REST adapter — falling back to mapped. Calls that name a bank are routed by its id;
// calls that name none use a match-any routing, or else ask every connector the method
// is routed to (reads: the first that finds it; lists: all of them, merged).
package star

import (
	"fmt"
	"sync"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/methodrouting"
	"github.com/obp-go/obp/domain/obperr"
)

// Name is the connector's name in the root info.
const Name = methodrouting.Star

// RestFactory builds the REST adapter connector for a routing's url and parameters.
type RestFactory func(url string, params map[string]string) (port.Connector, error)

// Connector routes every capability of the port.
type Connector struct {
	mapped port.Connector
	rest   RestFactory
	routes *Routes

	mu    sync.Mutex
	rests map[string]port.Connector // one per adapter url
}

var _ port.Connector = (*Connector)(nil)

// New returns the star connector over the routings of routes: mapped serves what no
// routing sends elsewhere; rest (nil: no REST connector configured) builds the adapters.
func New(mapped port.Connector, rest RestFactory, routes *Routes) *Connector {
	return &Connector{mapped: mapped, rest: rest, routes: routes, rests: map[string]port.Connector{}}
}

// target is a connector a routing sends calls to, and what tells two of them apart.
type target struct {
	key  string
	name string
	conn port.Connector
}

func (c *Connector) defaultTarget() target {
	return target{key: methodrouting.Mapped, name: methodrouting.Mapped, conn: c.mapped}
}

// target is the connector routing r names.
func (c *Connector) target(r methodrouting.Routing) (target, error) {
	switch r.ConnectorName {
	case methodrouting.Mapped:
		return c.defaultTarget(), nil
	case methodrouting.RestVMar2019:
		conn, err := c.restFor(r)
		return target{key: r.ConnectorName + " " + r.URL(), name: r.ConnectorName, conn: conn}, err
	}
	return target{}, obperr.AdapterException.With("Method routing %s names connector %q, which this server does not have.", r.ID, r.ConnectorName)
}

func (c *Connector) restFor(r methodrouting.Routing) (port.Connector, error) {
	if c.rest == nil {
		return nil, obperr.AdapterException.With("Method routing %s sends %s to %s, but this server has no %s connector configured.",
			r.ID, r.MethodName, r.ConnectorName, r.ConnectorName)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	url := r.URL()
	if conn, ok := c.rests[url]; ok {
		return conn, nil
	}
	params := map[string]string{}
	for _, p := range r.Parameters {
		params[p.Key] = p.Value
	}
	conn, err := c.rest(url, params)
	if err != nil {
		return nil, obperr.AdapterException.Wrap(fmt.Errorf("method routing %s: building the REST connector: %w", r.ID, err))
	}
	c.rests[url] = conn
	return conn, nil
}

// forBank is the connector that serves method for bankID.
func (c *Connector) forBank(method, bankID string) (target, error) {
	r, ok := c.routes.Table().Resolve(method, bankID)
	if !ok {
		return c.defaultTarget(), nil
	}
	return c.target(r)
}

// forAny are the connectors a call of method that names no bank goes to: the one a
// match-any routing names, or else mapped and every connector any routing of the
// method names, each once.
func (c *Connector) forAny(method string) ([]target, error) {
	table := c.routes.Table()
	if r, ok := table.Resolve(method, ""); ok {
		t, err := c.target(r)
		return []target{t}, err
	}
	out := []target{c.defaultTarget()}
	seen := map[string]bool{out[0].key: true}
	for _, r := range table.Routings(method) {
		t, err := c.target(r)
		if err != nil {
			return nil, err
		}
		if !seen[t.key] {
			seen[t.key] = true
			out = append(out, t)
		}
	}
	return out, nil
}
