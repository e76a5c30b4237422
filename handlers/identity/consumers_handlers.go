package identity

import "github.com/obp-go/obp/handlers"

func (a *area) createConsumer(c *handlers.Call) error {
	var in consumerPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	con, secret, err := a.deps.Consumers.Create(c.Ctx, in.toNewConsumer(c.Principal.UserID))
	if err != nil {
		return err
	}
	return c.JSON(consumerCreatedJSON{consumerJSON: toConsumerJSON(con), Key: con.Key, Secret: secret, ClientCertificate: con.ClientCertificate})
}

func (a *area) getConsumers(c *handlers.Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	list, err := a.deps.Consumers.List(c.Ctx, limit, offset)
	if err != nil {
		return err
	}
	return c.JSON(toConsumersJSON(list))
}

func (a *area) getConsumersForCurrentUser(c *handlers.Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	list, err := a.deps.Consumers.CreatedBy(c.Ctx, c.Principal.UserID, limit, offset)
	if err != nil {
		return err
	}
	return c.JSON(toConsumersJSON(list))
}

func (a *area) getConsumer(c *handlers.Call) error {
	con, err := a.deps.Consumers.Get(c.Ctx, c.Param("CONSUMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toConsumerJSON(con))
}

// enableDisableConsumer needs the role for the direction asked: the guard let through
// holders of either, the service checks the one that applies.
func (a *area) enableDisableConsumer(c *handlers.Call) error {
	var in enabledJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	con, err := a.deps.Consumers.SetEnabled(c.Ctx, c.Principal.UserID, c.Param("CONSUMER_ID"), in.Enabled)
	if err != nil {
		return err
	}
	return c.JSON(enabledJSON{Enabled: con.Enabled})
}

func (a *area) updateConsumerRedirectURL(c *handlers.Call) error {
	var in redirectURLJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	con, err := a.deps.Consumers.SetRedirectURL(c.Ctx, c.Param("CONSUMER_ID"), in.RedirectURL)
	if err != nil {
		return err
	}
	return c.JSON(toConsumerJSON(con))
}

func (a *area) setCallLimits(c *handlers.Call) error {
	var in callLimitsJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	perMinute, perHour := in.enforced()
	con, err := a.deps.Consumers.SetCallLimits(c.Ctx, c.Param("CONSUMER_ID"), perMinute, perHour)
	if err != nil {
		return err
	}
	return c.JSON(toCallLimitsJSON(con))
}

func (a *area) getCallLimits(c *handlers.Call) error {
	con, err := a.deps.Consumers.Get(c.Ctx, c.Param("CONSUMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toCallLimitsJSON(con))
}
