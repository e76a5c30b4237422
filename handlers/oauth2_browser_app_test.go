package handlers_test

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/obp-go/obp/internal/testenv"
)

// browserApp is a third-party app for the browser tests: an OBP consumer whose redirect
// URL is a page this test serves, which records what the browser brings back.
type browserApp struct {
	key, secret, redirectURL string

	mu       sync.Mutex
	received []url.Values // the query of each request to the redirect URL
}

// newBrowserApp registers the app as the sandbox administrator and serves its redirect URL.
func newBrowserApp(t *testing.T, s *testenv.Server) *browserApp {
	t.Helper()
	a := &browserApp{}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/callback" {
			http.NotFound(w, r)
			return
		}
		a.mu.Lock()
		a.received = append(a.received, r.URL.Query())
		a.mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html lang="en"><head><title>Budget Buddy</title></head>`+
			`<body><h1 id="landed">Back at Budget Buddy</h1><p>The bank answered; the app takes it from here.</p></body></html>`)
	}))
	t.Cleanup(site.Close)
	a.redirectURL = site.URL + "/callback"
	r := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers", fmt.Sprintf(
		`{"app_name": "Budget Buddy", "app_type": "Web", "description": "Budgets in a browser", "developer_email": "dev@example.com", "redirect_url": %q}`,
		a.redirectURL), auth(adminToken(t, s))...)
	if r.Status != http.StatusCreated {
		t.Fatalf("create the app's consumer: %d %s", r.Status, r.Body)
	}
	c := r.JSON(t)
	a.key, _ = c["key"].(string)
	a.secret, _ = c["secret"].(string)
	if a.key == "" || a.secret == "" {
		t.Fatalf("consumer without credentials: %s", r.Body)
	}
	return a
}

// authorizeURL is where the app sends the user's browser: code flow, PKCE S256.
func (a *browserApp) authorizeURL(s *testenv.Server, scopes []string, state, verifier string) string {
	challenge := sha256.Sum256([]byte(verifier))
	return s.URL + "/oauth2/auth?" + url.Values{
		"response_type":         {"code"},
		"client_id":             {a.key},
		"redirect_uri":          {a.redirectURL},
		"scope":                 {strings.Join(scopes, " ")},
		"state":                 {state},
		"code_challenge":        {base64.RawURLEncoding.EncodeToString(challenge[:])},
		"code_challenge_method": {"S256"},
	}.Encode()
}

// landing checks the tab is on the app's redirect URL and returns the query the app
// received there, which must be what the browser shows.
func (a *browserApp) landing(t *testing.T, ctx context.Context) url.Values {
	t.Helper()
	at, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatalf("location: %v", err)
	}
	u, err := url.Parse(at)
	if err != nil || !strings.HasPrefix(at, a.redirectURL+"?") {
		t.Fatalf("the browser is at %s, not at the app's redirect URL %s", at, a.redirectURL)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.received) == 0 {
		t.Fatal("the app's redirect URL was never reached")
	}
	got := a.received[len(a.received)-1]
	if got.Encode() != u.Query().Encode() {
		t.Fatalf("the app received %v, the browser shows %v", got, u.Query())
	}
	return got
}

// exchange trades a code and its verifier for an access token, as a confidential client
// (client_secret_basic), and returns the token.
func (a *browserApp) exchange(t *testing.T, s *testenv.Server, code, verifier string) string {
	t.Helper()
	form := url.Values{
		"grant_type":    {"authorization_code"},
		"code":          {code},
		"redirect_uri":  {a.redirectURL},
		"code_verifier": {verifier},
	}.Encode()
	basic := base64.StdEncoding.EncodeToString([]byte(url.QueryEscape(a.key) + ":" + url.QueryEscape(a.secret)))
	r := s.Do(t, http.MethodPost, "/oauth2/token", form,
		"Content-Type", "application/x-www-form-urlencoded", "Authorization", "Basic "+basic)
	if r.Status != http.StatusOK {
		t.Fatalf("token exchange: %d %s", r.Status, r.Body)
	}
	body := r.JSON(t)
	access, _ := body["access_token"].(string)
	kind, _ := body["token_type"].(string)
	if access == "" || !strings.EqualFold(kind, "bearer") {
		t.Fatalf("token answer has no bearer access token: %v", keysOf(body))
	}
	if _, ok := body["id_token"].(string); !ok {
		t.Errorf("the openid scope was granted but no id_token came: %v", keysOf(body))
	}
	return access
}

// keysOf names the fields of an answer without showing the tokens in them.
func keysOf(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// randomToken is 32 random bytes, base64url: a PKCE verifier or a state.
func randomToken(t *testing.T) string {
	t.Helper()
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
