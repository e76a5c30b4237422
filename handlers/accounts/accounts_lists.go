package accounts

import (
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// corePrivateAccountsAllBanks lists every account the caller has a view on, each as the
// caller's most permissive view on it shows it.
func (a *area) corePrivateAccountsAllBanks(c *handlers.Call) error {
	viewed, err := a.views.Accessible(c.Ctx, c.Principal.UserID, "")
	if err != nil {
		return err
	}
	out, err := moderateEach(viewed, anyView, accountListShape, toMyAccountJSON)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

// getPrivateAccountsAtOneBank lists the accounts at BANK_ID the caller has a view on, each
// as the caller's most permissive view on it shows it.
func (a *area) getPrivateAccountsAtOneBank(c *handlers.Call) error {
	viewed, err := a.views.Accessible(c.Ctx, c.Principal.UserID, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	out, err := moderateEach(viewed, anyView, basicAccountShape, toBasicAccountJSON)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

// getBankBalances lists balances of the caller's accounts at a bank, each through the
// view that lets the caller see its balance.
func (a *area) getBankBalances(c *handlers.Call) error {
	viewed, err := a.views.Accessible(c.Ctx, c.Principal.UserID, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	showsBalance := func(v view.View) bool { return v.Can(view.CanSeeBalance) }
	out, err := moderateEach(viewed, showsBalance, balancesShape, func(va view.Viewed) any { return toBalancesJSON(va.Account) })
	if err != nil {
		return err
	}
	return c.JSON(out)
}

func anyView(view.View) bool { return true }

// moderateEach renders each account through the caller's most permissive view on it that
// pick accepts, and leaves out the accounts with no such view.
func moderateEach[T any](viewed []view.Viewed, pick func(view.View) bool, sh handlers.Shape, render func(view.Viewed) T) (moderatedAccountsJSON, error) {
	out := moderatedAccountsJSON{Accounts: make([]map[string]any, 0, len(viewed))}
	for _, va := range viewed {
		through, ok := view.MostPermissive(va.Views, pick)
		if !ok {
			continue
		}
		m, err := handlers.Moderate(render(va), sh, through)
		if err != nil {
			return out, err
		}
		out.Accounts = append(out.Accounts, m)
	}
	return out, nil
}
