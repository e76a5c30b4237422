package accounts

import (
	"encoding/json"
	"sort"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
)

type labelJSON struct {
	Label string `json:"label"`
}

type successJSON struct {
	Success string `json:"success"`
}

type accountAttributeJSON struct {
	ProductCode         string `json:"product_code"`
	AccountAttributeID  string `json:"account_attribute_id"`
	Name                string `json:"name"`
	Type                string `json:"type"`
	Value               string `json:"value"`
	ProductInstanceCode string `json:"product_instance_code"`
}

type accountAttributePostJSON struct {
	Name                string `json:"name"`
	Type                string `json:"type"`
	Value               string `json:"value"`
	ProductInstanceCode string `json:"product_instance_code"`
}

func toAccountAttributeJSON(a account.Attribute, productInstanceCode string) accountAttributeJSON {
	return accountAttributeJSON{ProductCode: a.ProductCode, AccountAttributeID: a.ID, Name: a.Name, Type: a.Type,
		Value: a.Value, ProductInstanceCode: productInstanceCode}
}

// accountPostJSON is OBP's CreateAccountRequestJsonV310/V500.
type accountPostJSON struct {
	UserID          string         `json:"user_id"`
	Label           string         `json:"label"`
	ProductCode     string         `json:"product_code"`
	Balance         wire.Amount    `json:"balance"`
	BranchID        string         `json:"branch_id"`
	AccountRoutings []wire.Routing `json:"account_routings"`
}

func (in accountPostJSON) toNew(accountID string) account.New {
	return account.New{ID: accountID, UserID: in.UserID, Label: in.Label, ProductCode: in.ProductCode, BranchID: in.BranchID,
		Currency: in.Balance.Currency, Amount: in.Balance.Amount, Routings: wire.ToRoutings(in.AccountRoutings)}
}

// accountCreatedJSON is OBP's CreateAccountResponseJsonV310.
type accountCreatedJSON struct {
	AccountID         string                 `json:"account_id"`
	UserID            string                 `json:"user_id"`
	Label             string                 `json:"label"`
	ProductCode       string                 `json:"product_code"`
	Balance           wire.Amount            `json:"balance"`
	BranchID          string                 `json:"branch_id"`
	AccountRoutings   []wire.Routing         `json:"account_routings"`
	AccountAttributes []accountAttributeJSON `json:"account_attributes"`
}

func toAccountCreatedJSON(a account.Account) accountCreatedJSON {
	return accountCreatedJSON{AccountID: a.ID, UserID: a.HolderIDs[0], Label: a.Label, ProductCode: a.ProductCode,
		Balance: balanceOf(a), BranchID: a.BranchID, AccountRoutings: wire.FromRoutings(a.Routings), AccountAttributes: []accountAttributeJSON{}}
}

// moderatedAccountJSON is OBP's ModeratedAccountJSON400, before moderation.
type moderatedAccountJSON struct {
	accountHead
	ViewsAvailable availableViews `json:"views_available"`
	accountTail
}

// accountHead and accountTail are a moderated account's fields before and after its
// views, in OBP's order (encoding/json writes an embedded struct's fields in its place).
type accountHead struct {
	ID          string       `json:"id"`
	BankID      string       `json:"bank_id"`
	Label       string       `json:"label"`
	Number      string       `json:"number"`
	Owners      []wire.Owner `json:"owners"`
	ProductCode string       `json:"product_code"`
	Balance     wire.Amount  `json:"balance"`
}

type accountTail struct {
	AccountRoutings   []wire.Routing         `json:"account_routings"`
	AccountAttributes []accountAttributeJSON `json:"account_attributes"`
	Tags              []string               `json:"tags"`
}

// accountParts are the head and tail of the account r reads.
func accountParts(r view.Reading) (accountHead, accountTail) {
	a := r.Account
	return accountHead{ID: a.ID, BankID: a.BankID, Label: a.Label, Number: a.Number, Owners: toOwners(a.HolderIDs, r.Holders),
			ProductCode: a.ProductCode, Balance: balanceOf(a)},
		accountTail{AccountRoutings: wire.FromRoutings(a.Routings), AccountAttributes: []accountAttributeJSON{}, Tags: []string{}}
}

// availableViews are the views a caller has on an account, in viewJSON's shape.
type availableViews []view.View

func (vs availableViews) appendJSON(b []byte) []byte {
	if vs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendViewJSON(b, v)
	}
	return append(b, ']')
}

// MarshalJSON gives the bytes appendJSON appends.
func (vs availableViews) MarshalJSON() ([]byte, error) { return vs.appendJSON(nil), nil }

// AppendJSON implements handlers.Encoded: the views are encoded straight into b
// (appendViewJSON), between the fields before and after them in OBP's order.
func (m moderatedAccountJSON) AppendJSON(b []byte) []byte {
	head, _ := json.Marshal(m.accountHead)
	tail, _ := json.Marshal(m.accountTail)
	b = append(b, head[:len(head)-1]...) // without its closing brace
	b = append(b, `,"views_available":`...)
	b = m.ViewsAvailable.appendJSON(b)
	b = append(b, ',')
	return append(b, tail[1:]...) // without its opening brace
}

// MarshalJSON gives the same bytes as AppendJSON (moderation and the API's examples
// marshal the type).
func (m moderatedAccountJSON) MarshalJSON() ([]byte, error) { return m.AppendJSON(nil), nil }

