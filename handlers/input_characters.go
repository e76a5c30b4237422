package handlers

import (
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/obperr"
)

// maxParamLength bounds a path parameter: every id the server stores is at most 255
// characters, and a longer one could only fail in the database.
const maxParamLength = 255

// credentialHeaders are the request headers whose values reach the database (logins,
// token and consent look-ups, idempotency keys).
var credentialHeaders = []string{
	"DirectLogin", fiber.HeaderAuthorization, "Consent-JWT", "Consent-Id", "Idempotency-Key", "Consumer-Key", "PSD2-CERT",
}

// guardInput refuses path parameters, query parameters and credential headers that
// PostgreSQL cannot store or compare: a NUL, or bytes that are not UTF-8. Left alone they
// reach a query and come back as a 500 on PostgreSQL only.
func guardInput(c *fiber.Ctx, d *ResourceDoc) error {
	for _, m := range pathParam.FindAllStringSubmatch(d.Path, -1) {
		name := m[1]
		v := pathParamValue(c, name)
		if !cleanText(v) {
			return invalidCharacters(name, "path parameter")
		}
		if utf8.RuneCountInString(v) > maxParamLength {
			return obperr.ValueTooLong.Field(name, "in the path parameter %s: more than %d characters.", name, maxParamLength)
		}
	}
	var bad string
	c.Context().QueryArgs().VisitAll(func(k, v []byte) {
		if bad == "" && !(cleanText(string(k)) && cleanText(string(v))) {
			bad = string(k)
		}
	})
	if bad != "" {
		return invalidCharacters(bad, "query parameter")
	}
	for _, h := range credentialHeaders {
		if !cleanText(c.Get(h)) {
			return invalidCharacters(h, "header")
		}
	}
	return nil
}

// cleanText reports whether s is UTF-8 without a NUL.
func cleanText(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsRune(s, 0)
}

func invalidCharacters(name, what string) error {
	return obperr.InvalidCharacters.Field(name, "in the %s %s: a NUL or bytes that are not UTF-8.", what, name)
}
