package rest

import (
	"context"
	"fmt"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/obperr"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/routing"
)

var checkBankAccountExists = define(
	read(port.CheckBankAccountExists, obperr.InvalidConnectorResponseForGetBankAccount, obperr.BankAccountNotFound),
	"The account; errorCode OBP-30018 when the bank has no such account.",
	func(ctx context.Context, b port.Connector, out OutBoundCheckBankAccountExists) (BankAccountCommons, error) {
		a, err := b.GetBankAccount(ctx, account.Ref{BankID: out.BankID.Value, AccountID: out.AccountID.Value})
		return FromAccount(a), err
	})

// OutBoundCheckBankAccountExists asks whether an account exists, and for the account.
type OutBoundCheckBankAccountExists struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	AccountID                  ID                         `json:"accountId"`
}

// InBoundCheckBankAccountExists answers checkBankAccountExists with the account.
type InBoundCheckBankAccountExists = InBound[BankAccountCommons]

// BankAccountCommons is OBP's account record. Balance is a decimal string in Currency.
// Label, AccountRules and AccountHolder are OBP's @optional fields: its message docs
// leave them out of a BankAccountCommons, its REST connector sends them. HolderIDs and
// CreatedAt are ours, left out when empty: an OBP adapter may ignore them.
type BankAccountCommons struct {
	AccountID       ID               `json:"accountId"`
	AccountType     string           `json:"accountType"` // our product code
	Balance         string           `json:"balance"`
	Currency        string           `json:"currency"`
	Name            string           `json:"name"`
	Label           string           `json:"label"`
	Number          string           `json:"number"`
	BankID          ID               `json:"bankId"`
	LastUpdate      Date             `json:"lastUpdate"`
	BranchID        string           `json:"branchId"`
	AccountRoutings []AccountRouting `json:"accountRoutings"` // every routing, in order
	AccountRules    []AccountRule    `json:"accountRules"`
	AccountHolder   string           `json:"accountHolder"` // OBP's holder name; this server keeps none
	Attributes      []Attribute      `json:"attributes"`
	// HolderIDs are ours: the user ids of the account's holders (none for the bank's own
	// accounts, such as settlement accounts).
	HolderIDs []string `json:"holderIds,omitempty"`
	// CreatedAt is ours: when the account was opened (OBP's lastUpdate is when it last changed).
	CreatedAt Instant `json:"createdAt,omitzero"`
}

// AccountRule is an account's rule, e.g. a credit limit.
type AccountRule struct {
	Scheme string `json:"scheme"`
	Value  string `json:"value"`
}

// Attribute is an account attribute as the adapter sends it.
type Attribute struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Account is the account the record describes (the label, else OBP's name, as its
// label; the account type as its product code). A balance that is no amount of its
// currency is an invalid answer.
func (a BankAccountCommons) Account() (account.Account, error) {
	balance, err := money.Parse(a.Balance, a.Currency)
	if err != nil {
		return account.Account{}, fmt.Errorf("balance %q %q: %w", a.Balance, a.Currency, err)
	}
	label := a.Label
	if label == "" {
		label = a.Name
	}
	out := account.Account{BankID: a.BankID.Value, ID: a.AccountID.Value, Label: label, Number: a.Number,
		ProductCode: a.AccountType, BranchID: a.BranchID, Balance: balance, HolderIDs: a.HolderIDs, CreatedAt: a.CreatedAt.Time}
	for _, r := range a.AccountRoutings {
		out.Routings = append(out.Routings, routing.Routing{Scheme: r.Scheme, Address: r.Address})
	}
	return out, nil
}

// FromAccount is OBP's record of a. This server keeps no update time, so lastUpdate is
// the account's creation; it keeps no rules, holder name or inline attributes, sent empty.
func FromAccount(a account.Account) BankAccountCommons {
	out := BankAccountCommons{AccountID: ID{a.ID}, AccountType: a.ProductCode, Balance: a.Balance.String(),
		Currency: a.Balance.Currency, Name: a.Label, Label: a.Label, Number: a.Number, BankID: ID{a.BankID},
		LastUpdate: Date{a.CreatedAt}, BranchID: a.BranchID, AccountRoutings: []AccountRouting{},
		AccountRules: []AccountRule{}, Attributes: []Attribute{}, HolderIDs: a.HolderIDs, CreatedAt: Instant{a.CreatedAt}}
	for _, r := range a.Routings {
		out.AccountRoutings = append(out.AccountRoutings, AccountRouting{Scheme: r.Scheme, Address: r.Address})
	}
	return out
}
