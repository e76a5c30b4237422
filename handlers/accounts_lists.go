package handlers

import (
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/view"
)

// accessibleAccounts loads the accounts the caller has views on (at bankID, or at every
// bank for ""), with the view ids, in two queries.
func (s *Server) accessibleAccounts(c *Call, bankID string) ([]account.Account, map[account.Ref][]string, error) {
	if bankID != "" {
		if _, err := s.deps.Banks.Get(c.Ctx, bankID); err != nil {
			return nil, nil, err
		}
	}
	access, err := s.deps.Views.Store.ListAccessForUser(c.Ctx, c.Principal.UserID)
	if err != nil {
		return nil, nil, err
	}
	viewsOn := map[account.Ref][]string{}
	var refs []account.Ref
	for _, a := range access {
		if bankID != "" && a.BankID != bankID {
			continue
		}
		ref := a.Ref()
		if _, seen := viewsOn[ref]; !seen {
			refs = append(refs, ref)
		}
		viewsOn[ref] = append(viewsOn[ref], a.ViewID)
	}
	accounts, err := s.deps.Accounts.Conn.GetBankAccounts(c.Ctx, refs)
	return accounts, viewsOn, err
}

// myAccounts serves GET /my/accounts ("" bank) and GET /banks/BANK_ID/accounts.
func (s *Server) myAccounts(c *Call, bankID string) error {
	accounts, viewsOn, err := s.accessibleAccounts(c, bankID)
	if err != nil {
		return err
	}
	resolved, err := s.deps.Views.Resolve(c.Ctx, viewsOn)
	if err != nil {
		return err
	}
	if bankID == "" {
		out := myAccountsJSON{Accounts: make([]myAccountJSON, 0, len(accounts))}
		for _, a := range accounts {
			views := resolved[a.Ref()]
			basic := make([]viewBasicJSON, len(views))
			for i, v := range views {
				basic[i] = toViewBasic(v)
			}
			out.Accounts = append(out.Accounts, myAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, AccountType: a.ProductCode,
				AccountRoutings: toRoutingsJSON(a.Routings), Views: basic})
		}
		return c.JSON(out)
	}
	out := basicAccountsJSON{Accounts: make([]basicAccountJSON, 0, len(accounts))}
	for _, a := range accounts {
		views := resolved[a.Ref()]
		avail := make([]viewAvailableJSON, len(views))
		for i, v := range views {
			avail[i] = viewAvailableJSON{ID: v.ID, ShortName: v.ShortName, IsPublic: v.IsPublic}
		}
		out.Accounts = append(out.Accounts, basicAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, ViewsAvailable: avail})
	}
	return c.JSON(out)
}

// viewsByID resolves view ids on one account in at most one query.
func (s *Server) viewsByID(c *Call, ref account.Ref, ids []string) ([]view.View, error) {
	resolved, err := s.deps.Views.Resolve(c.Ctx, map[account.Ref][]string{ref: ids})
	return resolved[ref], err
}

func (s *Server) accountsHeld(c *Call) error {
	bankID := c.Param("BANK_ID")
	if _, err := s.deps.Banks.Get(c.Ctx, bankID); err != nil {
		return err
	}
	list, err := s.deps.Accounts.Conn.GetAccountsHeld(c.Ctx, bankID, c.Principal.UserID)
	if err != nil {
		return err
	}
	out := heldAccountsJSON{Accounts: make([]heldAccountJSON, len(list))}
	for i, a := range list {
		out.Accounts[i] = heldAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, Number: a.Number, AccountRoutings: toRoutingsJSON(a.Routings)}
	}
	return c.JSON(out)
}

func (s *Server) getBalances(c *Call) error {
	a, err := s.deps.Accounts.Conn.GetBankAccount(c.Ctx, c.accountRef())
	if err != nil {
		return err
	}
	return c.JSON(toBalancesJSON(a))
}

// getBankBalances lists balances of the caller's accounts at a bank through any view
// that shows the balance.
func (s *Server) getBankBalances(c *Call) error {
	accounts, _, err := s.accessibleAccounts(c, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	out := accountsBalancesJSON{Accounts: []accountBalancesJSON{}}
	for _, a := range accounts {
		for _, id := range s.deps.ViewChecker.ViewsOnAccount(c.Principal.UserID, a.Ref()) {
			if s.deps.ViewChecker.CanOnView(c.Principal.UserID, a.Ref(), id, view.CanSeeBalance) {
				out.Accounts = append(out.Accounts, toBalancesJSON(a))
				break
			}
		}
	}
	return c.JSON(out)
}
