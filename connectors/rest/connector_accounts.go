package rest

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
)

var _ account.Connector = (*Connector)(nil)

// GetBankAccount is checkBankAccountExists: the account, or obperr.BankAccountNotFound
// (the adapter's OBP-30018, or an answer without an account id).
func (c *Connector) GetBankAccount(ctx context.Context, ref account.Ref) (account.Account, error) {
	data, err := send[BankAccountCommons](ctx, c, checkBankAccountExists, func(occ OutboundAdapterCallContext) any {
		return OutBoundCheckBankAccountExists{OutboundAdapterCallContext: occ, BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID}}
	})
	if err != nil {
		return account.Account{}, err
	}
	if data.AccountID.Value == "" {
		return account.Account{}, obperr.BankAccountNotFound
	}
	return answeredAccount(checkBankAccountExists, data, ref)
}

// GetBankAccounts is getBankAccounts: the accounts that exist, in the order asked for.
func (c *Connector) GetBankAccounts(ctx context.Context, refs []account.Ref) ([]account.Account, error) {
	if len(refs) == 0 {
		return []account.Account{}, nil
	}
	data, err := send[[]BankAccountCommons](ctx, c, getBankAccounts, func(occ OutboundAdapterCallContext) any {
		out := OutBoundGetBankAccounts{OutboundAdapterCallContext: occ, BankIDAccountIDs: make([]BankIDAccountID, 0, len(refs))}
		for _, r := range refs {
			out.BankIDAccountIDs = append(out.BankIDAccountIDs, newBankIDAccountID(r))
		}
		return out
	})
	if err != nil {
		return nil, err
	}
	byRef := make(map[account.Ref]account.Account, len(data))
	for _, d := range data {
		a, err := d.Account()
		if err != nil {
			return nil, getBankAccounts.invalid.Wrap(err)
		}
		byRef[a.Ref()] = a
	}
	out := make([]account.Account, 0, len(data))
	for _, r := range refs {
		if a, ok := byRef[r]; ok {
			out = append(out, a)
			delete(byRef, r) // a ref asked for twice is answered once
		}
	}
	if len(byRef) > 0 {
		return nil, getBankAccounts.invalid.With("the adapter answered %d accounts that were not asked for.", len(byRef))
	}
	return out, nil
}

// GetAccountsHeld is getAccountsHeld (getAccountsHeldByUser for every bank, bankID ""),
// then getBankAccounts for the accounts themselves, in the order the adapter listed them.
func (c *Connector) GetAccountsHeld(ctx context.Context, bankID, userID string) ([]account.Account, error) {
	user := UserCommons{UserID: userID}
	if cc := call.From(ctx); cc.UserID == userID {
		user.Name = cc.Username
	}
	m := getAccountsHeld
	if bankID == "" {
		m = getAccountsHeldByUser
	}
	ids, err := send[[]BankIDAccountID](ctx, c, m, func(occ OutboundAdapterCallContext) any {
		if bankID == "" {
			return OutBoundGetAccountsHeldByUser{OutboundAdapterCallContext: occ, User: user}
		}
		return OutBoundGetAccountsHeld{OutboundAdapterCallContext: occ, BankID: ID{bankID}, User: user}
	})
	if err != nil {
		return nil, err
	}
	refs := make([]account.Ref, 0, len(ids))
	for _, id := range ids {
		if bankID != "" && id.BankID.Value != bankID {
			return nil, m.invalid.With("the adapter answered an account at bank %q for bank %q.", id.BankID.Value, bankID)
		}
		refs = append(refs, id.ref())
	}
	return c.GetBankAccounts(ctx, refs)
}

// CreateBankAccount is createBankAccount, answered with the account as stored.
func (c *Connector) CreateBankAccount(ctx context.Context, a account.Account) (account.Account, error) {
	data, err := send[BankAccountCommons](ctx, c, createBankAccount, func(occ OutboundAdapterCallContext) any {
		return newOutBoundCreateBankAccount(occ, a)
	})
	if err != nil {
		return account.Account{}, err
	}
	return answeredAccount(createBankAccount, data, a.Ref())
}

// UpdateAccountLabel is updateAccountLabel; an answer other than true is invalid.
func (c *Connector) UpdateAccountLabel(ctx context.Context, ref account.Ref, label string) error {
	done, err := send[bool](ctx, c, updateAccountLabel, func(occ OutboundAdapterCallContext) any {
		return OutBoundUpdateAccountLabel{OutboundAdapterCallContext: occ, BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID}, Label: label}
	})
	if err == nil && !done {
		return updateAccountLabel.invalid.With("the adapter answered false.")
	}
	return err
}

// answeredAccount is the account an adapter answered for ref: another account, or a
// balance that is no amount of its currency, is m's invalid answer.
func answeredAccount(m method, data BankAccountCommons, ref account.Ref) (account.Account, error) {
	if data.BankID.Value != ref.BankID || data.AccountID.Value != ref.AccountID {
		return account.Account{}, m.invalid.With("the adapter answered account %s/%s for %s/%s.",
			data.BankID.Value, data.AccountID.Value, ref.BankID, ref.AccountID)
	}
	a, err := data.Account()
	if err != nil {
		return account.Account{}, m.invalid.Wrap(err)
	}
	return a, nil
}
