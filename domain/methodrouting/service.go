package methodrouting

import (
	"context"
	"sort"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
)

// Store keeps method routings, platform records of the server's own database.
type Store interface {
	// CreateMethodRouting stores r: obperr.MethodRoutingExists when r is an exact match
	// and its method already has an exact-match routing for the same bank id.
	CreateMethodRouting(ctx context.Context, r Routing) error
	// UpdateMethodRouting replaces the routing with r's id (obperr.MethodRoutingNotFound
	// when none; MethodRoutingExists as CreateMethodRouting).
	UpdateMethodRouting(ctx context.Context, r Routing) error
	// DeleteMethodRouting is obperr.MethodRoutingNotFound when no routing has this id.
	DeleteMethodRouting(ctx context.Context, id string) error
	// GetMethodRouting is obperr.MethodRoutingNotFound when no routing has this id.
	GetMethodRouting(ctx context.Context, id string) (Routing, error)
	// ListMethodRoutings returns the routings of methodName ("" for every method), oldest first.
	ListMethodRoutings(ctx context.Context, methodName string) ([]Routing, error)
}

// Changes is told after every change, so that the routing tables of every process
// follow. The change is stored by then: a failure to spread it is the listener's to log
// (every process also reloads when its listener reconnects), never the client's error.
type Changes interface {
	Changed(ctx context.Context)
}

// Service holds the method-routing use cases.
type Service struct {
	store   Store
	methods map[string]bool
	names   []string
	changes Changes
	clock   clock.Clock
}

// NewService returns the use cases over store. methods are the connector method names a
// routing may name (the connector port's); changes may be nil.
func NewService(store Store, methods []string, changes Changes, clk clock.Clock) *Service {
	s := &Service{store: store, methods: map[string]bool{}, changes: changes, clock: clk}
	for _, m := range methods {
		if !s.methods[m] {
			s.methods[m] = true
			s.names = append(s.names, m)
		}
	}
	sort.Strings(s.names)
	return s
}

// Create stores a new routing.
func (s *Service) Create(ctx context.Context, n New) (Routing, error) {
	r := Routing{ID: ids.New(), CreatedAt: s.clock.Now()}
	if err := n.apply(s.methods, &r); err != nil {
		return Routing{}, err
	}
	if err := s.store.CreateMethodRouting(ctx, r); err != nil {
		return Routing{}, err
	}
	s.changed(ctx)
	return r, nil
}

// Update replaces everything but the id of the routing id.
func (s *Service) Update(ctx context.Context, id string, n New) (Routing, error) {
	r, err := s.store.GetMethodRouting(ctx, id)
	if err != nil {
		return Routing{}, err
	}
	if err := n.apply(s.methods, &r); err != nil {
		return Routing{}, err
	}
	if err := s.store.UpdateMethodRouting(ctx, r); err != nil {
		return Routing{}, err
	}
	s.changed(ctx)
	return r, nil
}

// Delete removes the routing id: its method goes back to the default connector (or to
// the routings left).
func (s *Service) Delete(ctx context.Context, id string) error {
	if err := s.store.DeleteMethodRouting(ctx, id); err != nil {
		return err
	}
	s.changed(ctx)
	return nil
}

// List returns the routings of methodName ("" for all), by method name then age. With
// active, as OBP, every connector method is listed once more as the default connector
// serves it: a routing without id, to any bank.
func (s *Service) List(ctx context.Context, methodName string, active bool) ([]Routing, error) {
	rs, err := s.store.ListMethodRoutings(ctx, methodName)
	if err != nil {
		return nil, err
	}
	if active {
		for _, m := range s.names {
			if methodName == "" || m == methodName {
				rs = append(rs, Routing{MethodName: m, ConnectorName: Mapped})
			}
		}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].MethodName < rs[j].MethodName })
	return rs, nil
}

func (s *Service) changed(ctx context.Context) {
	if s.changes != nil {
		s.changes.Changed(ctx)
	}
}
