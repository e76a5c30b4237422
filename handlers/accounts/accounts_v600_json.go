package accounts

import (
	"sort"

	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
)

// viewJSON600 is OBP's ViewJsonV600, an entry of a v6.0.0 account's views_available: the
// view's settings with the permissions it grants as allowed_actions.
type viewJSON600 struct {
	BankID                  string   `json:"bank_id"`
	AccountID               string   `json:"account_id"`
	ViewID                  string   `json:"view_id"`
	ViewName                string   `json:"view_name"`
	Description             string   `json:"description"`
	MetadataView            string   `json:"metadata_view"`
	IsPublic                bool     `json:"is_public"`
	IsSystem                bool     `json:"is_system"`
	IsFirehose              bool     `json:"is_firehose"`
	Alias                   string   `json:"alias"`
	HideMetadataIfAliasUsed bool     `json:"hide_metadata_if_alias_used"`
	CanGrantAccessToViews   []string `json:"can_grant_access_to_views"`
	CanRevokeAccessToViews  []string `json:"can_revoke_access_to_views"`
	AllowedActions          []string `json:"allowed_actions"`
}

// toViewJSON600 renders v as a view on the account at bankID/accountID (a system view
// belongs to no account of its own).
func toViewJSON600(v view.View, bankID, accountID string) viewJSON600 {
	allowed := []string{}
	for _, p := range view.Permissions {
		if v.Can(p) {
			allowed = append(allowed, string(p))
		}
	}
	return viewJSON600{BankID: bankID, AccountID: accountID, ViewID: v.ID, ViewName: v.ShortName, Description: v.Description,
		MetadataView: v.MetadataView, IsPublic: v.IsPublic, IsSystem: v.IsSystem, IsFirehose: v.IsFirehose, Alias: v.Alias,
		HideMetadataIfAliasUsed: v.HideMetadataIfAliasUsed, CanGrantAccessToViews: nonNil(v.CanGrantAccessToViews),
		CanRevokeAccessToViews: nonNil(v.CanRevokeAccessToViews), AllowedActions: allowed}
}

// moderatedAccountJSON600 is OBP's ModeratedAccountJSON600, before moderation: v4's
// field names, with the available views as ViewJsonV600.
type moderatedAccountJSON600 struct {
	accountHead
	ViewsAvailable []viewJSON600 `json:"views_available"`
	accountTail
}

func toModeratedAccountJSON600(r view.Reading) moderatedAccountJSON600 {
	available := make([]viewJSON600, len(r.Views))
	for i, v := range r.Views {
		available[i] = toViewJSON600(v, r.Account.BankID, r.Account.ID)
	}
	head, tail := accountParts(r)
	return moderatedAccountJSON600{accountHead: head, ViewsAvailable: available, accountTail: tail}
}

// coreAccountJSON600 is OBP's ModeratedCoreAccountJsonV600, before moderation.
type coreAccountJSON600 struct {
	AccountID       string         `json:"account_id"`
	BankID          string         `json:"bank_id"`
	Label           string         `json:"label"`
	Number          string         `json:"number"`
	ProductCode     string         `json:"product_code"`
	Balance         wire.Amount    `json:"balance"`
	AccountRoutings []wire.Routing `json:"account_routings"`
	ViewsBasic      []string       `json:"views_basic"`
}

func toCoreAccountJSON600(r view.Reading) coreAccountJSON600 {
	a := r.Account
	ids := make([]string, len(r.Views))
	for i, v := range r.Views {
		ids[i] = v.ID
	}
	sort.Strings(ids)
	return coreAccountJSON600{AccountID: a.ID, BankID: a.BankID, Label: a.Label, Number: a.Number, ProductCode: a.ProductCode,
		Balance: balanceOf(a), AccountRoutings: wire.FromRoutings(a.Routings), ViewsBasic: ids}
}

// basicAccountJSON600 is an entry of OBP's BasicAccountsJsonV600 (GET /banks/BANK_ID/accounts).
type basicAccountJSON600 struct {
	AccountID      string              `json:"account_id"`
	Label          string              `json:"label"`
	BankID         string              `json:"bank_id"`
	ViewsAvailable []viewAvailableJSON `json:"views_available"`
}

func toBasicAccountJSON600(va view.Viewed) basicAccountJSON600 {
	b := toBasicAccountJSON(va)
	return basicAccountJSON600{AccountID: b.ID, Label: b.Label, BankID: b.BankID, ViewsAvailable: b.ViewsAvailable}
}

type basicAccountsJSON600 struct {
	Accounts []basicAccountJSON600 `json:"accounts"`
}
