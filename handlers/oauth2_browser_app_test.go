package handlers_test

import (
	"context"
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

// appSite is a third-party app's web site for the browser tests: its redirect URL shows
// a small page and records what each browser brings back there.
type appSite struct {
	redirectURL string

	mu       sync.Mutex
	received []url.Values // the query of each request to the redirect URL, in order
}

// newAppSite serves the app's site on a loopback port until the test ends.
func newAppSite(t *testing.T) *appSite {
	t.Helper()
	a := &appSite{}
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
			`<body><h1>Back at Budget Buddy</h1><p>The bank answered; the app takes it from here.</p></body></html>`)
	}))
	t.Cleanup(site.Close)
	a.redirectURL = site.URL + "/callback"
	return a
}

// register makes the app an OAuth2 client, as the sandbox administrator: app_type "Web"
// is a confidential client, "Public" a public one (oauth2.IsPublic).
func (a *appSite) register(t *testing.T, s *testenv.Server, appType string) oauthApp {
	t.Helper()
	r := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers", fmt.Sprintf(
		`{"app_name": "Budget Buddy", "app_type": %q, "description": "Budgets in a browser", "developer_email": "dev@example.com", "redirect_url": %q}`,
		appType, a.redirectURL), auth(adminToken(t, s))...)
	if r.Status != http.StatusCreated {
		t.Fatalf("register the app: %d %s", r.Status, r.Body)
	}
	c := r.JSON(t)
	app := oauthApp{RedirectURI: a.redirectURL, Public: appType == "Public"}
	app.ID, _ = c["consumer_id"].(string)
	app.Key, _ = c["key"].(string)
	app.Secret, _ = c["secret"].(string)
	if app.Key == "" || app.Secret == "" {
		t.Fatalf("consumer without credentials: %s", r.Body)
	}
	return app
}

// landing checks the tab is on the app's redirect URL and returns the query the app
// received there last, which must be what the browser shows.
func (a *appSite) landing(t *testing.T, tab context.Context) url.Values {
	t.Helper()
	at, err := chromedp.Run(tab, chromedp.Location())
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
