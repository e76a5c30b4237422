package connectortest

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// newBank creates a bank through the connector, failing the test when it cannot.
func newBank(t *testing.T, c Connector) bank.Bank {
	t.Helper()
	b := bank.Bank{ID: fresh("ct.bank"), ShortName: "CT", FullName: "Conformance Test Bank", BankCode: "CTB",
		Logo: "https://example.com/logo.png", Website: "https://example.com",
		Routings: []routing.Routing{{Scheme: "BIC", Address: fresh("BIC")}}}
	got, err := c.CreateOrUpdateBank(context.Background(), b)
	if err != nil {
		t.Fatalf("CreateOrUpdateBank(%q) returned error %v; want the new bank", b.ID, err)
	}
	return got
}

func testBanks(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	got, err := c.GetBank(ctx, b.ID)
	if err != nil {
		t.Fatalf("GetBank(%q) right after CreateOrUpdateBank returned error %v; want the bank", b.ID, err)
	}
	if got.ID != b.ID || got.FullName != b.FullName || got.BankCode != b.BankCode || got.Website != b.Website {
		t.Errorf("GetBank(%q) = %+v; want the fields written by CreateOrUpdateBank", b.ID, got)
	}
	if !reflect.DeepEqual(got.Routings, b.Routings) {
		t.Errorf("GetBank(%q).Routings = %v; want %v", b.ID, got.Routings, b.Routings)
	}

	b.FullName = "Renamed Conformance Bank"
	b.Routings = []routing.Routing{{Scheme: "BIC", Address: fresh("BIC2")}}
	if _, err := c.CreateOrUpdateBank(ctx, b); err != nil {
		t.Fatalf("CreateOrUpdateBank on an existing bank returned %v; want an update", err)
	}
	got, _ = c.GetBank(ctx, b.ID)
	if got.FullName != b.FullName || len(got.Routings) != 1 || got.Routings[0] != b.Routings[0] {
		t.Errorf("after updating, GetBank(%q) = %+v; want the new name and only the new routing", b.ID, got)
	}

	all, err := c.GetBanks(ctx)
	if err != nil {
		t.Fatalf("GetBanks returned error %v", err)
	}
	found := false
	for _, x := range all {
		found = found || x.ID == b.ID
	}
	if !found {
		t.Errorf("GetBanks does not list bank %q created by CreateOrUpdateBank", b.ID)
	}

	if _, err := c.GetBank(ctx, fresh("no.such.bank")); !errors.Is(err, obperr.BankNotFound) {
		t.Errorf("GetBank(unknown id) returned error %v; want obperr.BankNotFound (OBP-30001)", err)
	}
}
