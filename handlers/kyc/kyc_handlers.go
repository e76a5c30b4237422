package kyc

import (
	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/handlers"
)

func (a *area) addKycDocument(c *handlers.Call) error {
	var in documentPutJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	d, err := in.toDocument(c.Param("KYC_DOCUMENT_ID"))
	if err != nil {
		return err
	}
	if d, err = a.records.AddDocument(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"), d); err != nil {
		return err
	}
	return c.JSON(toDocumentJSON(d))
}

func (a *area) addKycCheck(c *handlers.Call) error {
	var in checkPutJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	k, err := in.toCheck(c.Param("KYC_CHECK_ID"))
	if err != nil {
		return err
	}
	if k, err = a.records.AddCheck(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"), k); err != nil {
		return err
	}
	return c.JSON(toCheckJSON(k))
}

func (a *area) addKycMedia(c *handlers.Call) error {
	var in mediaPutJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	m, err := in.toMedia(c.Param("KYC_MEDIA_ID"))
	if err != nil {
		return err
	}
	if m, err = a.records.AddMedia(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"), m); err != nil {
		return err
	}
	return c.JSON(toMediaJSON(m))
}

func (a *area) addKycStatus(c *handlers.Call) error {
	var in statusPutJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	date, err := kyc.ParseDate("/date", in.Date)
	if err != nil {
		return err
	}
	s, err := a.records.AddStatus(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"), in.CustomerNumber, in.OK, date)
	if err != nil {
		return err
	}
	return c.JSON(toStatusJSON(s))
}

func (a *area) getKycDocuments(c *handlers.Call) error {
	ds, err := a.records.Documents(c.Ctx, c.Param("CUSTOMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toDocumentsJSON(ds))
}

func (a *area) getKycChecks(c *handlers.Call) error {
	ks, err := a.records.Checks(c.Ctx, c.Param("CUSTOMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toChecksJSON(ks))
}

func (a *area) getKycMedia(c *handlers.Call) error {
	ms, err := a.records.Medias(c.Ctx, c.Param("CUSTOMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toMediasJSON(ms))
}

func (a *area) getKycStatuses(c *handlers.Call) error {
	ss, err := a.records.Statuses(c.Ctx, c.Param("CUSTOMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toStatusesJSON(ss))
}
