package star

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/methodrouting"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

// fake is a connector holding some banks and customers; it records what it was asked.
// Methods the tests do not call panic (the embedded nil port).
type fake struct {
	port.Connector
	name      string
	banks     []bank.Bank
	customers map[string]customer.Customer
	calls     []string
}

func (f *fake) GetBank(_ context.Context, id string) (bank.Bank, error) {
	f.calls = append(f.calls, "GetBank "+id)
	for _, b := range f.banks {
		if b.ID == id {
			return b, nil
		}
	}
	return bank.Bank{}, obperr.BankNotFound
}

func (f *fake) GetBanks(context.Context) ([]bank.Bank, error) {
	f.calls = append(f.calls, "GetBanks")
	return f.banks, nil
}

func (f *fake) GetCustomerByCustomerID(_ context.Context, id string) (customer.Customer, error) {
	f.calls = append(f.calls, "GetCustomerByCustomerID "+id)
	if c, ok := f.customers[id]; ok {
		return c, nil
	}
	return customer.Customer{}, obperr.CustomerNotFoundByCustomerID
}

func (f *fake) MakePayment(_ context.Context, t transaction.Transfer) (transaction.Posted, error) {
	f.calls = append(f.calls, "MakePayment "+t.ID)
	return transaction.Posted{}, nil
}

type routings []methodrouting.Routing

func (r routings) ListMethodRoutings(context.Context, string) ([]methodrouting.Routing, error) {
	return r, nil
}

// bed is a star connector over mapped and REST fakes, one per url, built on demand.
type bed struct {
	star    *Connector
	mapped  *fake
	rests   map[string]*fake
	factory int // how many REST connectors the factory built
}

