package tms

import (
	"encoding/base64"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/tms"
	"github.com/obp-go/obp/handlers"
)

func tenant(c *handlers.Call) string { return c.Param("TENANT_NAME") }

func (a *area) start(c *handlers.Call) error {
	var in startJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	t, err := a.svc.Start(c.Ctx, tenant(c), c.Principal.ConsumerID, in.toNew())
	if err != nil {
		return err
	}
	return c.JSON(toStatusJSON(t))
}

func (a *area) status(c *handlers.Call) error {
	t, err := a.svc.Get(c.Ctx, tenant(c), c.Param("TMS_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toStatusJSON(t))
}

func (a *area) result(c *handlers.Call) error {
	t, err := a.svc.Get(c.Ctx, tenant(c), c.Param("TMS_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toResultJSON(t))
}

func (a *area) caCertificate(c *handlers.Call) error {
	ca, err := a.svc.CA(c.Ctx, tenant(c))
	if err != nil {
		return err
	}
	f := c.Fiber()
	f.Set("Content-Type", "application/x-pem-file")
	return f.Status(200).Send(ca.PEM())
}

func (a *area) enrol(c *handlers.Call) error {
	var in enrolJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	e, err := a.svc.Enrol(c.Ctx, tenant(c), c.Principal.UserID, in.Name, in.CSR)
	if err != nil {
		return err
	}
	return c.JSON(enrolledJSON{deviceJSON: toDeviceJSON(e.Device), DeviceToken: e.Token})
}

func (a *area) myDevices(c *handlers.Call) error {
	ds, err := a.svc.Devices(c.Ctx, tenant(c), c.Principal.UserID)
	if err != nil {
		return err
	}
	return c.JSON(toDevicesJSON(ds))
}

func (a *area) userDevices(c *handlers.Call) error {
	ds, err := a.svc.Devices(c.Ctx, tenant(c), c.Param("USER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toDevicesJSON(ds))
}

func (a *area) revokeMine(c *handlers.Call) error {
	if err := a.svc.Revoke(c.Ctx, tenant(c), c.Principal.UserID, c.Param("DEVICE_ID")); err != nil {
		return err
	}
	return c.NoContent()
}

func (a *area) revokeUsers(c *handlers.Call) error {
	if err := a.svc.Revoke(c.Ctx, tenant(c), c.Param("USER_ID"), c.Param("DEVICE_ID")); err != nil {
		return err
	}
	return c.NoContent()
}

// device is the calling device: the user's session and the device credential header.
func device(c *handlers.Call) tms.DeviceCaller {
	return tms.DeviceCaller{BankID: tenant(c), UserID: c.Principal.UserID, DeviceID: c.Param("DEVICE_ID"),
		Token: c.Header(DeviceTokenHeader), AuthenticatedAt: c.Principal.AuthenticatedAt}
}

func (a *area) pending(c *handlers.Call) error {
	ts, err := a.svc.Pending(c.Ctx, device(c))
	if err != nil {
		return err
	}
	out := pendingJSON{Tms: make([]deviceTmsJSON, len(ts))}
	for i, t := range ts {
		out.Tms[i] = toDeviceTmsJSON(t, false)
	}
	return c.JSON(out)
}

func (a *area) retrieve(c *handlers.Call) error {
	t, err := a.svc.Retrieve(c.Ctx, device(c), c.Param("TMS_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toDeviceTmsJSON(t, true))
}

func (a *area) answer(c *handlers.Call) error {
	var in answerJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	der, err := base64.StdEncoding.DecodeString(in.SignedData)
	if err != nil {
		return obperr.TmsSignatureInvalid.Field("/signedData", "signedData must be base64.")
	}
	t, err := a.svc.Answer(c.Ctx, device(c), c.Param("TMS_ID"), tms.Answer{Decision: tms.Decision(in.Decision), SignedData: der})
	if err != nil {
		return err
	}
	return c.JSON(toStatusJSON(t))
}
