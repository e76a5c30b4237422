package rest

import (
	"context"
	"strings"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	// Aliased: client_test.go has a helper named payment.
	pay "github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/routing"
)

var (
	getChallengeThreshold = define(
		read(port.GetChallengeThreshold, obperr.InvalidConnectorResponseForGetChallengeThreshold, nil),
		"The amount at and above which a payment of this type from the account needs strong customer "+
			"authentication, in the currency asked for (this server keeps no exchange rates: an amount in "+
			"another currency is an invalid answer, OBP-50206).",
		func(ctx context.Context, b port.Connector, out OutBoundGetChallengeThreshold) (AmountOfMoney, error) {
			minor, err := b.GetChallengeThreshold(ctx, out.BankID, out.AccountID, out.ViewID,
				pay.Type(out.TransactionRequestType), out.Currency, out.UserID)
			return AmountOfMoney{Currency: out.Currency, Amount: money.FormatMinor(minor, out.Currency)}, err
		})
	getBankAccountByRouting = define(
		read(port.GetBankAccountByRouting, obperr.InvalidConnectorResponseForGetBankAccount, obperr.BankAccountNotFound).
			alsoNotFound(obperr.BankAccountNotFoundByAccountRouting),
		"The account of this server with the routing (scheme and address), at any bank when bankId is left "+
			"out; errorCode OBP-30018 when no account has it.",
		func(ctx context.Context, b port.Connector, out OutBoundGetBankAccountByRouting) (BankAccountCommons, error) {
			got, err := b.GetBankAccountByRouting(ctx, routing.Routing{Scheme: out.Scheme, Address: out.Address})
			if err == nil && out.BankID != nil && got.BankID != out.BankID.Value {
				return BankAccountCommons{}, obperr.BankAccountNotFound
			}
			return FromAccount(got), err
		})
	getOrCreateSettlementAccount = define(
		read(port.GetOrCreateSettlementAccount, obperr.InvalidConnectorResponse, nil),
		"Ours (OBP has no such method; its getBankSettlementAccounts only lists them): the bank's settlement "+
			"account for a direction (INCOMING or OUTGOING) and currency, created on first use: one account per "+
			"bank, direction and currency, in that currency, held by no user. Answers its ids. Safe to send "+
			"again: calls for the same bank, direction and currency, at once or not, answer the same account.",
		func(ctx context.Context, b port.Connector, out OutBoundGetOrCreateSettlementAccount) (BankIDAccountID, error) {
			ref, err := b.GetSettlementAccount(ctx, out.BankID.Value, pay.Direction(out.Direction), out.Currency)
			return newBankIDAccountID(ref), err
		})
)

// OutBoundGetChallengeThreshold asks for the challenge threshold of a payment: OBP sends
// every parameter as a plain string.
type OutBoundGetChallengeThreshold struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     string                     `json:"bankId"`
	AccountID                  string                     `json:"accountId"`
	ViewID                     string                     `json:"viewId"`
	TransactionRequestType     string                     `json:"transactionRequestType"` // e.g. SEPA
	Currency                   string                     `json:"currency"`
	UserID                     string                     `json:"userId"`
	Username                   string                     `json:"username"` // the calling user's, when userId is theirs
}

// OutBoundGetBankAccountByRouting asks for the account with a routing.
type OutBoundGetBankAccountByRouting struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	// BankID narrows the search to one bank; this server leaves it out (any bank).
	BankID  *ID    `json:"bankId,omitempty"`
	Scheme  string `json:"scheme"`
	Address string `json:"address"`
}

// OutBoundGetOrCreateSettlementAccount asks for a settlement account; ours.
type OutBoundGetOrCreateSettlementAccount struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	Direction                  string                     `json:"direction"` // INCOMING or OUTGOING
	Currency                   string                     `json:"currency"`
}

// threshold is an adapter's amount of money as minor units of currency. OBP writes
// BigDecimals with trailing zeros as it pleases ("1000.00" for JPY), so zeros after the
// point that the currency has no digits for are dropped first.
func threshold(a AmountOfMoney, currency string) (int64, error) {
	if a.Currency != currency {
		return 0, obperr.InvalidConnectorResponseForGetChallengeThreshold.With("the adapter answered %q for %q.", a.Currency, currency)
	}
	amount := a.Amount
	if whole, frac, ok := strings.Cut(amount, "."); ok {
		for len(frac) > money.Exponent(currency) && strings.HasSuffix(frac, "0") {
			frac = frac[:len(frac)-1]
		}
		amount = whole
		if frac != "" {
			amount += "." + frac
		}
	}
	m, err := money.Parse(amount, currency)
	if err != nil {
		return 0, obperr.InvalidConnectorResponseForGetChallengeThreshold.With("the adapter answered %q %s: %v", a.Amount, currency, err)
	}
	return m.Minor, nil
}

// settlementRef is the answered settlement account, which must be at the bank asked for.
func settlementRef(data BankIDAccountID, bankID string) (account.Ref, error) {
	if data.BankID.Value != bankID || data.AccountID.Value == "" {
		return account.Ref{}, getOrCreateSettlementAccount.invalid.With("the adapter answered account %q at bank %q for bank %q.",
			data.AccountID.Value, data.BankID.Value, bankID)
	}
	return data.ref(), nil
}
