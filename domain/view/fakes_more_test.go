package view

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

func (directory) GetBankAccountByRouting(context.Context, routing.Routing) (account.Account, error) {
	return account.Account{}, obperr.BankAccountNotFound
}

func (p *policyLog) SystemViewChanged(_ context.Context, viewID string) error {
	*p = append(*p, "system view "+viewID)
	return nil
}

// ListSystemViews: the memory holds no created system views.
func (m *viewMemory) ListSystemViews(context.Context) ([]View, error) { return nil, nil }

func (m *viewMemory) ListCustomViewsFor(context.Context, []account.Ref) ([]View, error) {
	out := make([]View, 0, len(m.custom))
	for _, v := range m.custom {
		out = append(out, v)
	}
	return out, nil
}
