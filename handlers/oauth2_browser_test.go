package handlers_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	domainids "github.com/obp-go/obp/domain/ids"
	sbx "github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/internal/browsertest"
	"github.com/obp-go/obp/internal/testenv"
)

// TestOAuth2InABrowser runs the authorization-code flow with PKCE as a user does, in a
// headless Chromium with JavaScript off: the app sends the browser to /oauth2/auth, ellie
// logs in (once after a wrong password) and approves or denies, the browser lands on the
// app's redirect URL, the app exchanges the code with its verifier and calls the API with
// the token. Every page is screenshotted into the test's artifacts (make test keeps them
// in test-artifacts/), checked for accessibility basics, and watched for anything loaded
// from elsewhere.
// One engine: the subject is the pages in a browser; the flows' rules are tested on
// both engines in oauth2_flow_test.go.
func TestOAuth2InABrowser(t *testing.T) {
	t.Parallel()
	s := sandbox(t, testenv.OpenSQLite(t))
	site := newAppSite(t)
	browser := browsertest.Start(t, 60*time.Second)
	shots := t.ArtifactDir()
	t.Cleanup(func() { t.Logf("screenshots in %s", shots) })
	ellie := accountIDs(t, s.Get(t, "/obp/v5.1.0/my/accounts", auth(sandboxToken(t, s, "ellie"))...))
	if len(ellie) == 0 {
		t.Fatal("ellie has no accounts to see")
	}

	for _, c := range []struct{ appType, client string }{{"Web", "confidential"}, {"Public", "public"}} {
		appType, client := c.appType, c.client
		t.Run(client+" client, approved", func(t *testing.T) {
			app := site.register(t, s, appType)
			tab, requests := newTab(t, browser)
			verifier, challenge := pkce()
			state := domainids.Secret(16)
			consent := signInInBrowser(t, tab, s, app, challenge, state, shots, client)
			if _, err := chromedp.RunResponse(tab, chromedp.Click(chromedp.ID("approve"))); err != nil {
				t.Fatalf("approve: %v", err)
			}
			browsertest.Screenshot(t, tab, shots, client+"-3-landing")
			back := site.landing(t, tab)
			if back.Get("state") != state || back.Get("code") == "" || back.Has("error") {
				t.Fatalf("the app got back %v, want a code and state %q", back, state)
			}
			if iss := back.Get("iss"); iss != issuer(t, s) {
				t.Errorf("iss = %q, want the discovery document's issuer %q", iss, issuer(t, s))
			}
			if !slices.ContainsFunc(requests.All(), func(r browsertest.Request) bool { return strings.HasPrefix(r.URL, s.URL+"/oauth2/auth?") }) {
				t.Error("the request watch saw no /oauth2/auth: it is blind")
			}
			if f := requests.Foreign(s.URL); len(f) != 0 {
				t.Errorf("the server's pages loaded from another origin: %+v", f)
			}
			for _, scope := range []string{"openid", "obp"} {
				if !slices.ContainsFunc(consent, func(text string) bool { return strings.Contains(text, scope) }) {
					t.Errorf("the consent page lists %q, without %q", consent, scope)
				}
			}

			// The app, server to server: code and verifier for tokens, then the API.
			tokens := exchange(t, s, app, back.Get("code"), verifier)
			if _, ok := tokens["id_token"].(string); !ok {
				t.Error("the openid scope was approved but no id_token came")
			}
			access, _ := tokens["access_token"].(string)
			if got := accountIDs(t, s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access)...)); !slices.Equal(got, ellie) {
				t.Errorf("with the OAuth2 token /my/accounts lists %q; ellie's are %q", got, ellie)
			}
		})
	}

	t.Run("a wrong password, then denied", func(t *testing.T) {
		app := site.register(t, s, "Web")
		tab, _ := newTab(t, browser)
		_, challenge := pkce()
		q := authQuery(app, challenge, "openid obp")
		if err := chromedp.Do(tab, chromedp.Navigate(s.URL+"/oauth2/auth?"+q.Encode()),
			chromedp.SendKeys(chromedp.ID("username"), "ellie")); err != nil {
			t.Fatalf("fill the login form: %v", err)
		}
		// Submitted from the keyboard: Enter in the password field.
		again, err := chromedp.RunResponse(tab, chromedp.SendKeys(chromedp.ID("password"), "not-"+sbx.UserPassword+"\n"))
		if err != nil {
			t.Fatalf("submit a wrong password with Enter: %v", err)
		}
		if again.Status != http.StatusUnauthorized {
			t.Errorf("a wrong password got %d, want 401 and the login page again", again.Status)
		}
		if err := chromedp.Do(tab, chromedp.WaitVisible(chromedp.ID("password"))); err != nil {
			t.Fatalf("after a wrong password the login page is not shown again: %v", err)
		}
		checkOAuth2Page(t, tab, s, "login (wrong password)")
		browsertest.Screenshot(t, tab, shots, "wrong-password")

		state := domainids.Secret(16)
		signInInBrowser(t, tab, s, app, challenge, state, "", "")
		if _, err := chromedp.RunResponse(tab, chromedp.Click(chromedp.ID("deny"))); err != nil {
			t.Fatalf("deny: %v", err)
		}
		back := site.landing(t, tab)
		if back.Get("error") != "access_denied" || back.Get("state") != state || back.Has("code") || back.Get("iss") != issuer(t, s) {
			t.Errorf("after deny the app got back %v, want error=access_denied, state %q, the issuer and no code", back, state)
		}
	})
}

