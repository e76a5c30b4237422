package handlers

import (
	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/obperr"
)

// limitInFlight answers 503 OBP-10040 at once when MaxInFlight requests are already being
// handled: a caller can retry, while a queue behind the database pool only grows. It runs
// after readBody, so a client that sends its body slowly holds no slot.
func (s *Server) limitInFlight(c *fiber.Ctx) error {
	select {
	case s.inFlight <- struct{}{}:
		defer func() { <-s.inFlight }()
		return c.Next()
	default:
		c.Set(fiber.HeaderRetryAfter, "1")
		return obperr.ServiceIsTooBusy
	}
}
