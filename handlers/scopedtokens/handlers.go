package scopedtokens

import (
	"github.com/obp-go/obp/handlers"
)

func (a *area) create(c *handlers.Call) error {
	var in postJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	t, err := a.tokens.Create(c.Ctx, c.Principal, c.Param("BANK_ID"), in.toNew())
	if err != nil {
		return err
	}
	return c.JSON(toIssuedJSON(t))
}

func (a *area) list(c *handlers.Call) error {
	ts, err := a.tokens.List(c.Ctx, c.Principal, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	out := tokensJSON{ScopedAccessTokens: make([]tokenJSON, 0, len(ts))}
	for _, t := range ts {
		out.ScopedAccessTokens = append(out.ScopedAccessTokens, toTokenJSON(t))
	}
	return c.JSON(out)
}

func (a *area) revoke(c *handlers.Call) error {
	if err := a.tokens.Revoke(c.Ctx, c.Principal, c.Param("BANK_ID"), c.Param("SCOPED_ACCESS_TOKEN_ID")); err != nil {
		return err
	}
	return c.NoContent()
}

func (a *area) refresh(c *handlers.Call) error {
	t, err := a.tokens.Refresh(c.Ctx, c.Principal)
	if err != nil {
		return err
	}
	return c.JSON(toRefreshedJSON(t))
}
