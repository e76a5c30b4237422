package handlers

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/obperr"
)

// withIdempotency runs handle at most once per (user, Idempotency-Key): a retry with the
// same request answers the first success again with Idempotency-Hit: true; the same key
// with another request is a 409, and so is a retry while the first is still in flight.
// A claim is a lease: when its request dies without an answer, a retry after the lease
// runs again under the same reserved resource id, so nothing it wrote is done twice.
func (s *Server) withIdempotency(c *fiber.Ctx, userID string, handle func(ctx context.Context) error) error {
	key := c.Get("Idempotency-Key")
	ctx := c.UserContext()
	if key == "" || s.deps.Idempotency == nil {
		return handle(ctx)
	}
	if len(key) > 255 {
		return obperr.InvalidJSONContent.Field("Idempotency-Key", "The Idempotency-Key header is longer than 255 characters.")
	}
	hash, err := requestHash(c)
	if err != nil {
		return err
	}
	rec, claimed, retryIn, err := s.deps.Idempotency.Claim(ctx, userID, key, hash)
	if err != nil {
		return err
	}
	if !claimed {
		switch {
		case rec.RequestHash != hash:
			return obperr.IdempotencyKeyReused
		case rec.StatusCode == 0:
			c.Set(fiber.HeaderRetryAfter, strconv.Itoa(retryAfterSeconds(retryIn)))
			return obperr.IdempotencyKeyInFlight
		}
		c.Set("Idempotency-Hit", "true")
		c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSON)
		return c.Status(rec.StatusCode).Send(rec.ResponseBody)
	}
	// A refusal (a 4xx) wrote nothing: the key is released so that a corrected retry runs
	// afresh. Any other way out (a 5xx, a panic, a lost connection) may have written
	// something, so the claim stays until its lease ends and the retry reuses its id.
	stored := false
	defer func() {
		if !stored && refused(err) {
			if rerr := s.deps.Idempotency.Release(context.WithoutCancel(ctx), userID, key); rerr != nil {
				s.requestLogger(c).Error("release idempotency key", "error", rerr.Error())
			}
		}
	}()
	if err = handle(idempotency.WithKey(idempotency.WithResourceID(ctx, rec.ResourceID), key)); err != nil {
		return err
	}
	// The request succeeded: from here the claim must stay, or a retry would run it twice.
	stored = true
	if err := s.deps.Idempotency.Complete(context.WithoutCancel(ctx), userID, key, c.Response().StatusCode(), c.Response().Body()); err != nil {
		// The caller still gets its answer; a retry after the lease finds the request by
		// its reserved id instead of creating another.
		s.requestLogger(c).Error("store idempotent answer", "error", err.Error())
	}
	return nil
}

// refused reports whether err is a client error, which by the house rule wrote nothing.
func refused(err error) bool {
	e, ok := obperr.As(err)
	return ok && e.Code.Status < 500
}

// requestHash identifies a request by method, path and its body in canonical form (keys
// sorted, white space dropped), so that the same JSON sent twice is the same request.
func requestHash(c *fiber.Ctx) (string, error) {
	body := c.Body()
	if len(bytes.TrimSpace(body)) > 0 {
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			return "", obperr.InvalidJSONFormat.With("%s", jsonSyntaxDetail(err))
		}
		canonical, err := json.Marshal(v)
		if err != nil {
			return "", err
		}
		body = canonical
	}
	sum := sha256.Sum256([]byte(c.Method() + " " + c.Path() + "\n" + string(body)))
	return hex.EncodeToString(sum[:]), nil
}

func retryAfterSeconds(d time.Duration) int {
	if d < time.Second {
		return 1
	}
	return int((d + time.Second - 1) / time.Second)
}
