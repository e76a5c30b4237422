package tms

import (
	"net/http"
	"strconv"

	"github.com/obp-go/obp/domain/obperr"
)

// kobilErrorJSON is KOBIL's error body, with the OBP code and message beside it when the
// error says more than who may call.
type kobilErrorJSON struct {
	Error   string `json:"error"`
	Code    string `json:"code,omitempty"`
	Message string `json:"message,omitempty"`
}

// kobilError renders an error as KOBIL's TMS API does: a bad or missing token, and a
// caller without the role, are `401 {"error": "HTTP 401 Unauthorized"}` and nothing more.
func kobilError(e *obperr.Error) (int, any) {
	status := e.Code.Status
	if status == http.StatusUnauthorized || status == http.StatusForbidden {
		return http.StatusUnauthorized, kobilErrorJSON{Error: "HTTP 401 Unauthorized"}
	}
	return status, kobilErrorJSON{Error: "HTTP " + strconv.Itoa(status) + " " + http.StatusText(status), Code: e.Code.ID,
		Message: e.ClientMessage()}
}
