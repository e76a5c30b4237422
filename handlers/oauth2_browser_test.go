package handlers_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	sbx "github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/internal/browsertest"
	"github.com/obp-go/obp/internal/testenv"
)

// TestOAuth2InABrowser runs the authorization-code flow with PKCE as a user does, in a
// headless Chromium with JavaScript off: the app sends the browser to /oauth2/auth, ellie
// logs in and approves, the browser lands on the app's redirect URL with a code, the app
// exchanges it with its verifier and calls the API with the token. Each page is
// screenshotted into the test's artifacts (make test keeps them in test-artifacts/),
// checked for accessibility basics, and watched for anything loaded from elsewhere.
// One engine: the subject is the pages and the browser, the store is tested elsewhere.
func TestOAuth2InABrowser(t *testing.T) {
	t.Parallel()
	s := sandbox(t, testenv.OpenSQLite(t))
	app := newBrowserApp(t, s)
	ctx := browsertest.Start(t, 60*time.Second)
	requests := browsertest.Record(t, ctx)
	browsertest.DisableScripts(t, ctx)
	shots := t.ArtifactDir()
	defer func() { t.Logf("screenshots in %s", shots) }()

	verifier, state := randomToken(t), randomToken(t)
	scopes := []string{"openid", "obp"}
	first, err := chromedp.Run(ctx, chromedp.NavigateResponse(app.authorizeURL(s, scopes, state, verifier)))
	if err != nil {
		t.Fatalf("open /oauth2/auth: %v", err)
	}
	if first.Status != http.StatusOK {
		t.Fatalf("GET /oauth2/auth ended in %d %s (%s), want the login page", first.Status, first.StatusText, first.MimeType)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.ID("username"))); err != nil {
		t.Fatalf("the login page has no #username: %v", err)
	}
	checkOAuth2Page(t, ctx, s, "login")
	browsertest.Screenshot(t, ctx, shots, "oauth2-1-login")
	login, err := chromedp.RunResponse(ctx,
		chromedp.SendKeys(chromedp.ID("username"), "ellie"),
		chromedp.SendKeys(chromedp.ID("password"), sbx.UserPassword),
		chromedp.Click(chromedp.ID("login")))
	if err != nil {
		t.Fatalf("submit the login form: %v", err)
	}
	if login.Status != http.StatusOK {
		t.Fatalf("after login the browser got %d from %s", login.Status, login.URL)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.ID("approve"))); err != nil {
		t.Fatalf("the consent page has no #approve: %v", err)
	}
	checkOAuth2Page(t, ctx, s, "consent")
	listed, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".scope")].map((e) => e.textContent.trim())`))
	if err != nil {
		t.Fatalf("read the scopes: %v", err)
	}
	for _, scope := range scopes {
		if !slices.ContainsFunc(listed, func(text string) bool { return strings.Contains(text, scope) }) {
			t.Errorf("the consent page lists scopes %q, without %q", listed, scope)
		}
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.ID("deny"))); err != nil {
		t.Errorf("the consent page has no #deny: %v", err)
	}
	browsertest.Screenshot(t, ctx, shots, "oauth2-2-consent")
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.ID("approve"))); err != nil {
		t.Fatalf("approve: %v", err)
	}
	browsertest.Screenshot(t, ctx, shots, "oauth2-3-landing")

	back := app.landing(t, ctx)
	if back.Get("state") != state || back.Get("code") == "" || back.Has("error") {
		t.Fatalf("the app got back %v, want a code and state %q", back, state)
	}
	if iss := back.Get("iss"); iss != "" && iss != issuer(t, s) {
		t.Errorf("iss = %q, want the discovery document's issuer %q", iss, issuer(t, s))
	}
	if f := requests.Foreign(s.URL); len(f) != 0 {
		t.Errorf("the server's pages loaded from another origin: %+v", f)
	}

	// The app, server to server: the code and the verifier for a token, then the API.
	access := app.exchange(t, s, back.Get("code"), verifier)
	viaOAuth2 := accountIDs(t, s.Get(t, "/obp/v5.1.0/my/accounts", "Authorization", "Bearer "+access))
	viaDirectLogin := accountIDs(t, s.Get(t, "/obp/v5.1.0/my/accounts", auth(sandboxToken(t, s, "ellie"))...))
	if len(viaOAuth2) == 0 || !slices.Equal(viaOAuth2, viaDirectLogin) {
		t.Errorf("with the OAuth2 token /my/accounts lists %q; ellie's are %q", viaOAuth2, viaDirectLogin)
	}

	t.Run("deny", func(t *testing.T) {
		// A fresh browser context: no cookie of the first login, so no remembered session.
		tab, cancel := chromedp.NewContext(ctx, chromedp.WithNewBrowserContext())
		defer cancel()
		browsertest.DisableScripts(t, tab)
		state := randomToken(t)
		if err := chromedp.Do(tab, chromedp.Navigate(app.authorizeURL(s, scopes, state, randomToken(t))),
			chromedp.SendKeys(chromedp.ID("username"), "ellie"),
			chromedp.SendKeys(chromedp.ID("password"), sbx.UserPassword)); err != nil {
			t.Fatalf("fill the login form: %v", err)
		}
		if _, err := chromedp.RunResponse(tab, chromedp.Click(chromedp.ID("login"))); err != nil {
			t.Fatalf("log in: %v", err)
		}
		if _, err := chromedp.RunResponse(tab, chromedp.Click(chromedp.ID("deny"))); err != nil {
			t.Fatalf("deny: %v", err)
		}
		back := app.landing(t, tab)
		if back.Get("error") != "access_denied" || back.Get("state") != state || back.Has("code") {
			t.Errorf("after deny the app got back %v, want error=access_denied, state %q and no code", back, state)
		}
	})
}

// checkOAuth2Page checks the tab shows a page of the server, accessible.
func checkOAuth2Page(t *testing.T, ctx context.Context, s *testenv.Server, page string) {
	t.Helper()
	at, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatalf("%s page: location: %v", page, err)
	}
	if browsertest.Origin(at) != s.URL {
		t.Errorf("the %s page is at %s, not on the server %s", page, at, s.URL)
	}
	if p := browsertest.AccessibilityProblems(t, ctx); len(p) != 0 {
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
