package oauth2

import (
	"net/url"
	"slices"
	"strings"

	"github.com/obp-go/obp/domain/consumer"
)

// The scopes the server offers.
const (
	ScopeOpenID        = "openid"         // an ID token (RS256)
	ScopeProfile       = "profile"        // the ID token carries preferred_username
	ScopeEmail         = "email"          // the ID token carries email
	ScopeOfflineAccess = "offline_access" // a refresh token
	ScopeOBP           = "obp"            // calling the API with the access token
)

// Scopes are every scope a client may ask for.
var Scopes = []string{ScopeOpenID, ScopeProfile, ScopeEmail, ScopeOfflineAccess, ScopeOBP}

// ScopeDescriptions say what each scope lets the app do, for the consent page.
var ScopeDescriptions = map[string]string{
	ScopeOpenID:        "Confirm who you are (sign-in with OpenID Connect)",
	ScopeProfile:       "See your username",
	ScopeEmail:         "See your e-mail address",
	ScopeOfflineAccess: "Keep access while you are away (a refresh token)",
	ScopeOBP:           "Use the banking API on your behalf, within what you are allowed",
}

// IsPublic is whether the consumer is a public client: one that cannot keep a secret
// (app_type "Public" or "Mobile", in any case). Public clients authenticate with
// nothing ("none") and must use PKCE; they cannot use client credentials.
func IsPublic(c consumer.Consumer) bool {
	t := strings.ToLower(strings.TrimSpace(c.AppType))
	return t == "public" || t == "mobile"
}

// RedirectURIs are the consumer's registered redirect URLs: its redirect_url, which may
// list several separated by commas. Only absolute URLs without a fragment count.
func RedirectURIs(c consumer.Consumer) []string {
	var out []string
	for _, s := range strings.Split(c.RedirectURL, ",") {
		s = strings.TrimSpace(s)
		u, err := url.Parse(s)
		if s == "" || err != nil || !u.IsAbs() || u.Host == "" || u.Fragment != "" || slices.Contains(out, s) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// credentialParams are request parameters that carry a credential: never stored.
var credentialParams = []string{"client_secret", "client_assertion", "client_assertion_type", "password", "username",
	"code", "code_verifier", "refresh_token", "token", "csrf_token", "request"}

// Sanitise drops the parameters that carry credentials from a request's form.
func Sanitise(form url.Values) url.Values {
	out := url.Values{}
	for k, v := range form {
		if !slices.Contains(credentialParams, k) {
			out[k] = slices.Clone(v)
		}
	}
	return out
}
