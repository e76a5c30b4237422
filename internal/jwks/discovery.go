package jwks

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Discover reads the JWKS URL from issuer's OpenID Connect discovery document
// (issuer + "/.well-known/openid-configuration"), whose `issuer` must be issuer exactly
// (OpenID Connect Discovery 1.0, section 4.3), so that one issuer cannot name another's keys.
func Discover(ctx context.Context, issuer string, timeout time.Duration) (string, error) {
	if timeout <= 0 {
		timeout = DefaultHTTPTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	u := strings.TrimSuffix(issuer, "/") + "/.well-known/openid-configuration"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return "", fmt.Errorf("discovery %s: %w", u, err)
	}
	resp, err := client(timeout).Do(req)
	if err != nil {
		return "", fmt.Errorf("discovery %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("discovery %s: status %d", u, resp.StatusCode)
	}
	var doc struct {
		Issuer  string `json:"issuer"`
		JWKSURI string `json:"jwks_uri"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		return "", fmt.Errorf("discovery %s: %w", u, err)
	}
	if doc.Issuer != issuer {
		return "", fmt.Errorf("discovery %s: the document names issuer %q", u, doc.Issuer)
	}
	if doc.JWKSURI == "" {
		return "", fmt.Errorf("discovery %s: no jwks_uri", u)
	}
	return doc.JWKSURI, nil
}
