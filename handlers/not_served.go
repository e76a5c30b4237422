package handlers

import (
	"errors"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/obperr"
)

// notServed answers what no route took under /obp: a version this server does not speak
// (OBP-00008), or a path the version asked for does not serve (OBP-10404 naming it, also
// when a later version serves it); a path served with another verb stays a 405.
func (s *Server) notServed(c *fiber.Ctx) error {
	v, _, _ := strings.Cut(strings.TrimPrefix(c.Path(), "/obp/"), "/")
	if _, ok := VersionOf(v); !ok {
		return unknownVersion(v)
	}
	err := c.Next()
	var fe *fiber.Error
	if errors.As(err, &fe) && fe.Code == fiber.StatusNotFound {
		return obperr.InvalidURI.With("%s %s is not available in %s.", c.Method(), c.Path(), v)
	}
	return err
}
