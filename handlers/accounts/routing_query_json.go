package accounts

import (
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/handlers/wire"
)

// routingQueryJSON is OBP's BankAccountRoutingJson: a routing, and optionally the bank.
type routingQueryJSON struct {
	BankID         string       `json:"bank_id"`
	AccountRouting wire.Routing `json:"account_routing"`
}

func (in routingQueryJSON) routing() routing.Routing {
	return routing.Routing{Scheme: in.AccountRouting.Scheme, Address: in.AccountRouting.Address}
}
