package banks

import (
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/handlers/wire"
)

type bankAttributeJSON struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// bankJSON400 is OBP's BankJson400 (the getBanks shape).
type bankJSON400 struct {
	ID           string              `json:"id"`
	ShortName    string              `json:"short_name"`
	FullName     string              `json:"full_name"`
	Logo         string              `json:"logo"`
	Website      string              `json:"website"`
	BankRoutings []wire.Routing      `json:"bank_routings"`
	Attributes   []bankAttributeJSON `json:"attributes"`
}

// bankJSON500 is OBP's BankJson500 (the getBank, createBank shape).
type bankJSON500 struct {
	ID           string              `json:"id"`
	BankCode     string              `json:"bank_code"`
	FullName     string              `json:"full_name"`
	Logo         string              `json:"logo"`
	Website      string              `json:"website"`
	BankRoutings []wire.Routing      `json:"bank_routings"`
	Attributes   []bankAttributeJSON `json:"attributes"`
}

type banksJSON400 struct {
	Banks []bankJSON400 `json:"banks"`
}

func attributesJSON(b bank.Bank) []bankAttributeJSON {
	out := make([]bankAttributeJSON, len(b.Attributes))
	for i, a := range b.Attributes {
		out[i] = bankAttributeJSON{Name: a.Name, Value: a.Value}
	}
	return out
}

func toBankJSON400(b bank.Bank) bankJSON400 {
	return bankJSON400{ID: b.ID, ShortName: b.ShortName, FullName: b.FullName, Logo: b.Logo,
		Website: b.Website, BankRoutings: wire.FromRoutings(b.Routings), Attributes: attributesJSON(b)}
}

func toBankJSON500(b bank.Bank) bankJSON500 {
	return bankJSON500{ID: b.ID, BankCode: b.BankCode, FullName: b.FullName, Logo: b.Logo,
		Website: b.Website, BankRoutings: wire.FromRoutings(b.Routings), Attributes: attributesJSON(b)}
}

type bankPostJSON struct {
	ID           string         `json:"id"`
	BankCode     string         `json:"bank_code"`
	FullName     string         `json:"full_name"`
	Logo         string         `json:"logo"`
	Website      string         `json:"website"`
	BankRoutings []wire.Routing `json:"bank_routings"`
}

func (in bankPostJSON) toBank() bank.Bank {
	return bank.Bank{ID: in.ID, BankCode: in.BankCode, FullName: in.FullName, Logo: in.Logo, Website: in.Website,
		Routings: wire.ToRoutings(in.BankRoutings)}
}

var exampleBankPost = bankPostJSON{ID: exampleBank.ID, BankCode: exampleBank.BankCode, FullName: exampleBank.FullName,
	Logo: exampleBank.Logo, Website: exampleBank.Website, BankRoutings: wire.FromRoutings(exampleBank.Routings)}

var exampleBank = bank.Bank{
	ID: "gh.29.uk", ShortName: "Greenhill", FullName: "Greenhill Bank plc", BankCode: "GHBK",
	Logo: "https://static.example.com/greenhill.png", Website: "https://www.greenhill.example.com",
	Routings:   []routing.Routing{{Scheme: "BIC", Address: "GHBKGB2L"}},
	Attributes: []bank.Attribute{},
}
