package wire

import "github.com/obp-go/obp/domain/account"

// Routing is OBP's {scheme, address}.
type Routing struct {
	Scheme  string `json:"scheme"`
	Address string `json:"address"`
}

// FromRoutings renders an account's routings; never null.
func FromRoutings(rs []account.Routing) []Routing {
	out := make([]Routing, len(rs))
	for i, r := range rs {
		out[i] = Routing{Scheme: r.Scheme, Address: r.Address}
	}
	return out
}

// ToRoutings reads routings a caller sent.
func ToRoutings(rs []Routing) []account.Routing {
	out := make([]account.Routing, len(rs))
	for i, r := range rs {
		out[i] = account.Routing{Scheme: r.Scheme, Address: r.Address}
	}
	return out
}
