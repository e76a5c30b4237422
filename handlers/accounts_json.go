package handlers

import (
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/user"
)

type amountJSON struct {
	Currency string `json:"currency"`
	Amount   string `json:"amount"`
}

type routingJSON struct {
	Scheme  string `json:"scheme"`
	Address string `json:"address"`
}

type ownerJSON struct {
	ID          string `json:"id"`
	Provider    string `json:"provider"`
	DisplayName string `json:"display_name"`
}

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
	UserID          string        `json:"user_id"`
	Label           string        `json:"label"`
	ProductCode     string        `json:"product_code"`
	Balance         amountJSON    `json:"balance"`
	BranchID        string        `json:"branch_id"`
	AccountRoutings []routingJSON `json:"account_routings"`
}

// accountCreatedJSON is OBP's CreateAccountResponseJsonV310.
type accountCreatedJSON struct {
	AccountID         string                 `json:"account_id"`
	UserID            string                 `json:"user_id"`
	Label             string                 `json:"label"`
	ProductCode       string                 `json:"product_code"`
	Balance           amountJSON             `json:"balance"`
	BranchID          string                 `json:"branch_id"`
	AccountRoutings   []routingJSON          `json:"account_routings"`
	AccountAttributes []accountAttributeJSON `json:"account_attributes"`
}

// moderatedAccountJSON is OBP's ModeratedAccountJSON400, before moderation.
type moderatedAccountJSON struct {
	ID                string                 `json:"id"`
	BankID            string                 `json:"bank_id"`
	Label             string                 `json:"label"`
	Number            string                 `json:"number"`
	Owners            []ownerJSON            `json:"owners"`
	ProductCode       string                 `json:"product_code"`
	Balance           amountJSON             `json:"balance"`
	ViewsAvailable    []map[string]any       `json:"views_available"`
	AccountRoutings   []routingJSON          `json:"account_routings"`
	AccountAttributes []accountAttributeJSON `json:"account_attributes"`
	Tags              []string               `json:"tags"`
}

// coreAccountJSON is OBP's ModeratedCoreAccountJsonV400, before moderation.
type coreAccountJSON struct {
	ID              string        `json:"id"`
	BankID          string        `json:"bank_id"`
	Label           string        `json:"label"`
	Number          string        `json:"number"`
	ProductCode     string        `json:"product_code"`
	Balance         amountJSON    `json:"balance"`
	AccountRoutings []routingJSON `json:"account_routings"`
	ViewsBasic      []string      `json:"views_basic"`
}

// myAccountJSON is an entry of OBP's CoreAccountsJsonV300 (GET /my/accounts).
type myAccountJSON struct {
	ID              string          `json:"id"`
	Label           string          `json:"label"`
	BankID          string          `json:"bank_id"`
	AccountType     string          `json:"account_type"`
	AccountRoutings []routingJSON   `json:"account_routings"`
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
	ID              string        `json:"id"`
	Label           string        `json:"label"`
	BankID          string        `json:"bank_id"`
	Number          string        `json:"number"`
	AccountRoutings []routingJSON `json:"account_routings"`
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
	AccountID       string        `json:"account_id"`
	BankID          string        `json:"bank_id"`
	AccountRoutings []routingJSON `json:"account_routings"`
	Label           string        `json:"label"`
	Balances        []balanceJSON `json:"balances"`
}

type accountsBalancesJSON struct {
	Accounts []accountBalancesJSON `json:"accounts"`
}

// moderatedAccountsJSON is any of the account lists above with each entry moderated.
type moderatedAccountsJSON struct {
	Accounts []map[string]any `json:"accounts"`
}

func toRoutingsJSON(rs []account.Routing) []routingJSON {
	out := make([]routingJSON, len(rs))
	for i, r := range rs {
		out[i] = routingJSON{Scheme: r.Scheme, Address: r.Address}
	}
	return out
}

func balanceOf(a account.Account) amountJSON { return toAmountJSON(a.Balance) }

// toAmountJSON is OBP's {currency, amount} with the currency's decimals.
func toAmountJSON(m money.Money) amountJSON {
	return amountJSON{Currency: m.Currency, Amount: m.String()}
}

func toBalancesJSON(a account.Account) accountBalancesJSON {
	b := balanceOf(a)
	return accountBalancesJSON{AccountID: a.ID, BankID: a.BankID, AccountRoutings: toRoutingsJSON(a.Routings), Label: a.Label,
		Balances: []balanceJSON{{Type: "interimBooked", Currency: b.Currency, Amount: b.Amount}}}
}

func toOwners(holderIDs []string, users map[string]user.User) []ownerJSON {
	out := make([]ownerJSON, 0, len(holderIDs))
	for _, id := range holderIDs {
		u := users[id]
		out = append(out, ownerJSON{ID: id, Provider: u.Provider, DisplayName: u.Username})
	}
	return out
}

var exampleAccount = account.Account{BankID: "gh.29.uk", ID: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0", Label: "My Account",
	Number: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0", ProductCode: "CURRENT", BranchID: "DERBY6", Balance: money.Money{Currency: "EUR", Minor: 12550},
	Routings: []account.Routing{{Scheme: "IBAN", Address: "GB33BUKB20201555555555"}}}
