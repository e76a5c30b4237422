package counterparty

import (
	"context"
	"errors"
	"testing"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

// memory is an in-memory Connector plus the bank, account and view lookups the service needs.
type memory struct{ byID map[string]Counterparty }

func (m *memory) CreateCounterparty(_ context.Context, c Counterparty) (Counterparty, error) {
	m.byID[c.ID] = c
	return c, nil
}

func (m *memory) GetCounterparties(_ context.Context, ref account.Ref, viewID string, limit, offset int) ([]Counterparty, error) {
	var out []Counterparty
	for _, c := range m.byID {
		if c.ThisAccount() == ref && c.ThisViewID == viewID {
			out = append(out, c)
		}
	}
	return out, nil
}

func (m *memory) GetCounterpartyByCounterpartyID(_ context.Context, id string) (Counterparty, error) {
	if c, ok := m.byID[id]; ok {
		return c, nil
	}
	return Counterparty{}, obperr.CounterpartyNotFoundByCounterpartyID
}

func (m *memory) GetCounterpartyByName(_ context.Context, ref account.Ref, viewID, name string) (Counterparty, error) {
	for _, c := range m.byID {
		if c.ThisAccount() == ref && c.ThisViewID == viewID && c.Name == name {
			return c, nil
		}
	}
	return Counterparty{}, obperr.CounterpartyNotFound
}

func (m *memory) DeleteCounterpartyByCounterpartyID(_ context.Context, id string) error {
	if _, ok := m.byID[id]; !ok {
		return obperr.CounterpartyNotFoundByCounterpartyID
	}
	delete(m.byID, id)
	return nil
}

func (m *memory) GetBank(_ context.Context, id string) (bank.Bank, error) {
	if id != "b" {
		return bank.Bank{}, obperr.BankNotFound
	}
	return bank.Bank{ID: id}, nil
}

func (m *memory) GetBankAccount(_ context.Context, ref account.Ref) (account.Account, error) {
	if ref.AccountID != "a1" && ref.AccountID != "a2" {
		return account.Account{}, obperr.BankAccountNotFound
	}
	return account.Account{BankID: ref.BankID, ID: ref.AccountID}, nil
}

func (m *memory) Get(_ context.Context, _ account.Ref, viewID string) (view.View, error) {
	if viewID != "owner" && viewID != "_family" {
		return view.View{}, obperr.ViewNotFound
	}
	return view.View{ID: viewID}, nil
}

func newTestService() *Service {
	m := &memory{byID: map[string]Counterparty{}}
	return NewService(m, m, m, m, nil)
}

var (
	a1 = account.Ref{BankID: "b", AccountID: "a1"}
	a2 = account.Ref{BankID: "b", AccountID: "a2"}
)

func TestCreateChecks(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ref    account.Ref
		viewID string
		n      New
		want   *obperr.Code
	}{
		{"valid", a1, "owner", New{Name: "Landlord", Currency: "EUR"}, nil},
		{"unknown bank", account.Ref{BankID: "x", AccountID: "a1"}, "owner", New{Name: "L", Currency: "EUR"}, obperr.BankNotFound},
		{"unknown account", account.Ref{BankID: "b", AccountID: "x"}, "owner", New{Name: "L", Currency: "EUR"}, obperr.BankAccountNotFound},
		{"unknown view", a1, "_nope", New{Name: "L", Currency: "EUR"}, obperr.ViewNotFound},
		{"blank name", a1, "owner", New{Name: "  ", Currency: "EUR"}, obperr.InvalidRequestPayload},
		{"lower-case currency", a1, "owner", New{Name: "L", Currency: "eur"}, obperr.InvalidISOCurrencyCode},
		{"four-letter currency", a1, "owner", New{Name: "L", Currency: "EURO"}, obperr.InvalidISOCurrencyCode},
		{"no currency", a1, "owner", New{Name: "L"}, obperr.InvalidISOCurrencyCode},
	} {
		_, err := newTestService().Create(context.Background(), "u", tc.ref, tc.viewID, tc.n)
		if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestNamesAreUniquePerAccountAndView(t *testing.T) {
	s, ctx := newTestService(), context.Background()
	n := New{Name: "Landlord", Currency: "EUR", Bespoke: []Bespoke{{Key: "k", Value: "v"}}}
	c, err := s.Create(ctx, "u", a1, "owner", n)
	if err != nil {
		t.Fatal(err)
	}
	if c.ID == "" || c.CreatedByUserID != "u" || c.ThisAccount() != a1 || c.ThisViewID != "owner" || len(c.Bespoke) != 1 {
		t.Errorf("created %+v", c)
	}
	if _, err := s.Create(ctx, "u", a1, "owner", n); !errors.Is(err, obperr.CounterpartyAlreadyExists) {
		t.Errorf("same name, account and view: err = %v, want OBP-30014", err)
	}
	for _, tc := range []struct {
		ref    account.Ref
		viewID string
	}{{a1, "_family"}, {a2, "owner"}} {
		if _, err := s.Create(ctx, "u", tc.ref, tc.viewID, n); err != nil {
			t.Errorf("same name on %v/%s: %v", tc.ref, tc.viewID, err)
		}
	}
}

func TestAnotherAccountsOrViewsCounterpartyIsNotFound(t *testing.T) {
	s, ctx := newTestService(), context.Background()
	c, err := s.Create(ctx, "u", a1, "owner", New{Name: "Landlord", Currency: "EUR"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, a1, "owner", c.ID); err != nil {
		t.Errorf("own counterparty: %v", err)
	}
	for _, tc := range []struct {
		ref    account.Ref
		viewID string
	}{{a2, "owner"}, {a1, "_family"}} {
		if _, err := s.Get(ctx, tc.ref, tc.viewID, c.ID); !errors.Is(err, obperr.CounterpartyNotFoundByCounterpartyID) {
			t.Errorf("get through %v/%s: err = %v, want OBP-30017", tc.ref, tc.viewID, err)
		}
		if err := s.Delete(ctx, tc.ref, tc.viewID, c.ID); !errors.Is(err, obperr.CounterpartyNotFoundByCounterpartyID) {
			t.Errorf("delete through %v/%s: err = %v, want OBP-30017", tc.ref, tc.viewID, err)
		}
	}
	if _, err := s.GetByName(ctx, a1, "_family", "Landlord"); !errors.Is(err, obperr.CounterpartyNotFound) {
		t.Errorf("by name through another view: err = %v, want OBP-30004", err)
	}
	if err := s.Delete(ctx, a1, "owner", c.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, a1, "owner", c.ID); !errors.Is(err, obperr.CounterpartyNotFoundByCounterpartyID) {
		t.Errorf("after delete: err = %v, want OBP-30017", err)
	}
}

func TestBeneficiary(t *testing.T) {
	s, ctx := newTestService(), context.Background()
	payee, _ := s.Create(ctx, "u", a1, "_family", New{Name: "Payee", Currency: "EUR", IsBeneficiary: true})
	listed, _ := s.Create(ctx, "u", a1, "owner", New{Name: "Listed", Currency: "EUR"})
	for _, tc := range []struct {
		ref  account.Ref
		id   string
		want *obperr.Code
	}{
		{a1, payee.ID, nil},
		{a1, listed.ID, obperr.CounterpartyBeneficiaryPermit},
		{a2, payee.ID, obperr.CounterpartyNotFoundByCounterpartyID},
		{a1, "no-such-id", obperr.CounterpartyNotFoundByCounterpartyID},
	} {
		_, err := s.Beneficiary(ctx, tc.ref, tc.id)
		if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("Beneficiary(%v, %s): err = %v, want %v", tc.ref, tc.id, err, tc.want)
		}
	}
}
