package rest

import (
	"context"
	"errors"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

var (
	getBankAccounts = define(read(port.GetBankAccounts, obperr.InvalidConnectorResponseForGetBankAccounts, nil),
		"The accounts of bankIdAccountIds that exist, in any order; an account that does not exist is left out. "+
			"Answering an account that was not asked for is an invalid answer (OBP-50201).",
		func(ctx context.Context, b port.Connector, out OutBoundGetBankAccounts) ([]BankAccountCommons, error) {
			refs := make([]account.Ref, 0, len(out.BankIDAccountIDs))
			for _, r := range out.BankIDAccountIDs {
				refs = append(refs, r.ref())
			}
			got, err := b.GetBankAccounts(ctx, refs)
			return fromAccounts(got), err
		})
	getAccountsHeld = define(read(port.GetAccountsHeld, obperr.InvalidConnectorResponse, nil),
		"The ids of the accounts the user holds at the bank (user.userId; this server sends 0 as "+
			"userPrimaryKey, and the username as name only for the calling user). "+
			"The accounts themselves are read with getBankAccounts.",
		func(ctx context.Context, b port.Connector, out OutBoundGetAccountsHeld) ([]BankIDAccountID, error) {
			got, err := b.GetAccountsHeld(ctx, out.BankID.Value, out.User.UserID)
			return accountIDs(got), err
		})
	getAccountsHeldByUser = define(read(port.GetAccountsHeldByUser, obperr.InvalidConnectorResponse, nil),
		"The ids of the accounts the user holds at every bank; as getAccountsHeld, for all banks at once.",
		func(ctx context.Context, b port.Connector, out OutBoundGetAccountsHeldByUser) ([]BankIDAccountID, error) {
			got, err := b.GetAccountsHeld(ctx, "", out.User.UserID)
			return accountIDs(got), err
		})
	createBankAccount = define(write(port.CreateBankAccount, obperr.InvalidConnectorResponse, nil,
		obperr.AccountIDAlreadyExists, obperr.AccountRoutingAlreadyExist),
		"Opens the account with its routings and answers it as stored. errorCode OBP-30208 when the bank "+
			"has an account with this id, OBP-30115 when another account has one of the routings; nothing is "+
			"stored then. accountNumber and holderIds are ours (OBP's message has no account number, and sets "+
			"holders apart from the connector); an OBP adapter may ignore them. accountHolderName is sent empty: "+
			"this server keeps no holder names.",
		func(ctx context.Context, b port.Connector, out OutBoundCreateBankAccount) (BankAccountCommons, error) {
			a, err := out.account()
			if err != nil {
				return BankAccountCommons{}, err
			}
			got, err := b.CreateBankAccount(ctx, a)
			return FromAccount(got), err
		})
	updateAccountLabel = define(write(port.UpdateAccountLabel, obperr.InvalidConnectorResponse, obperr.BankAccountNotFound),
		"Sets the account's label; answers true. errorCode OBP-30018 when there is no such account.",
		func(ctx context.Context, b port.Connector, out OutBoundUpdateAccountLabel) (bool, error) {
			err := b.UpdateAccountLabel(ctx, account.Ref{BankID: out.BankID.Value, AccountID: out.AccountID.Value}, out.Label)
			return err == nil, err
		})
)

// BankIDAccountID is OBP's BankIdAccountId: an account's bank id and account id.
type BankIDAccountID struct {
	BankID    ID `json:"bankId"`
	AccountID ID `json:"accountId"`
}

func (r BankIDAccountID) ref() account.Ref {
	return account.Ref{BankID: r.BankID.Value, AccountID: r.AccountID.Value}
}

func newBankIDAccountID(ref account.Ref) BankIDAccountID {
	return BankIDAccountID{BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID}}
}

// OutBoundGetBankAccounts asks for many accounts at once.
type OutBoundGetBankAccounts struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankIDAccountIDs           []BankIDAccountID          `json:"bankIdAccountIds"`
}

