// Package extidp authenticates bearer JWTs issued by configured external identity
// providers (Keycloak, Hydra, ...): the token must be signed by a key of its issuer's JWKS
// with an asymmetric algorithm, its user is found or created by (issuer, subject) and its
// app must be a consumer registered here. Fetching the JWKS is a port (KeySet).
package extidp

import (
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
)

// Issuer is one trusted external issuer and where its signing keys are published.
type Issuer struct {
	Issuer  string // the exact `iss` its tokens carry
	JWKSURL string // "": found through the issuer's OpenID Connect discovery document
}

// ParseIssuers reads OBP_OAUTH2_ISSUERS: entries separated by commas or white space,
// each `issuer=jwks_url` (the issuer is split at its first "=", so it may hold none), or
// the issuer alone, whose JWKS URL its discovery document gives.
func ParseIssuers(s string) ([]Issuer, error) {
	var out []Issuer
	for _, e := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		iss, jwks, ok := strings.Cut(e, "=")
		if iss == "" || ok && jwks == "" {
			return nil, fmt.Errorf("issuer entry %q: want issuer=jwks_url or the issuer alone", e)
		}
		out = append(out, Issuer{Issuer: iss, JWKSURL: jwks})
	}
	return out, nil
}

// ValidateIssuers refuses a configuration that would let an outside issuer speak for
// this server or fetch keys in the clear: an issuer equal to localProvider (the provider
// of local users, this server's hostname), a duplicate issuer, and a JWKS URL (or, to be
// discovered, an issuer URL) that is not https (plain http only on a loopback host).
func ValidateIssuers(issuers []Issuer, localProvider string) error {
	seen := map[string]bool{}
	for _, i := range issuers {
		if i.Issuer == "" || strings.TrimSpace(i.Issuer) != i.Issuer || len(i.Issuer) > maxProvider {
			return fmt.Errorf("issuer %q: empty, padded with spaces or longer than %d bytes", i.Issuer, maxProvider)
		}
		if sameIssuer(i.Issuer, localProvider) {
			return fmt.Errorf("issuer %q is this server's own provider (%s): an outside issuer would speak for local users", i.Issuer, localProvider)
		}
		if seen[i.Issuer] {
			return fmt.Errorf("issuer %q is configured twice", i.Issuer)
		}
		seen[i.Issuer] = true
		fetched := i.JWKSURL
		if fetched == "" {
			fetched = i.Issuer // its discovery document is fetched from it
		}
		if err := validateFetchURL(fetched); err != nil {
			return fmt.Errorf("issuer %q: %w", i.Issuer, err)
		}
	}
	return nil
}

func validateFetchURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.User != nil {
		return fmt.Errorf("URL %q: want an absolute http(s) URL without credentials", raw)
	}
	switch {
	case u.Scheme == "https":
		return nil
	case u.Scheme == "http" && isLoopback(u.Hostname()):
		return nil
	}
	return fmt.Errorf("URL %q: want https (plain http only on a loopback host)", raw)
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.Unmap().IsLoopback()
}

// sameIssuer compares two issuer URLs as one identity: scheme and host whatever their
// case, with or without a trailing slash or a default port.
func sameIssuer(a, b string) bool {
	return normalIssuer(a) == normalIssuer(b)
}

func normalIssuer(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return strings.TrimRight(strings.ToLower(strings.TrimSpace(s)), "/")
	}
	host, port := strings.ToLower(u.Hostname()), u.Port()
	scheme := strings.ToLower(u.Scheme)
	if scheme == "https" && port == "443" || scheme == "http" && port == "80" {
		port = ""
	}
	if port != "" {
		host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return scheme + "://" + host + strings.TrimRight(u.EscapedPath(), "/")
}
