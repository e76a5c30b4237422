package counterparties

import (
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
)

type counterpartyBespokeJSON struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// otherRoutingsJSON is a counterparty's four routings under OBP's flat field names.
type otherRoutingsJSON struct {
	OtherAccountRoutingScheme           string `json:"other_account_routing_scheme"`
	OtherAccountRoutingAddress          string `json:"other_account_routing_address"`
	OtherAccountSecondaryRoutingScheme  string `json:"other_account_secondary_routing_scheme"`
	OtherAccountSecondaryRoutingAddress string `json:"other_account_secondary_routing_address"`
	OtherBankRoutingScheme              string `json:"other_bank_routing_scheme"`
	OtherBankRoutingAddress             string `json:"other_bank_routing_address"`
	OtherBranchRoutingScheme            string `json:"other_branch_routing_scheme"`
	OtherBranchRoutingAddress           string `json:"other_branch_routing_address"`
}

func toOtherRoutingsJSON(c counterparty.Counterparty) otherRoutingsJSON {
	return otherRoutingsJSON{
		OtherAccountRoutingScheme: c.OtherAccountRouting.Scheme, OtherAccountRoutingAddress: c.OtherAccountRouting.Address,
		OtherAccountSecondaryRoutingScheme:  c.OtherAccountSecondaryRouting.Scheme,
		OtherAccountSecondaryRoutingAddress: c.OtherAccountSecondaryRouting.Address,
		OtherBankRoutingScheme:              c.OtherBankRouting.Scheme, OtherBankRoutingAddress: c.OtherBankRouting.Address,
		OtherBranchRoutingScheme: c.OtherBranchRouting.Scheme, OtherBranchRoutingAddress: c.OtherBranchRouting.Address}
}

// counterpartyPostJSON is OBP's PostCounterpartyJson400.
type counterpartyPostJSON struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Currency    string `json:"currency"`
	otherRoutingsJSON
	IsBeneficiary bool                      `json:"is_beneficiary"`
	Bespoke       []counterpartyBespokeJSON `json:"bespoke"`
}

func (in counterpartyPostJSON) toNew() counterparty.New {
	bespoke := make([]counterparty.Bespoke, len(in.Bespoke))
	for i, b := range in.Bespoke {
		bespoke[i] = counterparty.Bespoke{Key: b.Key, Value: b.Value}
	}
	return counterparty.New{Name: in.Name, Description: in.Description, Currency: in.Currency,
		IsBeneficiary: in.IsBeneficiary, Bespoke: bespoke,
		OtherAccountRouting:          routing.Routing{Scheme: in.OtherAccountRoutingScheme, Address: in.OtherAccountRoutingAddress},
		OtherAccountSecondaryRouting: routing.Routing{Scheme: in.OtherAccountSecondaryRoutingScheme, Address: in.OtherAccountSecondaryRoutingAddress},
		OtherBankRouting:             routing.Routing{Scheme: in.OtherBankRoutingScheme, Address: in.OtherBankRoutingAddress},
		OtherBranchRouting:           routing.Routing{Scheme: in.OtherBranchRoutingScheme, Address: in.OtherBranchRoutingAddress}}
}

// counterpartyJSON400 is OBP's CounterpartyJson400 (the items of a list).
type counterpartyJSON400 struct {
	Name            string `json:"name"`
	Description     string `json:"description"`
	Currency        string `json:"currency"`
	CreatedByUserID string `json:"created_by_user_id"`
	ThisBankID      string `json:"this_bank_id"`
	ThisAccountID   string `json:"this_account_id"`
	ThisViewID      string `json:"this_view_id"`
	CounterpartyID  string `json:"counterparty_id"`
	otherRoutingsJSON
	IsBeneficiary bool                      `json:"is_beneficiary"`
	Bespoke       []counterpartyBespokeJSON `json:"bespoke"`
}

// counterpartyWithMetadataJSON400 is OBP's CounterpartyWithMetadataJson400.
type counterpartyWithMetadataJSON400 struct {
	counterpartyJSON400
	Metadata counterpartyMetadataJSON `json:"metadata"`
}