func newBed(t *testing.T, rs ...methodrouting.Routing) *bed {
	t.Helper()
	b := &bed{mapped: &fake{name: "mapped"}, rests: map[string]*fake{}}
	routes, err := NewRoutes(context.Background(), routings(rs), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	b.star = New(b.mapped, func(url string, _ map[string]string) (port.Connector, error) {
		b.factory++
		if b.rests[url] == nil {
			b.rests[url] = &fake{name: url}
		}
		return b.rests[url], nil
	}, routes)
	return b
}

func (b *bed) rest(url string) *fake {
	if b.rests[url] == nil {
		b.rests[url] = &fake{name: url}
	}
	return b.rests[url]
}

var epoch = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

func toRest(id, method, pattern string, exact bool, url string) methodrouting.Routing {
	return methodrouting.Routing{ID: id, MethodName: method, ConnectorName: methodrouting.RestVMar2019, IsBankIDExactMatch: exact,
		BankIDPattern: pattern, Parameters: []methodrouting.Param{{Key: "url", Value: url}}, CreatedAt: epoch}
}

func TestStarRoutesByBank(t *testing.T) {
	b := newBed(t, toRest("r1", port.GetBank, "de.bank", true, "http://a"), toRest("r2", port.GetBank, `gh\..*`, false, "http://b"))
	b.rest("http://a").banks = []bank.Bank{{ID: "de.bank"}}
	b.rest("http://b").banks = []bank.Bank{{ID: "gh.1"}}
	b.mapped.banks = []bank.Bank{{ID: "mapped.bank"}}
	ctx := context.Background()
	for id, want := range map[string]*fake{"de.bank": b.rest("http://a"), "gh.1": b.rest("http://b"), "mapped.bank": b.mapped} {
		got, err := b.star.GetBank(ctx, id)
		if err != nil || got.ID != id {
			t.Fatalf("GetBank(%s) = %+v, %v", id, got, err)
		}
		if n := len(want.calls); n == 0 || want.calls[n-1] != "GetBank "+id {
			t.Errorf("GetBank(%s) was not served by %s: %v", id, want.name, want.calls)
		}
	}
	if _, err := b.star.GetBank(ctx, "gh.2"); !errors.Is(err, obperr.BankNotFound) {
		t.Errorf("a bank the routed connector lacks: %v, want its OBP-30001 (no fallback for a routed bank)", err)
	}
	if b.factory != 2 {
		t.Errorf("the factory built %d connectors, want one per url (2)", b.factory)
	}
}

func TestStarGetBanksMergesEveryTarget(t *testing.T) {
	b := newBed(t, toRest("r1", port.GetBanks, "de.bank", true, "http://a"))
	b.rest("http://a").banks = []bank.Bank{{ID: "de.bank"}, {ID: "b.shared", ShortName: "adapter"}}
	b.mapped.banks = []bank.Bank{{ID: "b.shared", ShortName: "mapped"}, {ID: "a.mapped"}}
	got, err := b.star.GetBanks(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, x := range got {
		ids = append(ids, x.ID)
	}
	if len(ids) != 3 || ids[0] != "a.mapped" || ids[1] != "b.shared" || ids[2] != "de.bank" || got[1].ShortName != "mapped" {
		t.Errorf("GetBanks = %v, want every bank once, ordered by id, mapped's first", got)
	}
}

func TestStarReadsWithoutBankFanOut(t *testing.T) {
	b := newBed(t, toRest("r1", port.GetCustomerByCustomerID, "de.bank", true, "http://a"))
	b.rest("http://a").customers = map[string]customer.Customer{"c-de": {ID: "c-de", BankID: "de.bank"}}
	b.mapped.customers = map[string]customer.Customer{"c-m": {ID: "c-m", BankID: "m"}}
	ctx := context.Background()
	for _, id := range []string{"c-de", "c-m"} {
		if c, err := b.star.GetCustomerByCustomerID(ctx, id); err != nil || c.ID != id {
			t.Errorf("GetCustomerByCustomerID(%s) = %+v, %v", id, c, err)
		}
	}
	if _, err := b.star.GetCustomerByCustomerID(ctx, "nobody"); !errors.Is(err, obperr.CustomerNotFoundByCustomerID) {
		t.Errorf("found nowhere: %v, want OBP-30046", err)
	}

	t.Run("a match-any routing serves alone", func(t *testing.T) {
		b := newBed(t, toRest("r1", port.GetCustomerByCustomerID, "", false, "http://a"))
		b.mapped.customers = map[string]customer.Customer{"c-m": {ID: "c-m"}}
		if _, err := b.star.GetCustomerByCustomerID(ctx, "c-m"); !errors.Is(err, obperr.CustomerNotFoundByCustomerID) || len(b.mapped.calls) != 0 {
			t.Errorf("got %v, mapped asked %v: want only the adapter asked", err, b.mapped.calls)
		}
	})
}

func TestStarRefusesAPaymentAcrossConnectors(t *testing.T) {
	b := newBed(t, toRest("r1", port.MakePaymentv210, "de.bank", true, "http://a"))
	ctx := context.Background()
	eur := money.Money{Currency: "EUR", Minor: 100}
	across := transaction.Transfer{ID: "t1", From: account.Ref{BankID: "de.bank", AccountID: "a"}, To: account.Ref{BankID: "m", AccountID: "b"}, Amount: eur}
	if _, err := b.star.MakePayment(ctx, across); !errors.Is(err, obperr.PaymentAcrossConnectors) {
		t.Fatalf("MakePayment across connectors = %v, want OBP-70004", err)
	}
	if len(b.mapped.calls)+len(b.rest("http://a").calls) != 0 {
		t.Errorf("a refused payment reached a connector: %v %v", b.mapped.calls, b.rest("http://a").calls)
	}
	within := transaction.Transfer{ID: "t2", From: account.Ref{BankID: "de.bank", AccountID: "a"}, To: account.Ref{BankID: "de.bank", AccountID: "b"}, Amount: eur}
	if _, err := b.star.MakePayment(ctx, within); err != nil || len(b.rest("http://a").calls) != 1 {
		t.Errorf("MakePayment within the adapter's bank = %v, calls %v", err, b.rest("http://a").calls)
	}
}

func TestStarWithoutRestFactory(t *testing.T) {
	routes, err := NewRoutes(context.Background(), routings{toRest("r1", port.GetBank, "de.bank", true, "http://a")}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := New(&fake{banks: []bank.Bank{{ID: "m"}}}, nil, routes)
	if _, err := s.GetBank(context.Background(), "de.bank"); !errors.Is(err, obperr.AdapterException) {
		t.Errorf("a REST routing without a REST connector: %v, want OBP-50003", err)
	}
	if _, err := s.GetBank(context.Background(), "m"); err != nil {
		t.Errorf("banks no routing names still reach mapped: %v", err)
	}
}
