package handlers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/obperr"
)

// withIdempotency runs handle at most once per (user, Idempotency-Key): a retry with the
// same request answers the first success again with Idempotency-Hit: true; the same key
// with another request is a 409. A failed request forgets its key (it wrote nothing), so
// a retry runs again.
func (s *Server) withIdempotency(c *fiber.Ctx, userID string, handle func() error) error {
	key := c.Get("Idempotency-Key")
	if key == "" || s.deps.Idempotency == nil {
		return handle()
	}
	if len(key) > 255 {
		return obperr.InvalidJSONContent.Field("Idempotency-Key", "The Idempotency-Key header is longer than 255 characters.")
	}
	sum := sha256.Sum256([]byte(c.Method() + " " + c.Path() + "\n" + string(c.Body())))
	hash := hex.EncodeToString(sum[:])
	ctx := c.UserContext()
	rec, claimed, err := s.deps.Idempotency.ClaimIdempotencyKey(ctx, userID, key, hash, idempotency.TTL)
	if err != nil {
		return err
	}
	if !claimed {
		switch {
		case rec.RequestHash != hash:
			return obperr.IdempotencyKeyReused
		case rec.StatusCode == 0:
			return obperr.IdempotencyKeyReused.With("The first request with this key is still being handled.")
		}
		c.Set("Idempotency-Hit", "true")
		c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSON)
		return c.Status(rec.StatusCode).Send(rec.ResponseBody)
	}
	// Until the answer is stored, any way out — an error, a panic — forgets the key: the
	// request wrote nothing, so a retry must run again rather than wait on a dead claim.
	stored := false
	defer func() {
		if !stored {
			if rerr := s.deps.Idempotency.ReleaseIdempotencyKey(context.WithoutCancel(ctx), userID, key); rerr != nil {
				s.requestLogger(c).Error("release idempotency key", "error", rerr.Error())
			}
		}
	}()
	if err := handle(); err != nil {
		return err
	}
	// The request succeeded: from here the claim must stay, or a retry would run it twice.
	stored = true
	if err := s.deps.Idempotency.CompleteIdempotencyKey(context.WithoutCancel(ctx), userID, key, c.Response().StatusCode(), c.Response().Body()); err != nil {
		// The caller still gets its answer; retries with this key get 409 instead of a replay.
		s.requestLogger(c).Error("store idempotent answer", "error", err.Error())
	}
	return nil
}
