package rest

import (
	"strings"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/routing"
)

// OutBoundGetBank asks for one bank.
type OutBoundGetBank struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
}

// InBoundGetBank answers getBank.
type InBoundGetBank = InBound[BankCommons]

// BankCommons is OBP's bank record. SwiftBic and NationalIdentifier are OBP's @optional
// fields: its message docs leave them out, its REST connector sends them.
type BankCommons struct {
	BankID             ID     `json:"bankId"`
	ShortName          string `json:"shortName"`
	FullName           string `json:"fullName"`
	LogoURL            string `json:"logoUrl"`
	WebsiteURL         string `json:"websiteUrl"`
	BankRoutingScheme  string `json:"bankRoutingScheme"`
	BankRoutingAddress string `json:"bankRoutingAddress"`
	SwiftBic           string `json:"swiftBic"`
	NationalIdentifier string `json:"nationalIdentifier"`
}

// Bank is the bank the record describes: its routing, and its BIC as a routing of its
// own when the record's routing is not already that BIC.
func (b BankCommons) Bank() bank.Bank {
	out := bank.Bank{ID: b.BankID.Value, ShortName: b.ShortName, FullName: b.FullName,
		Logo: b.LogoURL, Website: b.WebsiteURL}
	if b.BankRoutingScheme != "" || b.BankRoutingAddress != "" {
		out.Routings = append(out.Routings, routing.Routing{Scheme: b.BankRoutingScheme, Address: b.BankRoutingAddress})
	}
	if b.SwiftBic != "" && !(strings.EqualFold(b.BankRoutingScheme, "BIC") && b.BankRoutingAddress == b.SwiftBic) {
		out.Routings = append(out.Routings, routing.Routing{Scheme: "BIC", Address: b.SwiftBic})
	}
	return out
}
