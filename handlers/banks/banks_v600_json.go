package banks

import (
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/handlers/wire"
)

// bankJSON600 is OBP's BankJson600 (getBanks, getBank, createBank from v6.0.0 on).
type bankJSON600 struct {
	BankID       string              `json:"bank_id"`
	BankCode     string              `json:"bank_code"`
	FullName     string              `json:"full_name"`
	Logo         string              `json:"logo"`
	Website      string              `json:"website"`
	BankRoutings []wire.Routing      `json:"bank_routings"`
	Attributes   []bankAttributeJSON `json:"attributes"`
}

type banksJSON600 struct {
	Banks []bankJSON600 `json:"banks"`
}

func toBankJSON600(b bank.Bank) bankJSON600 {
	return bankJSON600{BankID: b.ID, BankCode: b.BankCode, FullName: b.FullName, Logo: b.Logo,
		Website: b.Website, BankRoutings: wire.FromRoutings(b.Routings), Attributes: attributesJSON(b)}
}

// bankPostJSON600 is OBP's PostBankJson600: the v5 body with bank_id for id.
type bankPostJSON600 struct {
	BankID       string         `json:"bank_id"`
	BankCode     string         `json:"bank_code"`
	FullName     string         `json:"full_name"`
	Logo         string         `json:"logo"`
	Website      string         `json:"website"`
	BankRoutings []wire.Routing `json:"bank_routings"`
}

func (in bankPostJSON600) toBank() bank.Bank {
	return bankPostJSON{ID: in.BankID, BankCode: in.BankCode, FullName: in.FullName, Logo: in.Logo, Website: in.Website,
		BankRoutings: in.BankRoutings}.toBank()
}

var exampleBankPostV600 = bankPostJSON600{BankID: exampleBank.ID, BankCode: exampleBank.BankCode, FullName: exampleBank.FullName,
	Logo: exampleBank.Logo, Website: exampleBank.Website, BankRoutings: wire.FromRoutings(exampleBank.Routings)}
