package connectortest

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// newCounterparty is a counterparty of ref under viewID, not yet stored; created a
// second apart so that creation order is unambiguous.
func newCounterparty(ref account.Ref, viewID, name string, at time.Time) counterparty.Counterparty {
	return counterparty.Counterparty{ID: fresh("cp"), Name: name, Description: "Conformance payee", Currency: "EUR",
		CreatedByUserID: fresh("user"), ThisBankID: ref.BankID, ThisAccountID: ref.AccountID, ThisViewID: viewID,
		OtherAccountRouting:          routing.Routing{Scheme: "OBP", Address: fresh("acct")},
		OtherAccountSecondaryRouting: routing.Routing{Scheme: "IBAN", Address: fresh("IBAN")},
		OtherBankRouting:             routing.Routing{Scheme: "OBP", Address: ref.BankID},
		OtherBranchRouting:           routing.Routing{Scheme: "OBP", Address: "branch-1"},
		IsBeneficiary:                true, Bespoke: []counterparty.Bespoke{{Key: "englishName", Value: "Landlord"}, {Key: "note", Value: ""}}, CreatedAt: at}
}

func testCounterparties(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	a, other := newAccount(t, c, b.ID, "EUR").Ref(), newAccount(t, c, b.ID, "EUR").Ref()
	start := time.Now().UTC().Truncate(time.Second)

	want := newCounterparty(a, "owner", "Landlord", start)
	got, err := c.CreateCounterparty(ctx, want)
	if err != nil {
		t.Fatalf("CreateCounterparty(%s) returned %v; want the counterparty", want.Name, err)
	}
	if !sameCounterparty(got, want) {
		t.Errorf("CreateCounterparty returned %+v; want the fields it was given %+v", got, want)
	}
	byID, err := c.GetCounterpartyByCounterpartyID(ctx, want.ID)
	if err != nil || !sameCounterparty(byID, want) {
		t.Errorf("GetCounterpartyByCounterpartyID(%s) = %+v, %v; want the stored counterparty %+v (every field, bespoke in order)", want.ID, byID, err, want)
	}
	byName, err := c.GetCounterpartyByName(ctx, a, "owner", "Landlord")
	if err != nil || byName.ID != want.ID {
		t.Errorf("GetCounterpartyByName(%v, owner, Landlord) = %+v, %v; want counterparty %s", a, byName, err, want.ID)
	}

	dup := newCounterparty(a, "owner", "Landlord", start.Add(time.Second))
	if _, err := c.CreateCounterparty(ctx, dup); !errors.Is(err, obperr.CounterpartyAlreadyExists) {
		t.Errorf("CreateCounterparty with a name the account and view already use returned %v; want obperr.CounterpartyAlreadyExists (OBP-30014)", err)
	}
	if _, err := c.GetCounterpartyByCounterpartyID(ctx, dup.ID); !errors.Is(err, obperr.CounterpartyNotFoundByCounterpartyID) {
		t.Errorf("a refused CreateCounterparty left counterparty %s behind (GetCounterpartyByCounterpartyID returned %v)", dup.ID, err)
	}
	// The same name under another view, or on another account, is another counterparty.
	sameNameOtherView := newCounterparty(a, "_family", "Landlord", start.Add(2*time.Second))
	sameNameOtherAccount := newCounterparty(other, "owner", "Landlord", start.Add(3*time.Second))
	for _, x := range []counterparty.Counterparty{sameNameOtherView, sameNameOtherAccount} {
		if _, err := c.CreateCounterparty(ctx, x); err != nil {
			t.Errorf("CreateCounterparty(%s on %s/%s/%s) returned %v; names are unique per account and view only",
				x.Name, x.ThisBankID, x.ThisAccountID, x.ThisViewID, err)
		}
	}
	second := newCounterparty(a, "owner", "Plumber", start.Add(4*time.Second))
	second.IsBeneficiary, second.Bespoke = false, nil
	if got, err := c.CreateCounterparty(ctx, second); err != nil || got.IsBeneficiary || len(got.Bespoke) != 0 {
		t.Errorf("CreateCounterparty(no bespoke, not a beneficiary) = %+v, %v; want is_beneficiary false and no bespoke", got, err)
	}

	ids := func(limit, offset int) []string {
		list, err := c.GetCounterparties(ctx, a, "owner", limit, offset)
		if err != nil {
			t.Fatalf("GetCounterparties(%v, owner, %d, %d) returned %v", a, limit, offset, err)
		}
		out := make([]string, len(list))
		for i, x := range list {
			out[i] = x.ID
		}
		return out
	}
	for _, tc := range []struct {
		limit, offset int
		want          []string
	}{
		{10, 0, []string{want.ID, second.ID}},
		{1, 0, []string{want.ID}},
		{1, 1, []string{second.ID}},
		{10, 2, []string{}},
	} {
		if got := ids(tc.limit, tc.offset); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("GetCounterparties(%v, owner, limit %d, offset %d) = %v; want %v (this account and view only, oldest first)",
				a, tc.limit, tc.offset, got, tc.want)
		}
	}

	if _, err := c.GetCounterpartyByName(ctx, a, "owner", "Nobody"); !errors.Is(err, obperr.CounterpartyNotFound) {
		t.Errorf("GetCounterpartyByName(unknown name) returned %v; want obperr.CounterpartyNotFound (OBP-30004)", err)
	}
	if _, err := c.GetCounterpartyByName(ctx, other, "owner", "Plumber"); !errors.Is(err, obperr.CounterpartyNotFound) {
		t.Errorf("GetCounterpartyByName found another account's counterparty (err %v); want obperr.CounterpartyNotFound (OBP-30004)", err)
	}
	if _, err := c.GetCounterpartyByCounterpartyID(ctx, fresh("missing")); !errors.Is(err, obperr.CounterpartyNotFoundByCounterpartyID) {
		t.Errorf("GetCounterpartyByCounterpartyID(unknown) returned %v; want obperr.CounterpartyNotFoundByCounterpartyID (OBP-30017)", err)
	}

	if err := c.DeleteCounterpartyByCounterpartyID(ctx, want.ID); err != nil {
		t.Fatalf("DeleteCounterpartyByCounterpartyID(%s) returned %v", want.ID, err)
	}
	if _, err := c.GetCounterpartyByCounterpartyID(ctx, want.ID); !errors.Is(err, obperr.CounterpartyNotFoundByCounterpartyID) {
		t.Errorf("after DeleteCounterpartyByCounterpartyID, GetCounterpartyByCounterpartyID returned %v; want obperr.CounterpartyNotFoundByCounterpartyID", err)
	}
	if err := c.DeleteCounterpartyByCounterpartyID(ctx, want.ID); !errors.Is(err, obperr.CounterpartyNotFoundByCounterpartyID) {
		t.Errorf("deleting a deleted counterparty returned %v; want obperr.CounterpartyNotFoundByCounterpartyID (OBP-30017)", err)
	}
	if got := ids(10, 0); !reflect.DeepEqual(got, []string{second.ID}) {
		t.Errorf("after deleting %s, GetCounterparties = %v; want only %s", want.ID, got, second.ID)
	}
	if _, err := c.GetCounterpartyByCounterpartyID(ctx, sameNameOtherView.ID); err != nil {
		t.Errorf("deleting one counterparty removed another of the same name under another view: %v", err)
	}
	// The name is free again.
	if _, err := c.CreateCounterparty(ctx, newCounterparty(a, "owner", "Landlord", start.Add(5*time.Second))); err != nil {
		t.Errorf("CreateCounterparty reusing a deleted counterparty's name returned %v; want success", err)
	}
}

// sameCounterparty compares every field; bespoke in order, nil and empty alike.
func sameCounterparty(got, want counterparty.Counterparty) bool {
	if len(got.Bespoke) == 0 && len(want.Bespoke) == 0 {
		got.Bespoke, want.Bespoke = nil, nil
	}
	return got.CreatedAt.Equal(want.CreatedAt) && reflect.DeepEqual(withoutTime(got), withoutTime(want))
}

func withoutTime(c counterparty.Counterparty) counterparty.Counterparty {
	c.CreatedAt = time.Time{}
	return c
}