// counterpartyMetadataJSON is OBP's CounterpartyMetadataJson. This server keeps no
// counterparty metadata yet: every field is empty and the locations are left out (OBP's
// schema types them objects, never null).
type counterpartyMetadataJSON struct {
	PublicAlias       string        `json:"public_alias"`
	MoreInfo          string        `json:"more_info"`
	URL               string        `json:"url"`
	ImageURL          string        `json:"image_url"`
	OpenCorporatesURL string        `json:"open_corporates_url"`
	CorporateLocation *locationJSON `json:"corporate_location,omitempty"`
	PhysicalLocation  *locationJSON `json:"physical_location,omitempty"`
	PrivateAlias      string        `json:"private_alias"`
}

// locationJSON is OBP's LocationJsonV210.
type locationJSON struct {
	Latitude  float64          `json:"latitude"`
	Longitude float64          `json:"longitude"`
	Date      string           `json:"date"`
	User      locationUserJSON `json:"user"`
}

type locationUserJSON struct {
	ID       string `json:"id"`
	Provider string `json:"provider"`
	Username string `json:"username"`
}

// counterpartiesJSON400 is OBP's CounterpartiesJson400.
type counterpartiesJSON400 struct {
	Counterparties []counterpartyJSON400 `json:"counterparties"`
}

func toCounterpartyJSON400(c counterparty.Counterparty) counterpartyJSON400 {
	bespoke := make([]counterpartyBespokeJSON, len(c.Bespoke))
	for i, b := range c.Bespoke {
		bespoke[i] = counterpartyBespokeJSON{Key: b.Key, Value: b.Value}
	}
	return counterpartyJSON400{Name: c.Name, Description: c.Description, Currency: c.Currency,
		CreatedByUserID: c.CreatedByUserID, ThisBankID: c.ThisBankID, ThisAccountID: c.ThisAccountID, ThisViewID: c.ThisViewID,
		CounterpartyID: c.ID, otherRoutingsJSON: toOtherRoutingsJSON(c),
		IsBeneficiary: c.IsBeneficiary, Bespoke: bespoke}
}

func toCounterpartyWithMetadataJSON(c counterparty.Counterparty) counterpartyWithMetadataJSON400 {
	return counterpartyWithMetadataJSON400{counterpartyJSON400: toCounterpartyJSON400(c)}
}

func toCounterpartiesJSON400(cs []counterparty.Counterparty) counterpartiesJSON400 {
	out := counterpartiesJSON400{Counterparties: make([]counterpartyJSON400, len(cs))}
	for i, c := range cs {
		out.Counterparties[i] = toCounterpartyJSON400(c)
	}
	return out
}

var exampleCounterparty = counterparty.Counterparty{ID: "9fg8a7e4-6d02-40e3-a129-0b2bf89de8uh", Name: "CounterpartyName",
	Description: "My landlord", Currency: "EUR", CreatedByUserID: wire.ExampleUser.ID, ThisBankID: wire.ExampleAccount.BankID,
	ThisAccountID: wire.ExampleAccount.ID, ThisViewID: view.Owner,
	IsBeneficiary: true, Bespoke: []counterparty.Bespoke{{Key: "englishName", Value: "english Name"}},
	OtherAccountRouting:          routing.Routing{Scheme: "OBP", Address: "36f8a9e6-c2b1-407a-8bd0-421b7119307e"},
	OtherAccountSecondaryRouting: routing.Routing{Scheme: "IBAN", Address: "DE89370400440532013000"},
	OtherBankRouting:             routing.Routing{Scheme: "OBP", Address: "gh.29.uk"},
	OtherBranchRouting:           routing.Routing{Scheme: "OBP", Address: "12f8a9e6-c2b1-407a-8bd0-421b7119307e"}}

var exampleCounterpartyPost = func() counterpartyPostJSON {
	c := toCounterpartyJSON400(exampleCounterparty)
	return counterpartyPostJSON{Name: c.Name, Description: c.Description, Currency: c.Currency,
		otherRoutingsJSON: c.otherRoutingsJSON, IsBeneficiary: c.IsBeneficiary, Bespoke: c.Bespoke}
}()

// exampleCounterpartyWithMetadata shows the metadata's shape; this server answers it empty.
var exampleCounterpartyWithMetadata = func() counterpartyWithMetadataJSON400 {
	out := toCounterpartyWithMetadataJSON(exampleCounterparty)
	where := &locationJSON{Latitude: 11.45, Longitude: 11.45, Date: "2017-09-19T00:00:00Z",
		User: locationUserJSON{ID: wire.ExampleUser.ID, Provider: wire.ExampleUser.Provider, Username: "felixsmith"}}
	out.Metadata.CorporateLocation, out.Metadata.PhysicalLocation = where, where
	return out
}()
