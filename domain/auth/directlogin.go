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

// ParseDirectLogin reads a DirectLogin header value: an optional leading "DirectLogin",
// then comma-separated name=value pairs in any order. A value is either bare (up to the
// next comma, white space around it trimmed) or a double-quoted string in which \" and \\
// are the only escapes, so it may hold commas, '=', spaces and quotes. Empty values count
// as absent. A quote left open, a bad escape or text after a closing quote is OBP-20083.
func ParseDirectLogin(value string) (DirectLoginParams, error) {
	v := strings.TrimSpace(value)
	if len(v) >= len("DirectLogin") && strings.EqualFold(v[:len("DirectLogin")], "DirectLogin") {
		v = v[len("DirectLogin"):]
	}
	var p DirectLoginParams
	for v != "" {
		name, val, rest, err := nextDirectLoginParam(v)
		if err != nil {
			return DirectLoginParams{}, err
		}
		p.set(name, val)
		v = rest
	}
	return p, nil
}

// nextDirectLoginParam reads one pair from the front of s and returns what follows its
// comma. A part without '=' yields no name and is skipped, as OBP skips it.
func nextDirectLoginParam(s string) (name, value, rest string, err error) {
	i := strings.IndexAny(s, "=,")
	if i < 0 {
		return "", "", "", nil
	}
	if s[i] == ',' {
		return "", "", s[i+1:], nil
	}
	name = strings.TrimSpace(s[:i])
	s = strings.TrimLeft(s[i+1:], " \t")
	if !strings.HasPrefix(s, `"`) {
		value, rest, _ = strings.Cut(s, ",")
		return name, strings.TrimSpace(value), rest, nil
	}
	value, s, problem := unquoteDirectLogin(s)
	if problem == "" {
		s = strings.TrimLeft(s, " \t")
		if s != "" && s[0] != ',' {
			problem = "is followed by text before the next comma"
		}
	}
	if problem != "" {
		return "", "", "", obperr.InvalidDirectLoginHeader.With("The quoted value of %s %s.", describeParam(name), problem)
	}
	return name, value, strings.TrimPrefix(s, ","), nil
}

// unquoteDirectLogin reads the quoted string at the front of s (which starts with '"').
// It works on bytes: '"' and '\' never occur inside a multi-byte UTF-8 sequence.
func unquoteDirectLogin(s string) (value, rest, problem string) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '"':
			return b.String(), s[i+1:], ""
		case '\\':
			if i+1 == len(s) {
				return "", "", "is not closed"
			}
			if s[i+1] != '"' && s[i+1] != '\\' {
				return "", "", `has a backslash that is not followed by " or \ (write \\ for a backslash)`
			}
			i++
			b.WriteByte(s[i])
		default:
			b.WriteByte(s[i])
		}
	}
	return "", "", "is not closed"
}

// QuoteDirectLogin writes v as a quoted DirectLogin value that ParseDirectLogin reads back
// unchanged: the way to send a password holding commas, quotes or outer spaces.
func QuoteDirectLogin(v string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(v) + `"`
}

// describeParam names a recognised parameter in an error; any other name is the
// client's text, which could hold a mistyped secret, so it is not echoed.
func describeParam(name string) string {
	switch name {
	case "username", "password", "consumer_key", "token":
		return name
	}
	return "a parameter"
}

func (p *DirectLoginParams) set(name, value string) {
	if value == "" {
		return
	}
	switch name {
	case "username":
		p.Username = value
	case "password":
		p.Password = value
	case "consumer_key":
		p.ConsumerKey = value
	case "token":
		p.Token = value
	}
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
		return ParseDirectLogin(h.DirectLogin)
	}
	if h.Authorization == "" {
		return DirectLoginParams{}, obperr.MissingDirectLoginHeader
	}
	if !hasWordPrefix(h.Authorization, "DirectLogin") {
		return DirectLoginParams{}, obperr.InvalidDirectLoginHeader
	}
	return ParseDirectLogin(h.Authorization)
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
