package rest

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
	// Aliased: client_test.go has a helper named payment.
	pay "github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/routing"
)

// GetChallengeThreshold is getChallengeThreshold: OBP's amount of money, as minor units
// of currency.
func (c *Connector) GetChallengeThreshold(ctx context.Context, bankID, accountID, viewID string, t pay.Type, currency, userID string) (int64, error) {
	var username string
	if cc := call.From(ctx); cc.UserID == userID {
		username = cc.Username
	}
	data, err := send[AmountOfMoney](ctx, c, getChallengeThreshold, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetChallengeThreshold{OutboundAdapterCallContext: occ, BankID: bankID, AccountID: accountID, ViewID: viewID,
			TransactionRequestType: string(t), Currency: currency, UserID: userID, Username: username}
	})
	if err != nil {
		return 0, err
	}
	return threshold(data, currency)
}

// GetBankAccountByRouting is getBankAccountByRouting at any bank: the account, or
// obperr.BankAccountNotFound (the adapter's OBP-30018, or an answer without an account id).
func (c *Connector) GetBankAccountByRouting(ctx context.Context, r routing.Routing) (account.Account, error) {
	data, err := send[BankAccountCommons](ctx, c, getBankAccountByRouting, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetBankAccountByRouting{OutboundAdapterCallContext: occ, Scheme: r.Scheme, Address: r.Address}
	})
	if err != nil {
		return account.Account{}, err
	}
	if data.AccountID.Value == "" {
		return account.Account{}, obperr.BankAccountNotFound
	}
	a, err := data.Account()
	if err != nil {
		return account.Account{}, getBankAccountByRouting.invalid.Wrap(err)
	}
	for _, x := range a.Routings {
		if x == r {
			return a, nil
		}
	}
	return account.Account{}, getBankAccountByRouting.invalid.With("the adapter answered account %s/%s, which has no routing %s %s.",
		a.BankID, a.ID, r.Scheme, r.Address)
}

// GetSettlementAccount is getOrCreateSettlementAccount, ours.
func (c *Connector) GetSettlementAccount(ctx context.Context, bankID string, d pay.Direction, currency string) (account.Ref, error) {
	data, err := send[BankIDAccountID](ctx, c, getOrCreateSettlementAccount, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetOrCreateSettlementAccount{OutboundAdapterCallContext: occ, BankID: ID{bankID}, Direction: string(d), Currency: currency}
	})
	if err != nil {
		return account.Ref{}, err
	}
	return settlementRef(data, bankID)
}
