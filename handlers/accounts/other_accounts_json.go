package accounts

import (
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/handlers/wire"
)

// otherAccountMetadataJSON is OBP's OtherAccountMetadataJson: what the account's users
// noted about the other account. Nothing is noted here yet, so it is empty.
type otherAccountMetadataJSON struct {
	PublicAlias       string `json:"public_alias"`
	PrivateAlias      string `json:"private_alias"`
	MoreInfo          string `json:"more_info"`
	URL               string `json:"URL"`
	ImageURL          string `json:"image_URL"`
	OpenCorporatesURL string `json:"open_corporates_URL"`
	// corporate_location and physical_location are left out: nothing records places, and
	// OBP's schema allows no null.
}

// otherAccountJSON300 is OBP's OtherAccountJsonV300, before moderation.
type otherAccountJSON300 struct {
	ID              string                   `json:"id"`
	Holder          holderJSON               `json:"holder"`
	BankRouting     wire.Routing             `json:"bank_routing"`
	AccountRoutings []wire.Routing           `json:"account_routings"`
	Metadata        otherAccountMetadataJSON `json:"metadata"`
}

// otherAccountsJSON300 is OBP's OtherAccountsJsonV300, each entry moderated.
type otherAccountsJSON300 struct {
	OtherAccounts []map[string]any `json:"other_accounts"`
}

// toOtherAccountJSON names the other account as the account's transactions do.
func toOtherAccountJSON(o transaction.OtherAccount) otherAccountJSON300 {
	return otherAccountJSON300{ID: o.Ref.AccountID, Holder: holderJSON{Name: o.Holder},
		BankRouting: wire.Routing{Scheme: "OBP", Address: o.Ref.BankID}, AccountRoutings: []wire.Routing{{Scheme: "OBP", Address: o.Ref.AccountID}}}
}
