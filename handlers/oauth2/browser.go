package oauth2

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/oauth2"
)

// browserCookie identifies the browser to the login and consent pages. Before login it
// only binds the pages' CSRF tokens; a login replaces it with a fresh value that the
// login session is kept under (by hash), so a value planted before login is worth nothing.
const browserCookie = "obp_oauth2_browser"

// idLength is the length of a random id: 32 bytes, base64url without padding.
const idLength = 43

func newID() string { return base64.RawURLEncoding.EncodeToString(ids.Bytes(32)) }

// validID is whether v has the form of an id newID makes: anything else is not looked up.
func validID(v string) bool {
	if len(v) != idLength {
		return false
	}
	_, err := base64.RawURLEncoding.DecodeString(v)
	return err == nil
}

func hashID(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:])
}

func derive(secret []byte, label string) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(label))
	return m.Sum(nil)
}

func isHTTPS(issuer string) bool { return strings.HasPrefix(strings.ToLower(issuer), "https://") }

// browserID is the browser's cookie, set to a fresh value when it has none.
func (s *Server) browserID(c *fiber.Ctx) string {
	if v := c.Cookies(browserCookie); validID(v) {
		return v
	}
	v := newID()
	s.setBrowser(c, v)
	return v
}

func (s *Server) setBrowser(c *fiber.Ctx, v string) {
	c.Cookie(&fiber.Cookie{Name: browserCookie, Value: v, Path: "/oauth2", HTTPOnly: true, Secure: s.secure,
		SameSite: fiber.CookieSameSiteLaxMode, MaxAge: int(oauth2.LoginSessionLifetime.Seconds())})
}

// csrfToken binds a page's form to this browser and this authorization request: a form
// posted from elsewhere lacks the browser's cookie value the token is computed over.
func (s *Server) csrfToken(browser, interaction string) string {
	m := hmac.New(sha256.New, s.csrfKey)
	m.Write([]byte(browser + "\x00" + interaction))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// checkCSRF is whether the posted token is the one this browser was given for the request.
func (s *Server) checkCSRF(c *fiber.Ctx, interaction, token string) bool {
	b := c.Cookies(browserCookie)
	return validID(b) && token != "" && hmac.Equal([]byte(token), []byte(s.csrfToken(b, interaction)))
}

// pageHeaders keep the pages out of frames and caches and let them load nothing foreign.
// (No form-action: it would also bind the redirect back to the app after a decision.)
func pageHeaders(c *fiber.Ctx) {
	c.Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'")
	c.Set("X-Frame-Options", "DENY")
	c.Set("X-Content-Type-Options", "nosniff")
	c.Set("Referrer-Policy", "no-referrer")
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set("Pragma", "no-cache")
}
