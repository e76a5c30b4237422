package seal

import (
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/seal"
	"github.com/obp-go/obp/handlers"
)

const (
	actionVerify   = "sealVerify"
	actionDeferred = "sealDeferredVerify"
	// maxData bounds the sealed data string inWebo leaves unbounded.
	maxData = 4000
	// maxParam bounds the other parameters.
	maxParam = 255
)

// bindCheck reads and validates the query of GET /FS.
func bindCheck(c *handlers.Call) (seal.Check, error) {
	action := c.Query("action")
	if action != actionVerify && action != actionDeferred {
		return seal.Check{}, badParameter("action", "action must be %s or %s.", actionVerify, actionDeferred)
	}
	if f := c.Query("format"); f != "" && f != "json" && f != "xml" {
		return seal.Check{}, badParameter("format", "format must be json or xml.")
	}
	in := seal.Check{CallerID: c.Principal.UserID, BankID: c.Query("serviceId"), Login: c.Query("userId"),
		Token: c.Query("token"), Data: c.Query("data")}
	for _, p := range []struct{ name, value string }{{"serviceId", in.BankID}, {"userId", in.Login}, {"token", in.Token}, {"data", in.Data}} {
		limit := maxParam
		if p.name == "data" {
			limit = maxData
		}
		if p.value == "" || utf8.RuneCountInString(p.value) > limit {
			return seal.Check{}, badParameter(p.name, "%s is required, at most %d characters.", p.name, limit)
		}
	}
	if action == actionDeferred {
		secs, err := strconv.ParseInt(c.Query("date"), 10, 64)
		if err != nil || secs < 0 || secs > 1<<40 {
			return seal.Check{}, badParameter("date", "date must be the seal time in Unix seconds.")
		}
		in.At = time.Unix(secs, 0).UTC()
	}
	return in, nil
}

func badParameter(name, format string, args ...any) error {
	return obperr.SealInvalidRequest.Field(name, format, args...)
}

func (a *area) verify(c *handlers.Call) error {
	in, err := bindCheck(c)
	if err != nil {
		return err
	}
	v, err := a.svc.Verify(c.Ctx, in)
	if err != nil {
		return err
	}
	return answer(c.Query("action"), c.Query("format"), verdictJSON{Err: string(v.Outcome), Name: v.Device.Name,
		Alias: v.Device.Alias, Type: "mac", Version: v.Device.Version, Platform: v.Device.Platform,
		Timestamp: strconv.FormatInt(v.At.Unix(), 10)}).Render(c.Fiber(), 200)
}
