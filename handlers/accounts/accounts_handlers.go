package accounts

import (
	"github.com/obp-go/obp/handlers"
)

func (a *area) createAccount(c *handlers.Call) error {
	var in accountPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	acc, err := a.accounts.Create(c.Ctx, c.Principal.UserID, c.Param("BANK_ID"), in.toNew(c.Param("ACCOUNT_ID")))
	if err != nil {
		return err
	}
	return c.JSON(toAccountCreatedJSON(acc))
}

func (a *area) getPrivateAccountByIDFull(c *handlers.Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	r, err := a.views.Read(c.Ctx, c.Principal.UserID, c.AccountRef())
	if err != nil {
		return err
	}
	out, err := handlers.Shown(toModeratedAccountJSON(r), accountShape, through)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

func (a *area) getCoreAccountByID(c *handlers.Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	r, err := a.views.Read(c.Ctx, c.Principal.UserID, c.AccountRef())
	if err != nil {
		return err
	}
	out, err := handlers.Shown(toCoreAccountJSON(r), coreAccountShape, through)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

func (a *area) updateAccountLabel(c *handlers.Call) error {
	var in labelJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	if err := a.accounts.UpdateLabel(c.Ctx, c.AccountRef(), in.Label); err != nil {
		return err
	}
	return c.JSON(successJSON{Success: "Success"})
}

func (a *area) getAccountsHeld(c *handlers.Call) error {
	list, err := a.accounts.Held(c.Ctx, c.Param("BANK_ID"), c.Principal.UserID)
	if err != nil {
		return err
	}
	out := heldAccountsJSON{Accounts: make([]heldAccountJSON, len(list))}
	for i, acc := range list {
		out.Accounts[i] = toHeldAccountJSON(acc)
	}
	return c.JSON(out)
}

// getBalances answers through the view the guard chose: VIEW_ID, or the caller's most
// permissive view that shows the balance.
func (a *area) getBalances(c *handlers.Call) error {
	through, err := c.View()
	if err != nil {
		return err
	}
	acc, err := a.accounts.Get(c.Ctx, c.AccountRef())
	if err != nil {
		return err
	}
	out, err := handlers.Shown(toBalancesJSON(acc), balancesShape, through)
	if err != nil {
		return err
	}
	return c.JSON(out)
}
