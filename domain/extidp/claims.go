package extidp

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/golang-jwt/jwt/v5"

	"github.com/obp-go/obp/domain/user"
)

// claims are what an external token says beyond the registered claims.
type claims struct {
	jwt.RegisteredClaims
	AuthorizedParty   string `json:"azp,omitempty"`
	ClientID          string `json:"client_id,omitempty"`
	PreferredUsername string `json:"preferred_username,omitempty"`
	Email             string `json:"email,omitempty"`
	EmailVerified     bool   `json:"email_verified,omitempty"`
}

// maxSubject, maxUsername and maxProvider are the widths of users.subject,
// users.username and users.provider.
const (
	maxSubject  = 255
	maxUsername = 100
	maxProvider = 255
)

// consumerKeys are the consumer keys the token may name, in order: azp (the party the
// token was issued to) alone when present, else client_id (RFC 9068 access tokens),
// else each audience.
func (c *claims) consumerKeys() []string {
	switch {
	case c.AuthorizedParty != "":
		return []string{c.AuthorizedParty}
	case c.ClientID != "":
		return []string{c.ClientID}
	}
	return c.Audience
}

// usernames are the names a new user may get, best first: preferred_username, email,
// sub, each only when it is a fit username; then the best with a suffix of the subject's
// hash, for when another subject of the same issuer already holds the name.
func (c *claims) usernames() []string {
	var out []string
	for _, n := range []string{c.PreferredUsername, c.Email, c.Subject} {
		if fitUsername(n) {
			out = append(out, n)
		}
	}
	sum := sha256.Sum256([]byte(c.Subject))
	suffix := "-" + hex.EncodeToString(sum[:6])
	base := c.Subject
	if len(out) > 0 {
		base = out[0]
	}
	base = truncateUTF8(base, maxUsername-len(suffix))
	if fitUsername(base + suffix) {
		out = append(out, base+suffix)
	}
	// Whatever the claims hold, the subject's hash alone is always a fit name.
	return append(out, "sub"+suffix)
}

// fitUsername is a name the users table takes and sign-up's rule allows: 1 to 100 bytes
// of printable UTF-8, no leading or trailing space, cased letters ASCII only.
func fitUsername(n string) bool {
	if n == "" || len(n) > maxUsername || !utf8.ValidString(n) || strings.TrimSpace(n) != n {
		return false
	}
	for _, r := range n {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return user.ValidateUsername(n) == nil
}

func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
