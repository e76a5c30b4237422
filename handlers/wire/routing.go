package wire

import "github.com/obp-go/obp/domain/routing"

// Routing is OBP's {scheme, address}.
type Routing struct {
	Scheme  string `json:"scheme"`
	Address string `json:"address"`
}

// FromRoutings renders routings (an account's, a bank's); never null.
func FromRoutings(rs []routing.Routing) []Routing {
	out := make([]Routing, len(rs))
	for i, r := range rs {
		out[i] = Routing{Scheme: r.Scheme, Address: r.Address}
	}
	return out
}

// ToRoutings reads routings a caller sent.
func ToRoutings(rs []Routing) []routing.Routing {
	out := make([]routing.Routing, len(rs))
	for i, r := range rs {
		out[i] = routing.Routing{Scheme: r.Scheme, Address: r.Address}
	}
	return out
}
