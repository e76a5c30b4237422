package seal

import (
	"encoding/xml"
	"net/http"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/obperr"
)

// verdictJSON is inWebo's JSON answer, its fields in inWebo's order.
type verdictJSON struct {
	Err       string `json:"err"`
	Name      string `json:"name"`
	Alias     string `json:"alias"`
	Type      string `json:"type"`
	Version   string `json:"version"`
	Platform  string `json:"platform"`
	Timestamp string `json:"timestamp"`
}

// verdictXML is inWebo's XML answer: the root names the action.
type verdictXML struct {
	XMLName   xml.Name
	Err       string `xml:"err"`
	Name      string `xml:"name"`
	Alias     string `xml:"alias"`
	Version   string `xml:"version"`
	Platform  string `xml:"platform"`
	Type      string `xml:"type"`
	Timestamp string `xml:"timestamp"`
}

// inWeboAnswer is an answer of GET /FS in the form asked for.
type inWeboAnswer struct {
	action, format string
	v              verdictJSON
}

func answer(action, format string, v verdictJSON) inWeboAnswer {
	return inWeboAnswer{action: action, format: format, v: v}
}

// Render writes the answer: JSON with format=json, else XML under the action's name.
func (a inWeboAnswer) Render(c *fiber.Ctx, status int) error {
	if a.format == "" {
		a.format = c.Query("format")
	}
	if a.format == "json" {
		return c.Status(status).JSON(a.v)
	}
	root := actionVerify
	if a.action == actionDeferred || a.action == "" && c.Query("action") == actionDeferred {
		root = actionDeferred
	}
	v := a.v
	body, err := xml.Marshal(verdictXML{XMLName: xml.Name{Local: root}, Err: v.Err, Name: v.Name, Alias: v.Alias,
		Version: v.Version, Platform: v.Platform, Type: v.Type, Timestamp: v.Timestamp})
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, fiber.MIMEApplicationXMLCharsetUTF8)
	return c.Status(status).Send(append([]byte(xml.Header), body...))
}

// inWeboError renders an error as inWebo's answer: the caller not logged in or without
// the role is NOK:FORBIDDEN, a bad parameter NOK:BadParameter:<name>, anything else
// NOK:<OBP code>; in the form the request asked for.
func inWeboError(e *obperr.Error) (int, any) {
	status := e.Code.Status
	cause := e.Code.ID
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		cause = "FORBIDDEN"
	case e.Code == obperr.SealInvalidRequest:
		cause = "BadParameter:" + e.Field
	case status == http.StatusBadRequest:
		cause = "BadParameter"
	}
	return status, answer("", "", verdictJSON{Err: "NOK:" + cause, Type: "mac", Timestamp: strconv.FormatInt(time.Now().Unix(), 10)})
}
