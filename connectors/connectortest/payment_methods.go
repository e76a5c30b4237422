package connectortest

import (
	"context"
	"errors"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/routing"
)

// testChallengeThreshold asks for a threshold in currencies of different exponents. How
// high it is, and how it relates across currencies, is the bank's choice.
func testChallengeThreshold(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	for _, currency := range []string{"EUR", "JPY"} {
		a := newAccount(t, c, b.ID, currency)
		for _, typ := range []payment.Type{payment.Account, payment.SEPA} {
			got, err := c.GetChallengeThreshold(ctx, b.ID, a.ID, "owner", typ, currency, fresh("user"))
			if err != nil || got <= 0 {
				t.Errorf("GetChallengeThreshold(%s, %s) = %d, %v; want a positive amount in minor units of %s", typ, currency, got, err, currency)
			}
		}
	}
}

func testAccountByRouting(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	a := newAccount(t, c, b.ID, "EUR", fresh("user"))
	r := a.Routings[0]
	got, err := c.GetBankAccountByRouting(ctx, r)
	if err != nil || got.Ref() != a.Ref() || got.Balance.Currency != a.Balance.Currency || got.Label != a.Label {
		t.Errorf("GetBankAccountByRouting(%s, %s) = %+v, %v; want account %v, created with that routing", r.Scheme, r.Address, got, err, a.Ref())
	}
	for _, x := range []routing.Routing{{Scheme: r.Scheme, Address: fresh("IBAN")}, {Scheme: "ACCOUNT_NUMBER", Address: r.Address}} {
		if got, err := c.GetBankAccountByRouting(ctx, x); !errors.Is(err, obperr.BankAccountNotFound) {
			t.Errorf("GetBankAccountByRouting(%s, %s), a routing no account has, = %v, %v; want obperr.BankAccountNotFound (OBP-30018)",
				x.Scheme, x.Address, got.Ref(), err)
		}
	}
}
