package handlers

import (
	"errors"
	"log/slog"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/obperr"
)

// dbRetryAfterSeconds is the Retry-After of a 503 for an unreachable database: long
// enough for a failover or a restart, short enough that clients come back soon.
const dbRetryAfterSeconds = "5"

// errorBody is OBP's error JSON ({code, message}) plus the troubleshooting fields of the
// TKEY7 conventions.
type errorBody struct {
	Code              int    `json:"code"`
	Message           string `json:"message"`
	ShortMessage      string `json:"short_message"`
	LongMessage       string `json:"long_message"`
	Timestamp         int64  `json:"timestamp"`
	TroubleshootingID string `json:"troubleshooting_id"`
	EndpointURL       string `json:"endpoint_url"`
	Field             string `json:"field,omitempty"`
}

// toOBP turns any error into an OBP error. Framework errors map to their OBP codes; an
// error that is not an OBP error is a bug and becomes OBP-50000 (its text stays in the log).
func toOBP(err error) *obperr.Error {
	if e, ok := obperr.As(err); ok {
		return e
	}
	var fe *fiber.Error
	if errors.As(err, &fe) {
		switch fe.Code {
		case fiber.StatusNotFound:
			return &obperr.Error{Code: obperr.InvalidURI}
		case fiber.StatusMethodNotAllowed:
			return &obperr.Error{Code: obperr.MethodNotAllowed}
		case fiber.StatusRequestEntityTooLarge:
			return &obperr.Error{Code: obperr.RequestTooLarge}
		case fiber.StatusRequestHeaderFieldsTooLarge:
			return &obperr.Error{Code: obperr.HeadersTooLarge}
		case fiber.StatusRequestTimeout:
			return &obperr.Error{Code: obperr.RequestTimeout}
		case fiber.StatusServiceUnavailable:
			return &obperr.Error{Code: obperr.ServiceIsTooBusy}
		case fiber.StatusBadRequest:
			return obperr.InvalidJSONFormat.With("%s", fe.Message)
		}
	}
	return obperr.UnknownError.Wrap(err)
}

// writeError is the one place an error becomes a response. Server errors are logged with
// their cause; the body never carries internals.
func (s *Server) writeError(c *fiber.Ctx, err error) error {
	e := toOBP(err)
	if e.Code.Status >= 500 && s.deps.DBUnreachable != nil && s.deps.DBUnreachable(c.UserContext(), err) {
		// Not a bug of ours: the client may retry once the database is back.
		e = obperr.DatabaseUnavailable.Wrap(err)
		c.Set(fiber.HeaderRetryAfter, dbRetryAfterSeconds)
	}
	if e.Code.Status == fiber.StatusServiceUnavailable && len(c.Response().Header.Peek(fiber.HeaderRetryAfter)) == 0 {
		// Every outage answer says when to try again (an adapter behind an open breaker).
		c.Set(fiber.HeaderRetryAfter, dbRetryAfterSeconds)
	}
	id := correlationID(c)
	if e.Code.Status >= 500 {
		s.requestLogger(c).Error("request failed", slog.String("error", err.Error()), slog.String("obp_code", e.Code.ID))
	}
	if e.Code.Status == fiber.StatusUnauthorized {
		c.Set(fiber.HeaderWWWAuthenticate, `DirectLogin realm="`+s.info.Hostname+`"`)
	}
	if d, ok := c.Locals(localDoc).(*ResourceDoc); ok && d.RenderError != nil {
		status, body := d.RenderError(e)
		if r, ok := body.(SelfRendered); ok {
			return r.Render(c, status)
		}
		return c.Status(status).JSON(body)
	}
	return c.Status(e.Code.Status).JSON(errorBody{
		Code:              e.Code.Status,
		Message:           e.ClientMessage(),
		ShortMessage:      e.Code.Text,
		LongMessage:       e.ClientMessage(),
		Timestamp:         time.Now().UnixMilli(),
		TroubleshootingID: id,
		EndpointURL:       c.Path(),
		Field:             e.Field,
	})
}

// errorHandler is fiber's last resort, for errors raised before our middleware runs
// (an oversized body is refused while it is read). The middleware renders everything else.
func (s *Server) errorHandler(c *fiber.Ctx, err error) error {
	if correlationID(c) == "" {
		assignCorrelationID(c)
	}
	werr := s.writeError(c, err)
	s.logAccess(c, time.Now())
	return werr
}
