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
	if s.streamed(c) {
		return c.Next() // the endpoint reads its body as a stream and bounds it
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

// streamed is whether the request goes to a StreamBody endpoint: the method and a path
// under one of their fixed prefixes (the part of the path before its first parameter).
func (s *Server) streamed(c *fiber.Ctx) bool {
	for _, p := range s.streamPrefixes {
		if c.Method() == p.verb && strings.HasPrefix(c.Path(), p.prefix) {
			return true
		}
	}
	return false
}

type streamPrefix struct{ verb, prefix string }

// streamPrefixesOf are the fixed path prefixes of the StreamBody endpoints.
func streamPrefixesOf(docs []ResourceDoc) []streamPrefix {
	var out []streamPrefix
	for _, d := range docs {
		if d.StreamBody {
			prefix, _, _ := strings.Cut(d.Path, "{")
			out = append(out, streamPrefix{verb: d.Verb, prefix: prefix})
		}
	}
	return out
}
