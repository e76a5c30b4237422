package star

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/routing"
)

// GetBankAccount implements account.Connector.
func (c *Connector) GetBankAccount(ctx context.Context, ref account.Ref) (account.Account, error) {
	t, err := c.forBank(port.CheckBankAccountExists, ref.BankID)
	if err != nil {
		return account.Account{}, err
	}
	return t.conn.GetBankAccount(ctx, ref)
}

// GetBankAccounts implements account.Connector: each connector is asked for the accounts
// of its banks; the answer keeps the order of refs.
func (c *Connector) GetBankAccounts(ctx context.Context, refs []account.Ref) ([]account.Account, error) {
	var order []target
	byTarget := map[string][]account.Ref{}
	for _, ref := range refs {
		t, err := c.forBank(port.GetBankAccounts, ref.BankID)
		if err != nil {
			return nil, err
		}
		if _, ok := byTarget[t.key]; !ok {
			order = append(order, t)
		}
		byTarget[t.key] = append(byTarget[t.key], ref)
	}
	if len(order) <= 1 {
		if len(order) == 0 {
			return c.mapped.GetBankAccounts(ctx, refs)
		}
		return order[0].conn.GetBankAccounts(ctx, refs)
	}
	found := map[account.Ref]account.Account{}
	for _, t := range order {
		list, err := t.conn.GetBankAccounts(ctx, byTarget[t.key])
		if err != nil {
			return nil, err
		}
		for _, a := range list {
			found[a.Ref()] = a
		}
	}
	out := make([]account.Account, 0, len(found))
	for _, ref := range refs {
		if a, ok := found[ref]; ok {
			out = append(out, a)
			delete(found, ref)
		}
	}
	return out, nil
}

// GetAccountsHeld implements account.Connector; bankID "" asks every connector.
func (c *Connector) GetAccountsHeld(ctx context.Context, bankID, userID string) ([]account.Account, error) {
	targets, err := c.targets(port.GetAccountsHeld, bankID)
	if err != nil {
		return nil, err
	}
	return merge(targets, func(t target) ([]account.Account, error) { return t.conn.GetAccountsHeld(ctx, bankID, userID) })
}

// CreateBankAccount implements account.Connector.
func (c *Connector) CreateBankAccount(ctx context.Context, a account.Account) (account.Account, error) {
	t, err := c.forBank(port.CreateBankAccount, a.BankID)
	if err != nil {
		return account.Account{}, err
	}
	return t.conn.CreateBankAccount(ctx, a)
}

// UpdateAccountLabel implements account.Connector.
func (c *Connector) UpdateAccountLabel(ctx context.Context, ref account.Ref, label string) error {
	t, err := c.forBank(port.UpdateAccountLabel, ref.BankID)
	if err != nil {
		return err
	}
	return t.conn.UpdateAccountLabel(ctx, ref, label)
}

// GetAccountAttributes implements account.Connector.
func (c *Connector) GetAccountAttributes(ctx context.Context, ref account.Ref) ([]account.Attribute, error) {
	t, err := c.forBank(port.GetAccountAttributesByAccount, ref.BankID)
	if err != nil {
		return nil, err
	}
	return t.conn.GetAccountAttributes(ctx, ref)
}

// CreateOrUpdateAccountAttribute implements account.Connector.
func (c *Connector) CreateOrUpdateAccountAttribute(ctx context.Context, ref account.Ref, a account.Attribute) (account.Attribute, error) {
	t, err := c.forBank(port.CreateOrUpdateAccountAttribute, ref.BankID)
	if err != nil {
		return account.Attribute{}, err
	}
	return t.conn.CreateOrUpdateAccountAttribute(ctx, ref, a)
}

// GetBankAccountByRouting implements payment.Connector: a routing names no bank, so the
// first connector that has the account answers.
func (c *Connector) GetBankAccountByRouting(ctx context.Context, r routing.Routing) (account.Account, error) {
	targets, err := c.forAny(port.GetBankAccountByRouting)
	if err != nil {
		return account.Account{}, err
	}
	return first(targets, func(t target) (account.Account, error) { return t.conn.GetBankAccountByRouting(ctx, r) })
}

// GetChallengeThreshold implements payment.Connector.
func (c *Connector) GetChallengeThreshold(ctx context.Context, bankID, accountID, viewID string, typ payment.Type, currency, userID string) (int64, error) {
	t, err := c.forBank(port.GetChallengeThreshold, bankID)
	if err != nil {
		return 0, err
	}
	return t.conn.GetChallengeThreshold(ctx, bankID, accountID, viewID, typ, currency, userID)
}

// GetSettlementAccount implements payment.Connector.
func (c *Connector) GetSettlementAccount(ctx context.Context, bankID string, d payment.Direction, currency string) (account.Ref, error) {
	t, err := c.forBank(port.GetOrCreateSettlementAccount, bankID)
	if err != nil {
		return account.Ref{}, err
	}
	return t.conn.GetSettlementAccount(ctx, bankID, d, currency)
}

// targets are the connectors of a call that may name a bank: bankID's, or with "" every
// one the method is routed to.
func (c *Connector) targets(method, bankID string) ([]target, error) {
	if bankID == "" {
		return c.forAny(method)
	}
	t, err := c.forBank(method, bankID)
	return []target{t}, err
}
