package handlers

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/url"
	"strconv"
	"sync"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

// Call is what a handler sees of one request: its path parameters, its validated body,
// the caller and a logger carrying the correlation id.
type Call struct {
	fiber *fiber.Ctx
	doc   *ResourceDoc
	Ctx   context.Context // carries the call.Context for domain and connector calls
	Log   *slog.Logger
	// Principal is the authenticated caller; its UserID is "" for an anonymous call.
	Principal auth.Principal

	views viewLoader
}

// viewLoader loads a view of an account: the framework's one use of the view service,
// to hand handlers the view the guard let the call through with.
type viewLoader interface {
	Get(ctx context.Context, ref account.Ref, viewID string) (view.View, error)
}

// Version is the OBP version the call came in under (v4.0.0), or "" for the few
// endpoints served outside /obp/.
func (c *Call) Version() string {
	v, _ := c.fiber.Locals(localVersion).(string)
	return v
}

// Caller is who is calling, as every domain and connector call sees it (call.From(Ctx)).
func (c *Call) Caller() call.Context { return call.From(c.Ctx) }

// AccountRef is the account the path names (BANK_ID, ACCOUNT_ID).
func (c *Call) AccountRef() account.Ref {
	return account.Ref{BankID: c.Param("BANK_ID"), AccountID: c.Param("ACCOUNT_ID")}
}

// View is the view the view guard let the call through with: VIEW_ID, or for paths
// without one the caller's most permissive view granting the doc's permission.
func (c *Call) View() (view.View, error) {
	return c.views.Get(c.Ctx, c.AccountRef(), c.ViewID())
}

// ViewID is the id of the view the view guard let the call through with ("" without a guard).
func (c *Call) ViewID() string {
	id, _ := c.fiber.Locals(localViewID).(string)
	return id
}

// Param returns a path parameter by its resource-doc name (BANK_ID), percent-decoded.
func (c *Call) Param(name string) string { return pathParamValue(c.fiber, name) }

// NoContent answers the doc's success status with an empty body.
func (c *Call) NoContent() error { return c.fiber.SendStatus(c.doc.status()) }

// Query returns a query parameter.
func (c *Call) Query(name string) string { return c.fiber.Query(name) }

// Body is the raw request body, as the schema accepted it.
func (c *Call) Body() []byte { return c.fiber.Body() }

// BodyStream is the body of a StreamBody endpoint, read as it arrives; at most the doc's
// MaxStreamBytes were announced.
func (c *Call) BodyStream() io.Reader {
	if r := c.fiber.Request().BodyStream(); r != nil {
		return r
	}
	return bytes.NewReader(c.fiber.Body())
}

// Queries are the query parameters, as a URL's values.
func (c *Call) Queries() url.Values {
	v, _ := url.ParseQuery(string(c.fiber.Request().URI().QueryString()))
	return v
}

// Header returns a request header (DirectLogin reads its credentials from them).
func (c *Call) Header(name string) string { return c.fiber.Get(name) }

// Bind decodes the request body, which the schema has already accepted, into v.
func (c *Call) Bind(v any) error { return json.Unmarshal(c.fiber.Body(), v) }

// Encoded is a response body that encodes itself into JSON. Call.JSON writes its bytes
// as they are: encoding/json would scan the output of a Marshaler once more to validate
// it, which for a large pre-encoded part (an account's views) costs more than encoding.
// An Encoded type also implements json.Marshaler with the same bytes.
type Encoded interface {
	AppendJSON(b []byte) []byte
}

// encodeBuffers hold Encoded bodies while they are written.
var encodeBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 8<<10); return &b }}

// JSON answers with the doc's success status and v as the body.
func (c *Call) JSON(v any) error {
	if e, ok := v.(Encoded); ok {
		buf := encodeBuffers.Get().(*[]byte)
		*buf = e.AppendJSON((*buf)[:0])
		resp := c.fiber.Status(c.doc.status()).Response()
		resp.Header.SetContentType(fiber.MIMEApplicationJSON)
		resp.SetBody(*buf) // copied into the response's own pooled buffer
		if cap(*buf) <= 64<<10 {
			encodeBuffers.Put(buf)
		}
		return nil
	}
	return c.fiber.Status(c.doc.status()).JSON(v)
}

// Fiber gives raw access for the few endpoints that write a non-JSON body (metrics).
func (c *Call) Fiber() *fiber.Ctx { return c.fiber }

// Page reads the limit (default 50, at most 1000) and offset (default 0) query
// parameters; a bad one is refused naming it.
func (c *Call) Page() (limit, offset int, err error) {
	limit, offset = 50, 0
	if v := c.Query("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 1000 {
			return 0, 0, obperr.FilterLimitError.Field("limit", "limit must be a whole number from 1 to 1000.")
		}
	}
	if v := c.Query("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, obperr.FilterOffsetError.Field("offset", "offset must be a whole number of 0 or more.")
		}
	}
	return limit, offset, nil
}
