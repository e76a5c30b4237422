package customers

import "github.com/obp-go/obp/handlers"

func (a *area) createCustomer(c *handlers.Call) error {
	var in customerPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	cu, err := a.customers.Create(c.Ctx, c.Param("BANK_ID"), in.toNewCustomer())
	if err != nil {
		return err
	}
	return c.JSON(toCustomerJSON310(cu))
}

func (a *area) getCustomersAtOneBank(c *handlers.Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	cs, err := a.customers.List(c.Ctx, c.Param("BANK_ID"), limit, offset)
	if err != nil {
		return err
	}
	out := customersJSON300{Customers: make([]customerJSON310, len(cs))}
	for i, cu := range cs {
		out.Customers[i] = toCustomerJSON310(cu)
	}
	return c.JSON(out)
}

func (a *area) getCustomerByCustomerID(c *handlers.Call) error {
	w, err := a.customers.Get(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toCustomerWithAttributesJSON(w))
}

func (a *area) getCustomersForUser(c *handlers.Call) error {
	ws, err := a.customers.LinkedToWithAttributes(c.Ctx, c.Principal.UserID)
	if err != nil {
		return err
	}
	out := customersWithAttributesJSON{Customers: make([]customerWithAttributesJSON, len(ws))}
	for i, w := range ws {
		out.Customers[i] = toCustomerWithAttributesJSON(w)
	}
	return c.JSON(out)
}

func (a *area) getMyCustomersAtAnyBank(c *handlers.Call) error {
	cs, err := a.customers.LinkedTo(c.Ctx, c.Principal.UserID)
	if err != nil {
		return err
	}
	out := customersJSON210{Customers: make([]customerJSON210, len(cs))}
	for i, cu := range cs {
		out.Customers[i] = toCustomerJSON210(cu)
	}
	return c.JSON(out)
}
