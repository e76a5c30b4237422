package view

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// viewMemory keeps custom views and access in memory and counts its writes.
type viewMemory struct {
	Store
	custom map[string]View     // by view id (one account)
	access map[Access]bool     // current grants
	writes []string            // one line per write, for "nothing is written"
	held   map[string][]string // user id -> view ids, what the checker reads
}

func (m *viewMemory) GetCustomView(_ context.Context, _ account.Ref, id string) (View, error) {
	v, ok := m.custom[id]
	if !ok {
		return View{}, obperr.ViewNotFound
	}
	return v, nil
}

func (m *viewMemory) CreateCustomView(_ context.Context, v View) error {
	m.writes = append(m.writes, "create "+v.ID)
	m.custom[v.ID] = v
	return nil
}

func (m *viewMemory) UpdateCustomView(_ context.Context, v View) error {
	m.writes = append(m.writes, "update "+v.ID)
	m.custom[v.ID] = v
	return nil
}

func (m *viewMemory) GrantAccess(_ context.Context, a Access) error {
	m.writes = append(m.writes, "grant "+a.ViewID+" to "+a.UserID)
	m.access[a] = true
	return nil
}

func (m *viewMemory) RevokeAccess(_ context.Context, a Access) error {
	m.writes = append(m.writes, "revoke "+a.ViewID+" from "+a.UserID)
	delete(m.access, a)
	return nil
}

// CanOnView answers from what users hold and what the views (system or stored) permit.
func (m *viewMemory) CanOnView(userID string, _ account.Ref, viewID string, permission Permission) bool {
	for _, id := range m.held[userID] {
		if id != viewID {
			continue
		}
		if permission == "" {
			return true
		}
		if v, ok := System(id); ok && !IsCustomID(id) {
			return v.Can(permission)
		}
		return m.custom[id].Can(permission)
	}
	return false
}

func (m *viewMemory) ViewsOnAccount(userID string, _ account.Ref) []string { return m.held[userID] }

// policyLog records what the authorization cache was told.
type policyLog []string

func (p *policyLog) AccessChanged(_ context.Context, userID string) error {
	*p = append(*p, "access of "+userID)
	return nil
}

func (p *policyLog) CustomViewChanged(_ context.Context, _ account.Ref, viewID string) error {
	*p = append(*p, "view "+viewID)
	return nil
}

// directory knows account b/a1 and the users in it.
type directory map[string]bool

func (directory) GetBankAccount(_ context.Context, ref account.Ref) (account.Account, error) {
	if ref != acct {
		return account.Account{}, obperr.BankAccountNotFound
	}
	return account.Account{BankID: ref.BankID, ID: ref.AccountID}, nil
}

func (directory) GetBankAccounts(context.Context, []account.Ref) ([]account.Account, error) {
	return nil, nil
}

func (directory) GetBank(_ context.Context, id string) (bank.Bank, error) {
	return bank.Bank{ID: id}, nil
}

func (d directory) GetUser(_ context.Context, id string) (user.User, error) {
	if !d[id] {
		return user.User{}, obperr.UserNotFoundByID
	}
	return user.User{ID: id}, nil
}

func (directory) GetUsers(context.Context, []string) ([]user.User, error) { return nil, nil }

// names are permissions as a client sends them in allowed_actions.
func names(ps []Permission) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = string(p)
	}
	return out
}
