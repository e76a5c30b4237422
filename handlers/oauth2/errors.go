package oauth2

import (
	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/obperr"
)

// oauthErrorJSON is RFC 6749's error body (§5.2).
type oauthErrorJSON struct {
	Error            string `json:"error"`
	ErrorDescription string `json:"error_description"`
}

// protocolError renders what the framework refuses before fosite runs (an oversized
// body, bad characters, an outage) in OAuth2's shape, which clients of these endpoints read.
func protocolError(e *obperr.Error) (int, any) {
	code := "invalid_request"
	switch {
	case e.Code.Status == fiber.StatusServiceUnavailable:
		code = "temporarily_unavailable"
	case e.Code.Status >= 500:
		code = "server_error"
	}
	return e.Code.Status, oauthErrorJSON{Error: code, ErrorDescription: e.ClientMessage()}
}

// pageError renders a page's failure as a page: a person reads it in a browser.
func pageError(e *obperr.Error) (int, any) { return e.Code.Status, htmlError{e.ClientMessage()} }

type htmlError struct{ msg string }

func (h htmlError) Render(c *fiber.Ctx, status int) error { return errorPage(c, status, h.msg) }
