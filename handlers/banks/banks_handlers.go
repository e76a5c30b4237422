package banks

import "github.com/obp-go/obp/handlers"

func (a *area) createBank(c *handlers.Call) error {
	var in bankPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	b, err := a.banks.Create(c.Ctx, c.Principal.UserID, in.toBank())
	if err != nil {
		return err
	}
	return c.JSON(toBankJSON500(b))
}

func (a *area) updateBank(c *handlers.Call) error {
	var in bankPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	b, err := a.banks.Update(c.Ctx, in.toBank())
	if err != nil {
		return err
	}
	return c.JSON(toBankJSON500(b))
}

func (a *area) getBanks(c *handlers.Call) error {
	banks, err := a.banks.List(c.Ctx)
	if err != nil {
		return err
	}
	out := banksJSON400{Banks: make([]bankJSON400, len(banks))}
	for i, b := range banks {
		out.Banks[i] = toBankJSON400(b)
	}
	return c.JSON(out)
}

func (a *area) getBank(c *handlers.Call) error {
	b, err := a.banks.Get(c.Ctx, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toBankJSON500(b))
}
