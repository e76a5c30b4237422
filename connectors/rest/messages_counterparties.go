package rest

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// maxCounterparties is the longest page of getCounterparties, and the page an adapter
// serves when no limit is sent (OBP sends none).
const maxCounterparties = 1000

var (
	createCounterparty = define(write(port.CreateCounterparty, obperr.InvalidConnectorResponse, nil, obperr.CounterpartyAlreadyExists),
		"Saves a payee on the account under the view; answers it as stored. errorCode OBP-30014 when the account "+
			"and view already have a counterparty of that name. counterpartyId and createdAt are ours: the id and "+
			"time this server gave it (an adapter that ignores them answers with its own).",
		func(ctx context.Context, b port.Connector, out OutBoundCreateCounterparty) (CounterpartyTraitCommons, error) {
			got, err := b.CreateCounterparty(ctx, out.counterparty())
			return NewCounterpartyTraitCommons(got), err
		})
	getCounterparties = define(read(port.GetCounterparties, obperr.InvalidConnectorResponse, nil),
		"The account's counterparties under the view, oldest first. limit and offset are ours (OBP's message has "+
			"none): a page of at most limit (1000 when absent), after offset.",
		func(ctx context.Context, b port.Connector, out OutBoundGetCounterparties) ([]CounterpartyTraitCommons, error) {
			limit := out.Limit
			if limit <= 0 || limit > maxCounterparties {
				limit = maxCounterparties
			}
			list, err := b.GetCounterparties(ctx, account.Ref{BankID: out.ThisBankID.Value, AccountID: out.ThisAccountID.Value},
				out.ViewID.Value, limit, out.Offset)
			res := make([]CounterpartyTraitCommons, 0, len(list))
			for _, c := range list {
				res = append(res, NewCounterpartyTraitCommons(c))
			}
			return res, err
		})
	getCounterpartyByCounterpartyID = define(read(port.GetCounterpartyByCounterpartyID, obperr.InvalidConnectorResponse, obperr.CounterpartyNotFoundByCounterpartyID),
		"The counterparty with this id; errorCode OBP-30017 when there is none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetCounterpartyByCounterpartyID) (CounterpartyTraitCommons, error) {
			got, err := b.GetCounterpartyByCounterpartyID(ctx, out.CounterpartyID.Value)
			return NewCounterpartyTraitCommons(got), err
		})
	checkCounterpartyExists = define(read(port.CheckCounterpartyExists, obperr.InvalidConnectorResponse, obperr.CounterpartyNotFound),
		"The counterparty of that name on the account under the view; errorCode OBP-30004 when there is none.",
		func(ctx context.Context, b port.Connector, out OutBoundCheckCounterpartyExists) (CounterpartyTraitCommons, error) {
			got, err := b.GetCounterpartyByName(ctx, account.Ref{BankID: out.ThisBankID, AccountID: out.ThisAccountID}, out.ThisViewID, out.Name)
			return NewCounterpartyTraitCommons(got), err
		})
	deleteCounterpartyByCounterpartyID = define(write(port.DeleteCounterpartyByCounterpartyID, obperr.InvalidConnectorResponse, obperr.CounterpartyNotFoundByCounterpartyID),
		"Deletes the counterparty; true once deleted. errorCode OBP-30017 (or false) when there is none.",
		func(ctx context.Context, b port.Connector, out OutBoundDeleteCounterpartyByCounterpartyID) (bool, error) {
			err := b.DeleteCounterpartyByCounterpartyID(ctx, out.CounterpartyID.Value)
			return err == nil, err
		})
)

// OutBoundCreateCounterparty saves a counterparty: OBP's parameters by name, plus ours.
type OutBoundCreateCounterparty struct {
	OutboundAdapterCallContext          OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	Name                                string                     `json:"name"`
	Description                         string                     `json:"description"`
	Currency                            string                     `json:"currency"`
	CreatedByUserID                     string                     `json:"createdByUserId"`
	ThisBankID                          string                     `json:"thisBankId"`
	ThisAccountID                       string                     `json:"thisAccountId"`
	ThisViewID                          string                     `json:"thisViewId"`
	OtherAccountRoutingScheme           string                     `json:"otherAccountRoutingScheme"`
	OtherAccountRoutingAddress          string                     `json:"otherAccountRoutingAddress"`
	OtherAccountSecondaryRoutingScheme  string                     `json:"otherAccountSecondaryRoutingScheme"`
	OtherAccountSecondaryRoutingAddress string                     `json:"otherAccountSecondaryRoutingAddress"`
	OtherBankRoutingScheme              string                     `json:"otherBankRoutingScheme"`
	OtherBankRoutingAddress             string                     `json:"otherBankRoutingAddress"`
	OtherBranchRoutingScheme            string                     `json:"otherBranchRoutingScheme"`
	OtherBranchRoutingAddress           string                     `json:"otherBranchRoutingAddress"`
	IsBeneficiary                       bool                       `json:"isBeneficiary"`
	Bespoke                             []CounterpartyBespoke      `json:"bespoke"`
	// CounterpartyID and CreatedAt are ours: the id and creation time this server chose.
	CounterpartyID string   `json:"counterpartyId,omitempty"`
	CreatedAt      *Instant `json:"createdAt,omitempty"`
}