// newTab opens a tab in a fresh browser context (no cookie of an earlier login), with
// JavaScript off, recording its requests; it is closed when the test ends.
func newTab(t *testing.T, browser context.Context) (context.Context, *browsertest.Requests) {
	t.Helper()
	tab, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	requests := browsertest.Record(t, tab)
	browsertest.DisableScripts(t, tab)
	return tab, requests
}

// signInInBrowser opens the authorization URL, signs ellie in on the login page and
// returns the scopes the consent page lists, the page on screen. With shots set, each
// page is screenshotted there, named after prefix.
func signInInBrowser(t *testing.T, tab context.Context, s *testenv.Server, app oauthApp, challenge, state, shots, prefix string) []string {
	t.Helper()
	q := authQuery(app, challenge, "openid obp")
	q.Set("state", state)
	first, err := chromedp.Run(tab, chromedp.NavigateResponse(s.URL+"/oauth2/auth?"+q.Encode()))
	if err != nil {
		t.Fatalf("open /oauth2/auth: %v", err)
	}
	if first.Status != http.StatusOK {
		t.Fatalf("GET /oauth2/auth ended in %d %s (%s), want the login page", first.Status, first.StatusText, first.MimeType)
	}
	if err := chromedp.Do(tab, chromedp.WaitVisible(chromedp.ID("username"))); err != nil {
		t.Fatalf("the login page has no #username: %v", err)
	}
	checkOAuth2Page(t, tab, s, "login")
	if shots != "" {
		browsertest.Screenshot(t, tab, shots, prefix+"-1-login")
	}
	consent, err := chromedp.RunResponse(tab,
		chromedp.SendKeys(chromedp.ID("username"), "ellie"),
		chromedp.SendKeys(chromedp.ID("password"), sbx.UserPassword),
		chromedp.Click(chromedp.ID("login")))
	if err != nil {
		t.Fatalf("submit the login form: %v", err)
	}
	if consent.Status != http.StatusOK {
		t.Fatalf("after login the browser got %d, want the consent page", consent.Status)
	}
	if err := chromedp.Do(tab, chromedp.WaitVisible(chromedp.ID("approve")), chromedp.WaitVisible(chromedp.ID("deny"))); err != nil {
		t.Fatalf("the consent page lacks #approve or #deny: %v", err)
	}
	checkOAuth2Page(t, tab, s, "consent")
	if shots != "" {
		browsertest.Screenshot(t, tab, shots, prefix+"-2-consent")
	}
	scopes, err := chromedp.Run(tab, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".scope")].map((e) => e.textContent.trim())`))
	if err != nil {
		t.Fatalf("read the scopes: %v", err)
	}
	return scopes
}

// checkOAuth2Page checks the tab shows a page of the server, accessible.
func checkOAuth2Page(t *testing.T, tab context.Context, s *testenv.Server, page string) {
	t.Helper()
	at, err := chromedp.Run(tab, chromedp.Location())
	if err != nil {
		t.Fatalf("%s page: location: %v", page, err)
	}
	if browsertest.Origin(at) != s.URL {
		t.Errorf("the %s page is at %s, not on the server %s", page, at, s.URL)
	}
	if p := browsertest.AccessibilityProblems(t, tab); len(p) != 0 {
		t.Errorf("the %s page's accessibility: %q", page, p)
	}
}

// issuer is the issuer the server's discovery document announces.
func issuer(t *testing.T, s *testenv.Server) string {
	t.Helper()
	r := s.Get(t, "/.well-known/openid-configuration")
	iss, _ := r.JSON(t)["issuer"].(string)
	if r.Status != http.StatusOK || iss == "" {
		t.Fatalf("discovery: %d %s", r.Status, r.Body)
	}
	return iss
}

// accountIDs lists the ids of a /my/accounts answer, sorted.
func accountIDs(t *testing.T, r *testenv.Response) []string {
	t.Helper()
	if r.Status != http.StatusOK {
		t.Fatalf("/my/accounts: %d %s", r.Status, r.Body)
	}
	list, _ := r.JSON(t)["accounts"].([]any)
	var ids []string
	for _, a := range list {
		if m, ok := a.(map[string]any); ok {
			id, _ := m["id"].(string)
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}