// OutBoundGetAccountsHeld asks which accounts a user holds at one bank.
type OutBoundGetAccountsHeld struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	User                       UserCommons                `json:"user"`
}

// OutBoundGetAccountsHeldByUser asks which accounts a user holds at every bank.
type OutBoundGetAccountsHeldByUser struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	User                       UserCommons                `json:"user"`
}

// UserCommons is OBP's user record. This server has no numeric user keys (userPrimaryKey
// is 0) and sends what it knows of the user: their id, and for the calling user their
// username as name.
type UserCommons struct {
	UserPrimaryKey    UserPrimaryKey `json:"userPrimaryKey"`
	UserID            string         `json:"userId"`
	IDGivenByProvider string         `json:"idGivenByProvider"`
	Provider          string         `json:"provider"`
	EmailAddress      string         `json:"emailAddress"`
	Name              string         `json:"name"` // the username
}

// UserPrimaryKey is OBP's numeric user key.
type UserPrimaryKey struct {
	Value int64 `json:"value"`
}

// OutBoundCreateBankAccount opens an account: OBP's parameters by name, plus ours.
type OutBoundCreateBankAccount struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	AccountID                  ID                         `json:"accountId"`
	AccountType                string                     `json:"accountType"` // our product code
	AccountLabel               string                     `json:"accountLabel"`
	Currency                   string                     `json:"currency"`
	InitialBalance             string                     `json:"initialBalance"` // a decimal string in currency
	AccountHolderName          string                     `json:"accountHolderName"`
	BranchID                   string                     `json:"branchId"`
	AccountRoutings            []AccountRouting           `json:"accountRoutings"`
	AccountNumber              string                     `json:"accountNumber,omitempty"` // ours
	HolderIDs                  []string                   `json:"holderIds,omitempty"`     // ours: the holders' user ids
}

func newOutBoundCreateBankAccount(occ OutboundAdapterCallContext, a account.Account) OutBoundCreateBankAccount {
	c := FromAccount(a)
	return OutBoundCreateBankAccount{OutboundAdapterCallContext: occ, BankID: c.BankID, AccountID: c.AccountID,
		AccountType: c.AccountType, AccountLabel: a.Label, Currency: c.Currency, InitialBalance: c.Balance,
		BranchID: c.BranchID, AccountRoutings: c.AccountRoutings, AccountNumber: a.Number, HolderIDs: a.HolderIDs}
}

// account is the account the message opens; an initial balance that is no amount of the
// currency is refused.
func (o OutBoundCreateBankAccount) account() (account.Account, error) {
	balance, err := money.Parse(o.InitialBalance, o.Currency)
	if errors.Is(err, money.ErrCurrency) {
		return account.Account{}, obperr.InvalidISOCurrencyCode.With("currency %q", o.Currency)
	}
	if err != nil {
		return account.Account{}, obperr.InvalidAccountBalanceAmount.With("initialBalance %q", o.InitialBalance)
	}
	a := account.Account{BankID: o.BankID.Value, ID: o.AccountID.Value, Label: o.AccountLabel, Number: o.AccountNumber,
		ProductCode: o.AccountType, BranchID: o.BranchID, Balance: balance, HolderIDs: o.HolderIDs}
	for _, r := range o.AccountRoutings {
		a.Routings = append(a.Routings, routing.Routing{Scheme: r.Scheme, Address: r.Address})
	}
	return a, nil
}

// OutBoundUpdateAccountLabel sets an account's label.
type OutBoundUpdateAccountLabel struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	AccountID                  ID                         `json:"accountId"`
	Label                      string                     `json:"label"`
}

func fromAccounts(list []account.Account) []BankAccountCommons {
	out := make([]BankAccountCommons, 0, len(list))
	for _, a := range list {
		out = append(out, FromAccount(a))
	}
	return out
}

func accountIDs(list []account.Account) []BankIDAccountID {
	out := make([]BankIDAccountID, 0, len(list))
	for _, a := range list {
		out = append(out, newBankIDAccountID(a.Ref()))
	}
	return out
}
