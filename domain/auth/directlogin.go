// Package auth authenticates callers: DirectLogin header parsing, login with lockout,
// and the signed, revocable tokens that later calls present.
package auth

import (
	"strings"

	"github.com/obp-go/obp/domain/obperr"
)

// DirectLoginParams are the recognised DirectLogin parameters; others are ignored.
type DirectLoginParams struct {
	Username    string
	Password    string
	ConsumerKey string
	Token       string
}

// ParseDirectLogin reads a DirectLogin header value as OBP does: an optional leading
// "DirectLogin", then comma-separated name=value pairs, values optionally quoted.
func ParseDirectLogin(value string) DirectLoginParams {
	v := strings.TrimSpace(value)
	if len(v) >= len("DirectLogin") && strings.EqualFold(v[:len("DirectLogin")], "DirectLogin") {
		v = v[len("DirectLogin"):]
	}
	var p DirectLoginParams
	for _, part := range strings.Split(v, ",") {
		name, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			continue
		}
		val = strings.Trim(strings.TrimSpace(val), `"`)
		if val == "" {
			continue
		}
		switch strings.TrimSpace(name) {
		case "username":
			p.Username = val
		case "password":
			p.Password = val
		case "consumer_key":
			p.ConsumerKey = val
		case "token":
			p.Token = val
		}
	}
	return p
}

// Headers is where DirectLogin credentials may come from.
type Headers struct {
	DirectLogin   string // the DirectLogin header
	Authorization string // the Authorization header
}

// DirectLoginFrom picks the DirectLogin parameters from the request headers: the
// DirectLogin header, or an Authorization header starting with the word DirectLogin.
func DirectLoginFrom(h Headers) (DirectLoginParams, error) {
	if h.DirectLogin != "" {
		return ParseDirectLogin(h.DirectLogin), nil
	}
	if h.Authorization == "" {
		return DirectLoginParams{}, obperr.MissingDirectLoginHeader
	}
	if !hasWordPrefix(h.Authorization, "DirectLogin") {
		return DirectLoginParams{}, obperr.InvalidDirectLoginHeader
	}
	return ParseDirectLogin(h.Authorization), nil
}

// MissingForLogin names the login parameters absent from p (OBP-20002 lists them).
func (p DirectLoginParams) MissingForLogin() []string {
	var missing []string
	if p.Username == "" {
		missing = append(missing, "username")
	}
	if p.Password == "" {
		missing = append(missing, "password")
	}
	if p.ConsumerKey == "" {
		missing = append(missing, "consumer_key")
	}
	return missing
}

func hasWordPrefix(s, word string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= len(word) && strings.EqualFold(s[:len(word)], word) &&
		(len(s) == len(word) || s[len(word)] == ' ' || s[len(word)] == '\t')
}
