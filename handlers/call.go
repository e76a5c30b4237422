package handlers

import (
	"context"
	"encoding/json"
	"log/slog"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/auth"
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
}

// Param returns a path parameter by its resource-doc name (BANK_ID), percent-decoded.
func (c *Call) Param(name string) string { return pathParamValue(c.fiber, name) }

// NoContent answers the doc's success status with an empty body.
func (c *Call) NoContent() error { return c.fiber.SendStatus(c.doc.status()) }

// Query returns a query parameter.
func (c *Call) Query(name string) string { return c.fiber.Query(name) }

// Bind decodes the request body, which the schema has already accepted, into v.
func (c *Call) Bind(v any) error { return json.Unmarshal(c.fiber.Body(), v) }

// JSON answers with the doc's success status and v as the body.
func (c *Call) JSON(v any) error { return c.fiber.Status(c.doc.status()).JSON(v) }

// Fiber gives raw access for the few endpoints that write a non-JSON body (metrics).
func (c *Call) Fiber() *fiber.Ctx { return c.fiber }
