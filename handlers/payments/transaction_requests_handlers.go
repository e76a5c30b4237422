package payments

import (
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/handlers"
)

func (a *area) createTransactionRequestAccount(c *handlers.Call) error {
	var in trAccountJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	return a.create(c, payment.Account, in.toNew())
}

func (a *area) createTransactionRequestAccountOtp(c *handlers.Call) error {
	var in trAccountJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	return a.create(c, payment.AccountOTP, in.toNew())
}

func (a *area) createTransactionRequestSandboxTan(c *handlers.Call) error {
	var in trAccountJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	return a.create(c, payment.SandboxTAN, in.toNew())
}

func (a *area) createTransactionRequestCounterparty(c *handlers.Call) error {
	var in trCounterpartyJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	return a.create(c, payment.Counterparty, in.toNew())
}

func (a *area) createTransactionRequestSepa(c *handlers.Call) error {
	var in trSepaJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	return a.create(c, payment.SEPA, in.toNew())
}

func (a *area) createTransactionRequestFreeForm(c *handlers.Call) error {
	var in trFreeFormJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	return a.create(c, payment.FreeForm, in.toNew())
}

func (a *area) createTransactionRequestRefund(c *handlers.Call) error {
	var in trRefundJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	return a.create(c, payment.Refund, in.toNew())
}

// create completes a request of type t read from the body with what the path says, and
// keeps the whole posted body as the request's details.
func (a *area) create(c *handlers.Call, t payment.Type, n payment.New) error {
	n.From, n.ViewID, n.Type, n.Details = c.AccountRef(), c.Param("VIEW_ID"), t, string(c.Body())
	res, err := a.payments.Create(c.Ctx, c.Caller(), n)
	if err != nil {
		return err
	}
	return c.JSON(toTransactionRequestJSON(res.Request, res.Challenges))
}

func (a *area) answerTransactionRequestChallenge(c *handlers.Call) error {
	var in challengeAnswerJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	res, err := a.payments.Answer(c.Ctx, c.Caller(), c.AccountRef(), payment.Type(c.Param("TRANSACTION_REQUEST_TYPE")),
		c.Param("TRANSACTION_REQUEST_ID"), in.ID, in.Answer)
	if err != nil {
		return err
	}
	return c.JSON(toTransactionRequestJSON(res.Request, res.Challenges))
}

func (a *area) getTransactionRequests(c *handlers.Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	list, err := a.payments.List(c.Ctx, c.AccountRef(), limit, offset)
	if err != nil {
		return err
	}
	out := transactionRequestsJSON{TransactionRequests: make([]transactionRequestJSON, len(list))}
	for i, r := range list {
		out.TransactionRequests[i] = toTransactionRequestJSON(r.Request, r.Challenges)
	}
	return c.JSON(out)
}

func (a *area) getTransactionRequest(c *handlers.Call) error {
	r, err := a.payments.Get(c.Ctx, c.AccountRef(), c.Param("TRANSACTION_REQUEST_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toTransactionRequestJSON(r.Request, r.Challenges))
}

func (a *area) updateTransactionRequestStatus(c *handlers.Call) error {
	var in trStatusJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	r, err := a.payments.SetStatus(c.Ctx, c.Param("TRANSACTION_REQUEST_ID"), payment.Status(in.Status))
	if err != nil {
		return err
	}
	return c.JSON(trStatusJSON{Status: string(r.Status)})
}

func (a *area) getTransactionRequestTypes(c *handlers.Call) error {
	types, currency, err := a.payments.Types(c.Ctx, c.AccountRef())
	if err != nil {
		return err
	}
	return c.JSON(toTRTypesJSON(types, currency))
}

func (a *area) getDoubleEntryTransaction(c *handlers.Call) error {
	p, err := a.payments.DoubleEntry(c.Ctx, c.AccountRef(), c.Param("TRANSACTION_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toDoubleEntryJSON(p))
}