func nonNilViews(vs []view.View) []view.View {
	if vs == nil {
		return []view.View{}
	}
	return vs
}

func toModeratedAccountJSON(r view.Reading) moderatedAccountJSON {
	head, tail := accountParts(r)
	return moderatedAccountJSON{accountHead: head, ViewsAvailable: availableViews(nonNilViews(r.Views)), accountTail: tail}
}

// coreAccountJSON is OBP's ModeratedCoreAccountJsonV400, before moderation.
type coreAccountJSON struct {
	ID              string         `json:"id"`
	BankID          string         `json:"bank_id"`
	Label           string         `json:"label"`
	Number          string         `json:"number"`
	ProductCode     string         `json:"product_code"`
	Balance         wire.Amount    `json:"balance"`
	AccountRoutings []wire.Routing `json:"account_routings"`
	ViewsBasic      []string       `json:"views_basic"`
}

func toCoreAccountJSON(r view.Reading) coreAccountJSON {
	a := r.Account
	ids := make([]string, len(r.Views))
	for i, v := range r.Views {
		ids[i] = v.ID
	}
	sort.Strings(ids)
	return coreAccountJSON{ID: a.ID, BankID: a.BankID, Label: a.Label, Number: a.Number, ProductCode: a.ProductCode,
		Balance: balanceOf(a), AccountRoutings: wire.FromRoutings(a.Routings), ViewsBasic: ids}
}

// myAccountJSON is an entry of OBP's CoreAccountsJsonV300 (GET /my/accounts).
type myAccountJSON struct {
	ID              string          `json:"id"`
	Label           string          `json:"label"`
	BankID          string          `json:"bank_id"`
	AccountType     string          `json:"account_type"`
	AccountRoutings []wire.Routing  `json:"account_routings"`
	Views           []viewBasicJSON `json:"views"`
}

type myAccountsJSON struct {
	Accounts []myAccountJSON `json:"accounts"`
}

func toMyAccountJSON(va view.Viewed) myAccountJSON {
	a := va.Account
	basic := make([]viewBasicJSON, len(va.Views))
	for i, v := range va.Views {
		basic[i] = toViewBasic(v)
	}
	return myAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, AccountType: a.ProductCode,
		AccountRoutings: wire.FromRoutings(a.Routings), Views: basic}
}

type viewAvailableJSON struct {
	ID        string `json:"id"`
	ShortName string `json:"short_name"`
	IsPublic  bool   `json:"is_public"`
}

// basicAccountJSON is an entry of OBP's BasicAccountsJSON (GET /banks/BANK_ID/accounts).
type basicAccountJSON struct {
	ID             string              `json:"id"`
	Label          string              `json:"label"`
	BankID         string              `json:"bank_id"`
	ViewsAvailable []viewAvailableJSON `json:"views_available"`
}

func toBasicAccountJSON(va view.Viewed) basicAccountJSON {
	a := va.Account
	avail := make([]viewAvailableJSON, len(va.Views))
	for i, v := range va.Views {
		avail[i] = viewAvailableJSON{ID: v.ID, ShortName: v.ShortName, IsPublic: v.IsPublic}
	}
	return basicAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, ViewsAvailable: avail}
}

type basicAccountsJSON struct {
	Accounts []basicAccountJSON `json:"accounts"`
}

// heldAccountJSON is an entry of OBP's CoreAccountsHeldJsonV300.
type heldAccountJSON struct {
	ID              string         `json:"id"`
	Label           string         `json:"label"`
	BankID          string         `json:"bank_id"`
	Number          string         `json:"number"`
	AccountRoutings []wire.Routing `json:"account_routings"`
}

func toHeldAccountJSON(a account.Account) heldAccountJSON {
	return heldAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, Number: a.Number, AccountRoutings: wire.FromRoutings(a.Routings)}
}

type heldAccountsJSON struct {
	Accounts []heldAccountJSON `json:"accounts"`
}

type balanceJSON struct {
	Type     string `json:"type"`
	Currency string `json:"currency"`
	Amount   string `json:"amount"`
}

// accountBalancesJSON is OBP's AccountBalanceJsonV400.
type accountBalancesJSON struct {
	AccountID       string         `json:"account_id"`
	BankID          string         `json:"bank_id"`
	AccountRoutings []wire.Routing `json:"account_routings"`
	Label           string         `json:"label"`
	Balances        []balanceJSON  `json:"balances"`
}

type accountsBalancesJSON struct {
	Accounts []accountBalancesJSON `json:"accounts"`
}

// moderatedAccountsJSON is any of the account lists above with each entry moderated.
type moderatedAccountsJSON struct {
	Accounts []map[string]any `json:"accounts"`
}

func balanceOf(a account.Account) wire.Amount { return wire.FromMoney(a.Balance) }

func toBalancesJSON(a account.Account) accountBalancesJSON {
	b := balanceOf(a)
	return accountBalancesJSON{AccountID: a.ID, BankID: a.BankID, AccountRoutings: wire.FromRoutings(a.Routings), Label: a.Label,
		Balances: []balanceJSON{{Type: "interimBooked", Currency: b.Currency, Amount: b.Amount}}}
}

func toOwners(holderIDs []string, users map[string]user.User) []wire.Owner {
	out := make([]wire.Owner, 0, len(holderIDs))
	for _, id := range holderIDs {
		out = append(out, wire.FromUser(id, users[id]))
	}
	return out
}
