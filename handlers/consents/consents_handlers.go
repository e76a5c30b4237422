package consents

import (
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
)

func (a *area) create(c *handlers.Call, bankID, method string) error {
	var in consentPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	n, err := in.toNew(bankID, method, c.Version())
	if err != nil {
		return err
	}
	k, err := a.consents.Create(c.Ctx, c.Caller(), n)
	if err != nil {
		return err
	}
	return c.JSON(toConsentJSON310(k))
}

func (a *area) answer(c *handlers.Call) error {
	var in answerPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	k, err := a.consents.Answer(c.Ctx, c.Caller(), c.Param("BANK_ID"), c.Param("CONSENT_ID"), in.Answer)
	if err != nil {
		return err
	}
	return c.JSON(toConsentJSON310(k))
}

func (a *area) revoke(c *handlers.Call, bankID string) error {
	k, err := a.consents.Revoke(c.Ctx, c.Caller(), bankID, c.Param("CONSENT_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toConsentJSON310(k))
}

func (a *area) revokeCurrent(c *handlers.Call) error {
	k, err := a.consents.RevokeCurrent(c.Ctx, c.Caller())
	if err != nil {
		return err
	}
	return c.JSON(toConsentJSON310(k))
}

func (a *area) revokeAtBank(c *handlers.Call) error {
	k, err := a.consents.RevokeAtBank(c.Ctx, c.Param("BANK_ID"), c.Param("CONSENT_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toConsentJSON310(k))
}

// status reads the body's status: OBP's names or the Berlin Group's.
func status(c *handlers.Call) (consent.Status, error) {
	var in statusPutJSON
	if err := c.Bind(&in); err != nil {
		return "", err
	}
	s, ok := consent.ParseStatus(in.Status)
	if !ok {
		return "", obperr.InvalidRequestPayload.Field("/status", "status must be one of INITIATED, ACCEPTED, REJECTED, REVOKED.")
	}
	return s, nil
}

func (a *area) setStatus(c *handlers.Call) error {
	to, err := status(c)
	if err != nil {
		return err
	}
	k, err := a.consents.SetStatus(c.Ctx, c.Caller(), c.Param("BANK_ID"), c.Param("CONSENT_ID"), to)
	if err != nil {
		return err
	}
	return c.JSON(toConsentJSON310(k))
}

func (a *area) setStatusAtBank(c *handlers.Call) error {
	to, err := status(c)
	if err != nil {
		return err
	}
	k, err := a.consents.SetStatusAtBank(c.Ctx, c.Param("BANK_ID"), c.Param("CONSENT_ID"), to)
	if err != nil {
		return err
	}
	return c.JSON(toConsentJSON310(k))
}

func (a *area) setAccountAccess(c *handlers.Call) error {
	var in accountAccessPutJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	k, err := a.consents.SetAccountAccess(c.Ctx, c.Param("BANK_ID"), c.Param("CONSENT_ID"), in.ibans())
	if err != nil {
		return err
	}
	return c.JSON(toConsentJSON310(k))
}

// page lists one page of consents, as the limit and offset query parameters ask.
func page(c *handlers.Call, list func(limit, offset int) ([]consent.Consent, error)) ([]consent.Consent, error) {
	limit, offset, err := c.Page()
	if err != nil {
		return nil, err
	}
	return list(limit, offset)
}

func (a *area) listMine(c *handlers.Call, bankID string, v510 bool) error {
	cs, err := page(c, func(limit, offset int) ([]consent.Consent, error) {
		return a.consents.ListMine(c.Ctx, c.Caller(), bankID, limit, offset)
	})
	if err != nil {
		return err
	}
	if !v510 {
		return c.JSON(toConsentsJSON400(cs))
	}
	out, err := toConsentsJSON510(cs)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

func (a *area) listAll(c *handlers.Call, bankID string) error {
	cs, err := page(c, func(limit, offset int) ([]consent.Consent, error) {
		return a.consents.ListAll(c.Ctx, bankID, limit, offset)
	})
	if err != nil {
		return err
	}
	out, err := toManagedConsentsJSON510(cs)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

func (a *area) infos(c *handlers.Call, bankID string) error {
	cs, err := page(c, func(limit, offset int) ([]consent.Consent, error) {
		return a.consents.ListMine(c.Ctx, c.Caller(), bankID, limit, offset)
	})
	if err != nil {
		return err
	}
	return c.JSON(toConsentInfosJSON400(cs))
}

func (a *area) getMine(c *handlers.Call) error {
	k, err := a.consents.Get(c.Ctx, c.Caller(), c.Param("CONSENT_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toUserConsentJSON510(k))
}

func (a *area) getForApp(c *handlers.Call) error {
	k, err := a.consents.GetForApp(c.Ctx, c.Caller(), c.Param("CONSENT_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toAppConsentJSON510(k))
}

func (a *area) createRequest(c *handlers.Call, kind string) error {
	r, err := a.consents.CreateRequest(c.Ctx, c.Caller(), kind, c.Body())
	if err != nil {
		return err
	}
	return c.JSON(toConsentRequestJSON(r))
}

func (a *area) getRequest(c *handlers.Call) error {
	r, err := a.consents.GetRequest(c.Ctx, c.Caller(), c.Param("CONSENT_REQUEST_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toConsentRequestJSON(r))
}

func (a *area) createFromRequest(c *handlers.Call, method string) error {
	k, err := a.consents.CreateFromRequest(c.Ctx, c.Caller(), c.Param("CONSENT_REQUEST_ID"), method, c.Version())
	if err != nil {
		return err
	}
	return c.JSON(toConsentJSON500(k))
}

func (a *area) forRequest(c *handlers.Call) error {
	k, err := a.consents.ForRequest(c.Ctx, c.Caller(), c.Param("CONSENT_REQUEST_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toConsentJSON500(k))
}

func (a *area) jwks(c *handlers.Call) error {
	return c.JSON(jwksJSON{Keys: a.keys.JWKS()})
}
