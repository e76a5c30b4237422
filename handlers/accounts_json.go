package handlers

import (
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/handlers/wire"
)

type accountAttributeJSON struct {
	ProductCode         string `json:"product_code"`
	AccountAttributeID  string `json:"account_attribute_id"`
	Name                string `json:"name"`
	Type                string `json:"type"`
	Value               string `json:"value"`
	ProductInstanceCode string `json:"product_instance_code"`
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

// moderatedAccountJSON is OBP's ModeratedAccountJSON400, before moderation.
type moderatedAccountJSON struct {
	ID                string                 `json:"id"`
	BankID            string                 `json:"bank_id"`
	Label             string                 `json:"label"`
	Number            string                 `json:"number"`
	Owners            []wire.Owner           `json:"owners"`
	ProductCode       string                 `json:"product_code"`
	Balance           wire.Amount            `json:"balance"`
	ViewsAvailable    []map[string]any       `json:"views_available"`
	AccountRoutings   []wire.Routing         `json:"account_routings"`
	AccountAttributes []accountAttributeJSON `json:"account_attributes"`
	Tags              []string               `json:"tags"`
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
		u := users[id]
		out = append(out, wire.Owner{ID: id, Provider: u.Provider, DisplayName: u.Username})
	}
	return out
}
