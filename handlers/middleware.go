package handlers

import (
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/google/uuid"

	"github.com/obp-go/obp/domain/obperr"
)

// HeaderCorrelationID is the response header that names the request in logs and errors.
const HeaderCorrelationID = "Correlation-Id"

const (
	localCorrelationID = "obp.correlation_id"
	localOperationID   = "obp.operation_id"
	localDoc           = "obp.doc"
	localVersion       = "obp.version"
	localLogged        = "obp.logged"
	localLogger        = "obp.logger"
)

// assignCorrelationID gives the request a fresh id (random, never taken from the client,
// so that a caller cannot forge or inject log entries) and returns it in the header.
func assignCorrelationID(c *fiber.Ctx) string {
	id := uuid.NewString()
	c.Locals(localCorrelationID, id)
	c.Set(HeaderCorrelationID, id)
	return id
}

func correlationID(c *fiber.Ctx) string {
	id, _ := c.Locals(localCorrelationID).(string)
	return id
}

func operationID(c *fiber.Ctx) string {
	if id, ok := c.Locals(localOperationID).(string); ok {
		return id
	}
	return "unmatched"
}

// requestLogger is the server logger bound to this request's correlation id.
// It is made once per request.
func (s *Server) requestLogger(c *fiber.Ctx) *slog.Logger {
	if l, ok := c.Locals(localLogger).(*slog.Logger); ok {
		return l
	}
	l := s.log.With(slog.String("correlation_id", correlationID(c)))
	c.Locals(localLogger, l)
	return l
}

// observe is the outermost middleware: it names the request, renders any error through
// writeError, and then writes the one access-log line and the metrics for the request.
func (s *Server) observe(c *fiber.Ctx) error {
	start := time.Now()
	assignCorrelationID(c)
	if err := c.Next(); err != nil {
		if werr := s.writeError(c, err); werr != nil {
			return werr
		}
	}
	s.logAccess(c, start)
	return nil
}

func (s *Server) logAccess(c *fiber.Ctx, start time.Time) {
	if c.Locals(localLogged) != nil {
		return
	}
	c.Locals(localLogged, true)
	elapsed := time.Since(start)
	status := c.Response().StatusCode()
	op := operationID(c)
	s.metrics.observe(op, c.Method(), status, elapsed)
	level := slog.LevelInfo
	if status >= 500 {
		level = slog.LevelError
	}
	s.requestLogger(c).LogAttrs(c.UserContext(), level, "request",
		slog.String("method", c.Method()),
		slog.String("path", c.Path()),
		slog.String("operation_id", op),
		slog.Int("status", status),
		slog.Int("bytes", len(c.Response().Body())),
		slog.Float64("duration_ms", float64(elapsed.Microseconds())/1000),
		slog.String("remote_ip", c.IP()),
	)
}

// recoverPanic turns a panic into OBP-50000. The stack goes to the log with the
// correlation id, never to the client.
func (s *Server) recoverPanic(c *fiber.Ctx) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.requestLogger(c).Error("panic", slog.String("panic", fmt.Sprint(r)), slog.String("stack", string(debug.Stack())))
			err = &obperr.Error{Code: obperr.UnknownError}
		}
	}()
	return c.Next()
}
