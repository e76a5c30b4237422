package connectortest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// newAccount opens an account at bankID through the connector.
func newAccount(t *testing.T, c Connector, bankID, currency string, holders ...string) account.Account {
	t.Helper()
	a := account.Account{BankID: bankID, ID: fresh("acct"), Label: "Conformance", Balance: money.Money{Currency: currency}, ProductCode: "CURRENT",
		Routings: []routing.Routing{{Scheme: "IBAN", Address: fresh("IBAN")}}, HolderIDs: holders, CreatedAt: time.Now().UTC()}
	got, err := c.CreateBankAccount(context.Background(), a)
	if err != nil {
		t.Fatalf("CreateBankAccount(%s/%s) returned error %v; want the account", bankID, a.ID, err)
	}
	return got
}

func testAccounts(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	holder := fresh("user")
	a := newAccount(t, c, b.ID, "EUR", holder)
	if a.Balance.Minor != 0 || a.Balance.Currency != "EUR" || len(a.Routings) != 1 {
		t.Errorf("CreateBankAccount returned %+v; want balance 0, currency EUR and the routing", a)
	}
	got, err := c.GetBankAccount(ctx, a.Ref())
	if err != nil {
		t.Fatalf("GetBankAccount(%v) after CreateBankAccount returned %v", a.Ref(), err)
	}
	if got.Label != a.Label || len(got.HolderIDs) != 1 || got.HolderIDs[0] != holder {
		t.Errorf("GetBankAccount(%v) = %+v; want label %q and holder %q", a.Ref(), got, a.Label, holder)
	}

	dup := a
	dup.Routings = []routing.Routing{{Scheme: "IBAN", Address: fresh("IBAN")}}
	if _, err := c.CreateBankAccount(ctx, dup); !errors.Is(err, obperr.AccountIDAlreadyExists) {
		t.Errorf("CreateBankAccount with an existing id returned %v; want obperr.AccountIDAlreadyExists (OBP-30208)", err)
	}
	clash := account.Account{BankID: b.ID, ID: fresh("acct"), Balance: money.Money{Currency: "EUR"}, Routings: a.Routings}
	if _, err := c.CreateBankAccount(ctx, clash); !errors.Is(err, obperr.AccountRoutingAlreadyExist) {
		t.Errorf("CreateBankAccount reusing another account's routing returned %v; want obperr.AccountRoutingAlreadyExist (OBP-30115)", err)
	}
	if _, err := c.GetBankAccount(ctx, clash.Ref()); !errors.Is(err, obperr.BankAccountNotFound) {
		t.Errorf("a refused CreateBankAccount left account %v behind (GetBankAccount returned %v)", clash.Ref(), err)
	}

	other := newAccount(t, c, b.ID, "EUR")
	missing := account.Ref{BankID: b.ID, AccountID: fresh("missing")}
	list, err := c.GetBankAccounts(ctx, []account.Ref{a.Ref(), missing, other.Ref()})
	if err != nil || len(list) != 2 {
		t.Errorf("GetBankAccounts(two real, one missing) returned %d accounts, error %v; want the two real ones", len(list), err)
	}
	held, err := c.GetAccountsHeld(ctx, b.ID, holder)
	if err != nil || len(held) != 1 || held[0].ID != a.ID {
		t.Errorf("GetAccountsHeld(%s, holder) = %v, %v; want exactly account %s", b.ID, held, err, a.ID)
	}

	if err := c.UpdateAccountLabel(ctx, a.Ref(), "Relabelled"); err != nil {
		t.Errorf("UpdateAccountLabel returned %v", err)
	}
	if got, _ := c.GetBankAccount(ctx, a.Ref()); got.Label != "Relabelled" {
		t.Errorf("after UpdateAccountLabel the label is %q; want %q", got.Label, "Relabelled")
	}
	if _, err := c.GetBankAccount(ctx, missing); !errors.Is(err, obperr.BankAccountNotFound) {
		t.Errorf("GetBankAccount(unknown) returned %v; want obperr.BankAccountNotFound (OBP-30018)", err)
	}
}
