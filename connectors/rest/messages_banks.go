package rest

import (
	"context"
	"strings"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

var (
	getBank = define(read(port.GetBank, obperr.InvalidConnectorResponse, obperr.BankNotFound),
		"The bank with this id; errorCode OBP-30001 when there is none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetBank) (BankCommons, error) {
			got, err := b.GetBank(ctx, out.BankID.Value)
			return NewBankCommons(got), err
		})
	getBanks = define(read(port.GetBanks, obperr.InvalidConnectorResponse, nil),
		"Every bank, ordered by id.",
		func(ctx context.Context, b port.Connector, _ OutBoundGetBanks) ([]BankCommons, error) {
			got, err := b.GetBanks(ctx)
			out := make([]BankCommons, 0, len(got))
			for _, x := range got {
				out = append(out, NewBankCommons(x))
			}
			return out, err
		})
	createOrUpdateBank = define(write(port.CreateOrUpdateBank, obperr.InvalidConnectorResponse, nil),
		"Stores the bank under bankId, replacing its routings and attributes; answers the bank as stored. "+
			"bankRoutings and attributes are ours (OBP's message has one routing and no attributes); "+
			"an OBP adapter may ignore them.",
		func(ctx context.Context, b port.Connector, out OutBoundCreateOrUpdateBank) (BankCommons, error) {
			got, err := b.CreateOrUpdateBank(ctx, out.bank())
			return NewBankCommons(got), err
		})
)

// OutBoundGetBank asks for one bank.
type OutBoundGetBank struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
}

// InBoundGetBank answers getBank.
type InBoundGetBank = InBound[BankCommons]

// OutBoundGetBanks asks for every bank.
type OutBoundGetBanks struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
}

// OutBoundCreateOrUpdateBank stores a bank: OBP's parameters by name, plus ours.
type OutBoundCreateOrUpdateBank struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     string                     `json:"bankId"`
	FullBankName               string                     `json:"fullBankName"`
	ShortBankName              string                     `json:"shortBankName"`
	LogoURL                    string                     `json:"logoURL"`
	WebsiteURL                 string                     `json:"websiteURL"`
	SwiftBIC                   string                     `json:"swiftBIC"`
	NationalIdentifier         string                     `json:"national_identifier"`
	BankRoutingScheme          string                     `json:"bankRoutingScheme"`
	BankRoutingAddress         string                     `json:"bankRoutingAddress"`
	BankRoutings               []AccountRouting           `json:"bankRoutings"` // ours: every routing, in order
	Attributes                 []KeyValue                 `json:"attributes"`   // ours
}

func newOutBoundCreateOrUpdateBank(occ OutboundAdapterCallContext, b bank.Bank) OutBoundCreateOrUpdateBank {
	c := NewBankCommons(b)
	out := OutBoundCreateOrUpdateBank{OutboundAdapterCallContext: occ, BankID: b.ID, FullBankName: b.FullName,
		ShortBankName: b.ShortName, LogoURL: b.Logo, WebsiteURL: b.Website, SwiftBIC: c.SwiftBic,
		NationalIdentifier: b.BankCode, BankRoutingScheme: c.BankRoutingScheme, BankRoutingAddress: c.BankRoutingAddress,
		BankRoutings: c.BankRoutings, Attributes: c.Attributes}
	return out
}

func (o OutBoundCreateOrUpdateBank) bank() bank.Bank {
	return BankCommons{BankID: ID{o.BankID}, ShortName: o.ShortBankName, FullName: o.FullBankName, LogoURL: o.LogoURL,
		WebsiteURL: o.WebsiteURL, BankRoutingScheme: o.BankRoutingScheme, BankRoutingAddress: o.BankRoutingAddress,
		SwiftBic: o.SwiftBIC, NationalIdentifier: o.NationalIdentifier, BankRoutings: o.BankRoutings, Attributes: o.Attributes}.Bank()
}

// BankCommons is OBP's bank record. SwiftBic and NationalIdentifier are OBP's @optional
// fields: its message docs leave them out, its REST connector sends them. BankRoutings
// and Attributes are ours, left out when empty; when present, BankRoutings is every
// routing of the bank and the single routing fields are its first.
type BankCommons struct {
	BankID             ID               `json:"bankId"`
	ShortName          string           `json:"shortName"`
	FullName           string           `json:"fullName"`
	LogoURL            string           `json:"logoUrl"`
	WebsiteURL         string           `json:"websiteUrl"`
	BankRoutingScheme  string           `json:"bankRoutingScheme"`
	BankRoutingAddress string           `json:"bankRoutingAddress"`
	SwiftBic           string           `json:"swiftBic"`
	NationalIdentifier string           `json:"nationalIdentifier"`
	BankRoutings       []AccountRouting `json:"bankRoutings,omitempty"`
	Attributes         []KeyValue       `json:"attributes,omitempty"`
}

// NewBankCommons is OBP's record of b: its first routing as OBP's one routing, its BIC
// (if any) as swiftBic, its bank code as the national identifier.
func NewBankCommons(b bank.Bank) BankCommons {
	out := BankCommons{BankID: ID{b.ID}, ShortName: b.ShortName, FullName: b.FullName, LogoURL: b.Logo,
		WebsiteURL: b.Website, NationalIdentifier: b.BankCode}
	for i, r := range b.Routings {
		if i == 0 {
			out.BankRoutingScheme, out.BankRoutingAddress = r.Scheme, r.Address
		}
		if strings.EqualFold(r.Scheme, "BIC") && out.SwiftBic == "" {
			out.SwiftBic = r.Address
		}
		out.BankRoutings = append(out.BankRoutings, AccountRouting{Scheme: r.Scheme, Address: r.Address})
	}
	for _, a := range b.Attributes {
		out.Attributes = append(out.Attributes, KeyValue{Key: a.Name, Value: a.Value})
	}
	return out
}

// Bank is the bank the record describes. Without our bankRoutings, OBP's one routing,
// and its BIC as a routing of its own when the routing is not already that BIC.
func (b BankCommons) Bank() bank.Bank {
	out := bank.Bank{ID: b.BankID.Value, ShortName: b.ShortName, FullName: b.FullName,
		Logo: b.LogoURL, Website: b.WebsiteURL, BankCode: b.NationalIdentifier}
	for _, a := range b.Attributes {
		out.Attributes = append(out.Attributes, bank.Attribute{Name: a.Key, Value: a.Value})
	}
	if len(b.BankRoutings) > 0 {
		for _, r := range b.BankRoutings {
			out.Routings = append(out.Routings, routing.Routing{Scheme: r.Scheme, Address: r.Address})
		}
		return out
	}
	if b.BankRoutingScheme != "" || b.BankRoutingAddress != "" {
		out.Routings = append(out.Routings, routing.Routing{Scheme: b.BankRoutingScheme, Address: b.BankRoutingAddress})
	}
	if b.SwiftBic != "" && !(strings.EqualFold(b.BankRoutingScheme, "BIC") && b.BankRoutingAddress == b.SwiftBic) {
		out.Routings = append(out.Routings, routing.Routing{Scheme: "BIC", Address: b.SwiftBic})
	}
	return out
}
