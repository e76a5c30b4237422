package handlers

import (
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
)

// myAccounts serves GET /my/accounts ("" bank) and GET /banks/BANK_ID/accounts, each
// account as the caller's most permissive view on it shows it.
func (s *Server) myAccounts(c *Call, bankID string) error {
	viewed, err := s.deps.Views.Accessible(c.Ctx, c.Principal.UserID, bankID)
	if err != nil {
		return err
	}
	out := moderatedAccountsJSON{Accounts: make([]map[string]any, 0, len(viewed))}
	for _, va := range viewed {
		a, views := va.Account, va.Views
		through, ok := view.MostPermissive(views, func(view.View) bool { return true })
		if !ok {
			continue
		}
		var entry any
		var sh Shape
		if bankID == "" {
			basic := make([]viewBasicJSON, len(views))
			for i, v := range views {
				basic[i] = toViewBasic(v)
			}
			entry, sh = myAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, AccountType: a.ProductCode,
				AccountRoutings: wire.FromRoutings(a.Routings), Views: basic}, accountListShape
		} else {
			avail := make([]viewAvailableJSON, len(views))
			for i, v := range views {
				avail[i] = viewAvailableJSON{ID: v.ID, ShortName: v.ShortName, IsPublic: v.IsPublic}
			}
			entry, sh = basicAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, ViewsAvailable: avail}, basicAccountShape
		}
		m, err := Moderate(entry, sh, through)
		if err != nil {
			return err
		}
		out.Accounts = append(out.Accounts, m)
	}
	return c.JSON(out)
}

func (s *Server) accountsHeld(c *Call) error {
	list, err := s.deps.Accounts.Held(c.Ctx, c.Param("BANK_ID"), c.Principal.UserID)
	if err != nil {
		return err
	}
	out := heldAccountsJSON{Accounts: make([]heldAccountJSON, len(list))}
	for i, a := range list {
		out.Accounts[i] = heldAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, Number: a.Number, AccountRoutings: wire.FromRoutings(a.Routings)}
	}
	return c.JSON(out)
}

// getBalances answers through the view the guard chose: VIEW_ID, or the caller's most
// permissive view that shows the balance.
func (s *Server) getBalances(c *Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	a, err := s.deps.Accounts.Get(c.Ctx, c.AccountRef())
	if err != nil {
		return err
	}
	out, err := Moderate(toBalancesJSON(a), balancesShape, through)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

// getBankBalances lists balances of the caller's accounts at a bank, each through the
// view that lets the caller see its balance.
func (s *Server) getBankBalances(c *Call) error {
	viewed, err := s.deps.Views.Accessible(c.Ctx, c.Principal.UserID, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	out := moderatedAccountsJSON{Accounts: []map[string]any{}}
	for _, va := range viewed {
		a := va.Account
		through, ok := view.MostPermissive(va.Views, func(v view.View) bool { return v.Can(view.CanSeeBalance) })
		if !ok {
			continue
		}
		m, err := Moderate(toBalancesJSON(a), balancesShape, through)
		if err != nil {
			return err
		}
		out.Accounts = append(out.Accounts, m)
	}
	return c.JSON(out)
}
