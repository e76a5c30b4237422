package accounts

import (
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/handlers/wire"
)

type thisAccountJSON600 struct {
	AccountID       string         `json:"account_id"`
	BankID          string         `json:"bank_id"`
	BankRouting     wire.Routing   `json:"bank_routing"`
	AccountRoutings []wire.Routing `json:"account_routings"`
	Holders         []holderJSON   `json:"holders"`
}

// otherAccountMetadataJSON600 is what the viewer's side knows of the counterparty. Nothing
// here records aliases, notes or places, so it renders empty.
type otherAccountMetadataJSON600 struct {
	PublicAlias       string `json:"public_alias"`
	PrivateAlias      string `json:"private_alias"`
	MoreInfo          string `json:"more_info"`
	URL               string `json:"URL"`
	ImageURL          string `json:"image_URL"`
	OpenCorporatesURL string `json:"open_corporates_URL"`
	// corporate_location and physical_location are left out: nothing here records places,
	// and OBP's schema allows no null.
}

type otherAccountJSON600 struct {
	AccountID       string                      `json:"account_id"`
	BankID          string                      `json:"bank_id"`
	Holder          holderJSON                  `json:"holder"`
	BankRouting     wire.Routing                `json:"bank_routing"`
	AccountRoutings []wire.Routing              `json:"account_routings"`
	Metadata        otherAccountMetadataJSON600 `json:"metadata"`
}

type transactionMetadataJSON600 struct {
	Narrative string   `json:"narrative"`
	Comments  []string `json:"comments"`
	Tags      []string `json:"tags"`
	Images    []string `json:"images"`
	// where is left out: nothing here records where a transaction happened, and OBP's
	// schema allows no null.
}

// transactionJSON600 is OBP's TransactionJsonV600, before moderation: transaction_id,
// account_id and bank_id where v3.0.0 says id.
type transactionJSON600 struct {
	TransactionID string                     `json:"transaction_id"`
	ThisAccount   thisAccountJSON600         `json:"this_account"`
	OtherAccount  otherAccountJSON600        `json:"other_account"`
	Details       transactionDetailsJSON     `json:"details"`
	Metadata      transactionMetadataJSON600 `json:"metadata"`
	// An object in v6.0.0's schema (a list before); nothing here records transaction attributes.
	TransactionAttributes map[string]any `json:"transaction_attributes"`
}

// toTransactionJSON600 renders one leg as seen from its own account, in v6.0.0's names.
func toTransactionJSON600(t transaction.Transaction, this account.Account, holders map[string]user.User) transactionJSON600 {
	v3 := toTransactionJSON(t, this, holders)
	return transactionJSON600{
		TransactionID: t.ID,
		ThisAccount: thisAccountJSON600{AccountID: this.ID, BankID: this.BankID, BankRouting: v3.ThisAccount.BankRouting,
			AccountRoutings: v3.ThisAccount.AccountRoutings, Holders: v3.ThisAccount.Holders},
		OtherAccount: otherAccountJSON600{AccountID: t.Other.AccountID, BankID: t.Other.BankID, Holder: v3.OtherAccount.Holder,
			BankRouting: v3.OtherAccount.BankRouting, AccountRoutings: v3.OtherAccount.AccountRoutings},
		Details:               v3.Details,
		Metadata:              transactionMetadataJSON600{Comments: []string{}, Tags: []string{}, Images: []string{}},
		TransactionAttributes: map[string]any{},
	}
}
