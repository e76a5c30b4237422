package payment

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
)

// oneBank knows bank "b" only.
type oneBank struct{}

func (oneBank) GetBank(_ context.Context, id string) (bank.Bank, error) {
	if id != "b" {
		return bank.Bank{}, obperr.BankNotFound
	}
	return bank.Bank{ID: id}, nil
}

func TestSupportedTypesAreTheEnabledOnesInOrderAtAnExistingBank(t *testing.T) {
	s := NewService(Deps{Banks: oneBank{}, EnabledTypes: map[Type]bool{SEPA: true, Account: true, Refund: false}})
	got, err := s.SupportedTypes(context.Background(), "b")
	if err != nil || !slices.Equal(got, []Type{Account, SEPA}) {
		t.Errorf("SupportedTypes(b) = %v, %v; want [ACCOUNT SEPA]", got, err)
	}
	if got, err := NewService(Deps{Banks: oneBank{}}).SupportedTypes(context.Background(), "b"); err != nil || got == nil || len(got) != 0 {
		t.Errorf("none enabled: %#v, %v; want an empty list", got, err)
	}
	if _, err := s.SupportedTypes(context.Background(), "nowhere"); !errors.Is(err, obperr.BankNotFound) {
		t.Errorf("an unknown bank: %v", err)
	}
}
