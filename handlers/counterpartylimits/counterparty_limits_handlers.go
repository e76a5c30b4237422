package counterpartylimits

import "github.com/obp-go/obp/handlers"

func (a *area) createLimit(c *handlers.Call) error {
	var in limitPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	l, err := a.limits.Create(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_ID"), in.toNew())
	if err != nil {
		return err
	}
	return c.JSON(toLimitJSON(l))
}

func (a *area) getLimit(c *handlers.Call) error {
	l, err := a.limits.Get(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toLimitJSON(l))
}

func (a *area) updateLimit(c *handlers.Call) error {
	var in limitPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	l, err := a.limits.Update(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_ID"), in.toNew())
	if err != nil {
		return err
	}
	return c.JSON(toLimitJSON(l))
}

func (a *area) deleteLimit(c *handlers.Call) error {
	if err := a.limits.Delete(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_ID")); err != nil {
		return err
	}
	return c.NoContent()
}

func (a *area) getLimitStatus(c *handlers.Call) error {
	s, err := a.limits.Status(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toLimitStatusJSON(s))
}