func newOutBoundCreateCounterparty(occ OutboundAdapterCallContext, c counterparty.Counterparty) OutBoundCreateCounterparty {
	r := NewCounterpartyTraitCommons(c)
	return OutBoundCreateCounterparty{OutboundAdapterCallContext: occ, Name: r.Name, Description: r.Description,
		Currency: r.Currency, CreatedByUserID: r.CreatedByUserID, ThisBankID: r.ThisBankID, ThisAccountID: r.ThisAccountID,
		ThisViewID: r.ThisViewID, OtherAccountRoutingScheme: r.OtherAccountRoutingScheme, OtherAccountRoutingAddress: r.OtherAccountRoutingAddress,
		OtherAccountSecondaryRoutingScheme: r.OtherAccountSecondaryRoutingScheme, OtherAccountSecondaryRoutingAddress: r.OtherAccountSecondaryRoutingAddress,
		OtherBankRoutingScheme: r.OtherBankRoutingScheme, OtherBankRoutingAddress: r.OtherBankRoutingAddress,
		OtherBranchRoutingScheme: r.OtherBranchRoutingScheme, OtherBranchRoutingAddress: r.OtherBranchRoutingAddress,
		IsBeneficiary: r.IsBeneficiary, Bespoke: r.Bespoke, CounterpartyID: r.CounterpartyID, CreatedAt: r.CreatedAt}
}

func (o OutBoundCreateCounterparty) counterparty() counterparty.Counterparty {
	return CounterpartyTraitCommons{CreatedByUserID: o.CreatedByUserID, Name: o.Name, Description: o.Description,
		Currency: o.Currency, ThisBankID: o.ThisBankID, ThisAccountID: o.ThisAccountID, ThisViewID: o.ThisViewID,
		CounterpartyID: o.CounterpartyID, OtherAccountRoutingScheme: o.OtherAccountRoutingScheme,
		OtherAccountRoutingAddress: o.OtherAccountRoutingAddress, OtherAccountSecondaryRoutingScheme: o.OtherAccountSecondaryRoutingScheme,
		OtherAccountSecondaryRoutingAddress: o.OtherAccountSecondaryRoutingAddress, OtherBankRoutingScheme: o.OtherBankRoutingScheme,
		OtherBankRoutingAddress: o.OtherBankRoutingAddress, OtherBranchRoutingScheme: o.OtherBranchRoutingScheme,
		OtherBranchRoutingAddress: o.OtherBranchRoutingAddress, IsBeneficiary: o.IsBeneficiary, Bespoke: o.Bespoke,
		CreatedAt: o.CreatedAt}.Counterparty()
}

// InBoundCreateCounterparty answers createCounterparty with the counterparty as stored.
type InBoundCreateCounterparty = InBound[CounterpartyTraitCommons]

// OutBoundGetCounterparties asks for an account's counterparties under a view: OBP's
// parameters, plus our page.
type OutBoundGetCounterparties struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	ThisBankID                 ID                         `json:"thisBankId"`
	ThisAccountID              ID                         `json:"thisAccountId"`
	ViewID                     ID                         `json:"viewId"`
	// Limit and Offset are ours: at most limit counterparties (1000 when absent), after offset.
	Limit  int `json:"limit,omitempty"`
	Offset int `json:"offset,omitempty"`
}

// InBoundGetCounterparties answers getCounterparties.
type InBoundGetCounterparties = InBound[[]CounterpartyTraitCommons]

// OutBoundGetCounterpartyByCounterpartyID asks for one counterparty by id.
type OutBoundGetCounterpartyByCounterpartyID struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	CounterpartyID             ID                         `json:"counterpartyId"`
}

// InBoundGetCounterpartyByCounterpartyID answers getCounterpartyByCounterpartyId.
type InBoundGetCounterpartyByCounterpartyID = InBound[CounterpartyTraitCommons]

// OutBoundCheckCounterpartyExists asks for the counterparty of a name on an account and
// view (OBP sends these ids as plain strings).
type OutBoundCheckCounterpartyExists struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	Name                       string                     `json:"name"`
	ThisBankID                 string                     `json:"thisBankId"`
	ThisAccountID              string                     `json:"thisAccountId"`
	ThisViewID                 string                     `json:"thisViewId"`
}

// InBoundCheckCounterpartyExists answers checkCounterpartyExists.
type InBoundCheckCounterpartyExists = InBound[CounterpartyTraitCommons]

// OutBoundDeleteCounterpartyByCounterpartyID deletes one counterparty by id.
type OutBoundDeleteCounterpartyByCounterpartyID struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	CounterpartyID             ID                         `json:"counterpartyId"`
}

