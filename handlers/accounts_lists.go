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

// myAccounts serves GET /my/accounts ("" bank) and GET /banks/BANK_ID/accounts, each
// account as the caller's most permissive view on it shows it.
func (s *Server) myAccounts(c *Call, bankID string) error {
	accounts, viewsOn, err := s.accessibleAccounts(c, bankID)
	if err != nil {
		return err
	}
	resolved, err := s.deps.Views.Resolve(c.Ctx, viewsOn)
	if err != nil {
		return err
	}
	out := moderatedAccountsJSON{Accounts: make([]map[string]any, 0, len(accounts))}
	for _, a := range accounts {
		views := resolved[a.Ref()]
		through, ok := listView(views, func(view.View) bool { return true })
		if !ok {
			continue
		}
		var entry any
		var sh shape
		if bankID == "" {
			basic := make([]viewBasicJSON, len(views))
			for i, v := range views {
				basic[i] = toViewBasic(v)
			}
			entry, sh = myAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, AccountType: a.ProductCode,
				AccountRoutings: toRoutingsJSON(a.Routings), Views: basic}, accountListShape
		} else {
			avail := make([]viewAvailableJSON, len(views))
			for i, v := range views {
				avail[i] = viewAvailableJSON{ID: v.ID, ShortName: v.ShortName, IsPublic: v.IsPublic}
			}
			entry, sh = basicAccountJSON{ID: a.ID, Label: a.Label, BankID: a.BankID, ViewsAvailable: avail}, basicAccountShape
		}
		m, err := moderate(entry, sh, through)
		if err != nil {
			return err
		}
		out.Accounts = append(out.Accounts, m)
	}
	return c.JSON(out)
}

// listView picks the view a list shows an account through as the view guard picks one
// for paths without VIEW_ID: the most permissive of the caller's views that passes ok.
func listView(views []view.View, ok func(view.View) bool) (view.View, bool) {
	byID := make(map[string]view.View, len(views))
	ids := make([]string, 0, len(views))
	for _, v := range views {
		byID[v.ID] = v
		ids = append(ids, v.ID)
	}
	for _, id := range mostPermissiveFirst(ids) {
		if ok(byID[id]) {
			return byID[id], true
		}
	}
	return view.View{}, false
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

// getBalances answers through the view the guard chose: VIEW_ID, or the caller's most
// permissive view that shows the balance.
func (s *Server) getBalances(c *Call) error {
	through, a, err := s.viewedAccount(c)
	if err != nil {
		return err
	}
	out, err := moderate(toBalancesJSON(a), balancesShape, through)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

// getBankBalances lists balances of the caller's accounts at a bank, each through the
// view that lets the caller see its balance.
func (s *Server) getBankBalances(c *Call) error {
	accounts, viewsOn, err := s.accessibleAccounts(c, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	resolved, err := s.deps.Views.Resolve(c.Ctx, viewsOn)
	if err != nil {
		return err
	}
	out := moderatedAccountsJSON{Accounts: []map[string]any{}}
	for _, a := range accounts {
		through, ok := listView(resolved[a.Ref()], func(v view.View) bool {
			return s.deps.ViewChecker.CanOnView(c.Principal.UserID, a.Ref(), v.ID, view.CanSeeBalance)
		})
		if !ok {
			continue
		}
		m, err := moderate(toBalancesJSON(a), balancesShape, through)
		if err != nil {
			return err
		}
		out.Accounts = append(out.Accounts, m)
	}
	return c.JSON(out)
}
