// Package account holds bank accounts, their holders and balances, and the connector
// capability that serves them.
package account

import (
	"context"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// Account is a bank account; its balance is in the account's currency.
type Account struct {
	BankID      string
	ID          string
	Label       string
	Number      string
	ProductCode string
	BranchID    string
	Balance     money.Money
	Routings    []routing.Routing // identify the account to other systems, e.g. its IBAN
	HolderIDs   []string          // users who hold the account
	CreatedAt   time.Time
}

// Ref names an account.
type Ref struct {
	BankID    string
	AccountID string
}

// Ref is the account's reference.
func (a Account) Ref() Ref { return Ref{BankID: a.BankID, AccountID: a.ID} }

// Connector is the core-banking capability for accounts, with OBP's method names.
type Connector interface {
	// GetBankAccount returns obperr.BankAccountNotFound when there is no such account.
	GetBankAccount(ctx context.Context, ref Ref) (Account, error)
	// GetBankAccounts loads many accounts at once; missing ones are left out.
	GetBankAccounts(ctx context.Context, refs []Ref) ([]Account, error)
	// GetAccountsHeld lists the accounts userID holds at bankID ("" for every bank).
	GetAccountsHeld(ctx context.Context, bankID, userID string) ([]Account, error)
	// CreateBankAccount stores a new account with its holder. obperr.AccountIDAlreadyExists
	// or obperr.AccountRoutingAlreadyExist when taken.
	CreateBankAccount(ctx context.Context, a Account) (Account, error)
	UpdateAccountLabel(ctx context.Context, ref Ref, label string) error
	// GetAccountAttributes lists an account's attributes, in no promised order.
	GetAccountAttributes(ctx context.Context, ref Ref) ([]Attribute, error)
	// CreateOrUpdateAccountAttribute stores a under a.Name: an account has one attribute
	// of each name, so storing a name again replaces its type, value and product code and
	// keeps its id. It returns the stored attribute with its id.
	CreateOrUpdateAccountAttribute(ctx context.Context, ref Ref, a Attribute) (Attribute, error)
}

// ReservedIDPrefix starts the ids of the accounts the server owns (OBP's settlement
// accounts, OBP-INCOMING-SETTLEMENT-ACCOUNT-EUR); nobody may open an account with it.
const ReservedIDPrefix = "OBP-"

// ValidateID applies OBP's id rule, the same as for banks (OBP-30110), and refuses the
// reserved prefix in any case, so that no caller can open an account posing as one the
// server owns.
func ValidateID(id string) error {
	if bank.ValidateID(id) != nil {
		return obperr.InvalidAccountIDFormat
	}
	if len(id) >= len(ReservedIDPrefix) && strings.EqualFold(id[:len(ReservedIDPrefix)], ReservedIDPrefix) {
		return obperr.InvalidAccountIDFormat.With("Account ids starting with %s are reserved for the bank's own system accounts.", ReservedIDPrefix)
	}
	return nil
}