// InBoundDeleteCounterpartyByCounterpartyID answers deleteCounterpartyByCounterpartyId: true once deleted.
type InBoundDeleteCounterpartyByCounterpartyID = InBound[bool]

// CounterpartyTraitCommons is OBP's saved counterparty: a payee of thisAccountId under
// thisViewId, reached through the other account's, bank's and branch's routings.
// CreatedAt is ours.
type CounterpartyTraitCommons struct {
	CreatedByUserID                     string                `json:"createdByUserId"`
	Name                                string                `json:"name"`
	Description                         string                `json:"description"`
	Currency                            string                `json:"currency"`
	ThisBankID                          string                `json:"thisBankId"`
	ThisAccountID                       string                `json:"thisAccountId"`
	ThisViewID                          string                `json:"thisViewId"`
	CounterpartyID                      string                `json:"counterpartyId"`
	OtherAccountRoutingScheme           string                `json:"otherAccountRoutingScheme"`
	OtherAccountRoutingAddress          string                `json:"otherAccountRoutingAddress"`
	OtherAccountSecondaryRoutingScheme  string                `json:"otherAccountSecondaryRoutingScheme"`
	OtherAccountSecondaryRoutingAddress string                `json:"otherAccountSecondaryRoutingAddress"`
	OtherBankRoutingScheme              string                `json:"otherBankRoutingScheme"`
	OtherBankRoutingAddress             string                `json:"otherBankRoutingAddress"`
	OtherBranchRoutingScheme            string                `json:"otherBranchRoutingScheme"`
	OtherBranchRoutingAddress           string                `json:"otherBranchRoutingAddress"`
	IsBeneficiary                       bool                  `json:"isBeneficiary"`
	Bespoke                             []CounterpartyBespoke `json:"bespoke"`
	// CreatedAt is ours: when the counterparty was saved.
	CreatedAt *Instant `json:"createdAt,omitempty"`
}

// CounterpartyBespoke is one free key/value pair kept on a counterparty.
type CounterpartyBespoke struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// NewCounterpartyTraitCommons is OBP's record of c.
func NewCounterpartyTraitCommons(c counterparty.Counterparty) CounterpartyTraitCommons {
	out := CounterpartyTraitCommons{CreatedByUserID: c.CreatedByUserID, Name: c.Name, Description: c.Description,
		Currency: c.Currency, ThisBankID: c.ThisBankID, ThisAccountID: c.ThisAccountID, ThisViewID: c.ThisViewID,
		CounterpartyID: c.ID, OtherAccountRoutingScheme: c.OtherAccountRouting.Scheme, OtherAccountRoutingAddress: c.OtherAccountRouting.Address,
		OtherAccountSecondaryRoutingScheme: c.OtherAccountSecondaryRouting.Scheme, OtherAccountSecondaryRoutingAddress: c.OtherAccountSecondaryRouting.Address,
		OtherBankRoutingScheme: c.OtherBankRouting.Scheme, OtherBankRoutingAddress: c.OtherBankRouting.Address,
		OtherBranchRoutingScheme: c.OtherBranchRouting.Scheme, OtherBranchRoutingAddress: c.OtherBranchRouting.Address,
		IsBeneficiary: c.IsBeneficiary, Bespoke: make([]CounterpartyBespoke, 0, len(c.Bespoke)), CreatedAt: instantOrNil(c.CreatedAt)}
	for _, b := range c.Bespoke {
		out.Bespoke = append(out.Bespoke, CounterpartyBespoke{Key: b.Key, Value: b.Value})
	}
	return out
}

// Counterparty is the counterparty the record describes; no bespoke pairs are nil.
func (r CounterpartyTraitCommons) Counterparty() counterparty.Counterparty {
	out := counterparty.Counterparty{ID: r.CounterpartyID, Name: r.Name, Description: r.Description, Currency: r.Currency,
		CreatedByUserID: r.CreatedByUserID, ThisBankID: r.ThisBankID, ThisAccountID: r.ThisAccountID, ThisViewID: r.ThisViewID,
		OtherAccountRouting:          routing.Routing{Scheme: r.OtherAccountRoutingScheme, Address: r.OtherAccountRoutingAddress},
		OtherAccountSecondaryRouting: routing.Routing{Scheme: r.OtherAccountSecondaryRoutingScheme, Address: r.OtherAccountSecondaryRoutingAddress},
		OtherBankRouting:             routing.Routing{Scheme: r.OtherBankRoutingScheme, Address: r.OtherBankRoutingAddress},
		OtherBranchRouting:           routing.Routing{Scheme: r.OtherBranchRoutingScheme, Address: r.OtherBranchRoutingAddress},
		IsBeneficiary:                r.IsBeneficiary}
	for _, b := range r.Bespoke {
		out.Bespoke = append(out.Bespoke, counterparty.Bespoke{Key: b.Key, Value: b.Value})
	}
	if r.CreatedAt != nil {
		out.CreatedAt = r.CreatedAt.UTC()
	}
	return out
}
