package authcontext

import "github.com/obp-go/obp/handlers"

func (a *area) createUserAuthContext(c *handlers.Call) error {
	var in userAuthContextPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	out, err := a.contexts.Create(c.Ctx, c.Caller(), c.Param("USER_ID"), in.toPair())
	if err != nil {
		return err
	}
	return c.JSON(toUserAuthContextJSON(out))
}

func (a *area) getUserAuthContexts(c *handlers.Call) error {
	cs, err := a.contexts.List(c.Ctx, c.Param("USER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toUserAuthContextsJSON(cs))
}

func (a *area) deleteUserAuthContexts(c *handlers.Call) error {
	if err := a.contexts.DeleteAll(c.Ctx, c.Param("USER_ID")); err != nil {
		return err
	}
	return c.NoContent()
}

func (a *area) deleteUserAuthContextByID(c *handlers.Call) error {
	if err := a.contexts.Delete(c.Ctx, c.Param("USER_ID"), c.Param("USER_AUTH_CONTEXT_ID")); err != nil {
		return err
	}
	return c.NoContent()
}

func (a *area) createUserAuthContextUpdateRequest(c *handlers.Call) error {
	var in userAuthContextPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	u, err := a.contexts.RequestUpdate(c.Ctx, c.Caller(), c.Param("BANK_ID"), c.Param("SCA_METHOD"), in.toPair())
	if err != nil {
		return err
	}
	return c.JSON(toUpdateJSON(u))
}

func (a *area) answerUserAuthContextUpdateChallenge(c *handlers.Call) error {
	var in challengeAnswerJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	u, err := a.contexts.AnswerUpdate(c.Ctx, c.Caller(), c.Param("BANK_ID"), c.Param("AUTH_CONTEXT_UPDATE_ID"), in.Answer)
	if err != nil {
		return err
	}
	return c.JSON(toUpdateJSON(u))
}
