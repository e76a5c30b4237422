package counterparties

import (
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/handlers"
)

func (a *area) createCounterparty(c *handlers.Call) error {
	var in counterpartyPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	cp, err := a.counterparties.Create(c.Ctx, c.Principal.UserID, c.AccountRef(), c.Param("VIEW_ID"), in.toNew())
	if err != nil {
		return err
	}
	return c.JSON(toCounterpartyWithMetadataJSON(cp))
}

func (a *area) getCounterparties(c *handlers.Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	if c.Query("limit") == "" {
		limit = counterparty.MaxPage // OBP answers every counterparty: page only when asked to
	}
	cs, err := a.counterparties.List(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), limit, offset)
	if err != nil {
		return err
	}
	return c.JSON(toCounterpartiesJSON400(cs))
}

func (a *area) getCounterparty(c *handlers.Call) error {
	cp, err := a.counterparties.Get(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toCounterpartyWithMetadataJSON(cp))
}

func (a *area) deleteCounterparty(c *handlers.Call) error {
	if err := a.counterparties.Delete(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_ID")); err != nil {
		return err
	}
	return c.NoContent()
}

func (a *area) getCounterpartyByNameForAnyAccount(c *handlers.Call) error {
	cp, err := a.counterparties.GetByName(c.Ctx, c.AccountRef(), c.Param("VIEW_ID"), c.Param("COUNTERPARTY_NAME"))
	if err != nil {
		return err
	}
	return c.JSON(toCounterpartyWithMetadataJSON(cp))
}
