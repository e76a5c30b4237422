package handlers

import (
	"errors"
	"io"
	"net"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/obperr"
)

// readBody buffers the request body as its bytes arrive, never more than the body limit.
// The server streams bodies so that an announced Content-Length reserves nothing: clients
// that announce 1 MB and trickle it cost what they really sent, for at most the read
// timeout, which still bounds the whole request.
func (s *Server) readBody(c *fiber.Ctx) error {
	req := c.Request()
	if enc := string(req.Header.Peek(fiber.HeaderContentEncoding)); enc != "" && !strings.EqualFold(enc, "identity") {
		// fiber would inflate a compressed body with no bound on what it grows to.
		return unreadBody(c, obperr.UnsupportedContentEncoding)
	}
	stream := req.BodyStream()
	if stream == nil {
		return c.Next()
	}
	limit := s.deps.Limits.BodyLimit
	if req.Header.ContentLength() > limit {
		return unreadBody(c, obperr.RequestTooLarge)
	}
	body, err := io.ReadAll(io.LimitReader(stream, int64(limit)+1))
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		return unreadBody(c, obperr.RequestTimeout)
	case err != nil:
		return unreadBody(c, obperr.InvalidJSONFormat.With("The request body ended early or its chunks are malformed."))
	case len(body) > limit:
		return unreadBody(c, obperr.RequestTooLarge)
	}
	req.SetBodyRaw(body)
	return c.Next()
}

// unreadBody refuses a request whose body was not read to its end, and closes the
// connection after the answer: the rest of the body must not be read as the next request.
func unreadBody(c *fiber.Ctx, err error) error {
	c.Context().SetConnectionClose()
	return err
}
