package handlers_test

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// The pages keep the contract the browser test relies on: the login form's fields, the
// consent page's buttons and scopes, relative redirects, safe cookies and headers.
func TestOAuth2PagesContract(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		_, challenge := pkce()
		b := newBrowser(t, s)
		q := authQuery(app, challenge, "openid profile email offline_access obp")
		start := b.do(http.MethodGet, "/oauth2/auth?"+q.Encode(), nil)
		if loc := start.Header.Get("Location"); start.Status != 303 || !strings.HasPrefix(loc, "login?interaction=") {
			t.Fatalf("authorization without a session: %d Location %q", start.Status, loc)
		}
		login := b.follow(start, 200)
		for _, want := range []string{`<html lang="en">`, `<input id="username" name="username"`, `<input id="password" name="password" type="password"`,
			`<button id="login" type="submit">`, `<label for="username">`, `<label for="password">`, `<h1>`, `action="login"`, "Budget Buddy"} {
			if !strings.Contains(login.Body, want) {
				t.Errorf("login page lacks %s", want)
			}
		}
		if regexp.MustCompile(`(src|href|action)="(https?:)?//`).MatchString(login.Body) {
			t.Error("the login page refers to an absolute URL")
		}
		wantPageHeaders(t, login)
		cookie := login.Header.Get("Set-Cookie")
		if !strings.Contains(cookie, "HttpOnly") || !strings.Contains(strings.ToLower(cookie), "samesite=lax") || strings.Contains(cookie, "Secure") {
			t.Errorf("browser cookie = %q (want HttpOnly, SameSite=Lax, not Secure on http)", cookie)
		}
		form := login.hidden()
		form.Set("username", "ellie")
		form.Set("password", sbxPassword)
		in := b.do(http.MethodPost, "/oauth2/login", form)
		if loc := in.Header.Get("Location"); in.Status != 303 || !strings.HasPrefix(loc, "consent?interaction=") {
			t.Fatalf("good login: %d Location %q %s", in.Status, loc, in.Body)
		}
		consent := b.follow(in, 200)
		wantPageHeaders(t, consent)
		for _, want := range []string{`<button id="approve" type="submit" name="decision" value="approve">`,
			`<button id="deny" type="submit" name="decision" value="deny">`, "Budget Buddy", "ellie"} {
			if !strings.Contains(consent.Body, want) {
				t.Errorf("consent page lacks %s", want)
			}
		}
		for _, sc := range []string{"openid", "profile", "email", "offline_access", "obp"} {
			if !strings.Contains(consent.Body, fmt.Sprintf(`<li class="scope" data-scope="%s">`, sc)) {
				t.Errorf("consent page does not list scope %s", sc)
			}
		}
		if css := b.do(http.MethodGet, "/oauth2/style.css", nil); css.Status != 200 || !strings.HasPrefix(css.Header.Get("Content-Type"), "text/css") {
			t.Errorf("stylesheet: %d %s", css.Status, css.Header.Get("Content-Type"))
		}
		// Signed in: the next authorization goes straight to consent.
		again := b.do(http.MethodGet, "/oauth2/auth?"+authQuery(app, challenge, "obp").Encode(), nil)
		if loc := again.Header.Get("Location"); again.Status != 303 || !strings.HasPrefix(loc, "consent?") {
			t.Errorf("authorization with a session: %d %q", again.Status, loc)
		}
		// Deny: back to the app with access_denied and the state.
		back := b.decide(consent, "deny")
		if back.Query().Get("error") != "access_denied" || back.Query().Get("state") != q.Get("state") || back.Query().Get("code") != "" ||
			back.Query().Get("iss") != "http://127.0.0.1" {
			t.Errorf("deny redirect = %s", back)
		}
		// The decision is taken once.
		if r := b.do(http.MethodPost, "/oauth2/consent", withDecision(consent.hidden(), "approve")); r.Status != 400 || r.Location != nil {
			t.Errorf("a second decision on one request: %d %v", r.Status, r.Location)
		}
	})
}

func withDecision(v url.Values, d string) url.Values {
	v.Set("decision", d)
	return v
}

func wantPageHeaders(t *testing.T, p page) {
	t.Helper()
	for h, want := range map[string]string{"Content-Security-Policy": "default-src 'self'", "X-Frame-Options": "DENY", "Cache-Control": "no-store"} {
		if !strings.Contains(p.Header.Get(h), want) {
			t.Errorf("%s = %q, want %q", h, p.Header.Get(h), want)
		}
	}
	if !strings.HasPrefix(p.Header.Get("Content-Type"), "text/html") {
		t.Errorf("Content-Type = %q", p.Header.Get("Content-Type"))
	}
}

// A wrong password shows the page again with 401, saying the same for an unknown user.
func TestOAuth2LoginWrongPassword(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		_, challenge := pkce()
		b := newBrowser(t, s)
		login := b.follow(b.do(http.MethodGet, "/oauth2/auth?"+authQuery(app, challenge, "obp").Encode(), nil), 200)
		try := func(username, password string) page {
			form := login.hidden()
			form.Set("username", username)
			form.Set("password", password)
			return b.do(http.MethodPost, "/oauth2/login", form)
		}
		wrong, unknown := try("ellie", "not-her-password"), try("nobody-of-that-name", "whatever")
		errorOf := regexp.MustCompile(`<p class="error" id="error" role="alert">([^<]*)</p>`)
		for _, p := range []page{wrong, unknown} {
			if p.Status != 401 || p.Location != nil || !strings.Contains(p.Body, `id="password"`) || !errorOf.MatchString(p.Body) {
				t.Fatalf("wrong login: %d %v %s", p.Status, p.Location, p.Body)
			}
		}
		if a, b := errorOf.FindStringSubmatch(wrong.Body)[1], errorOf.FindStringSubmatch(unknown.Body)[1]; a != b {
			t.Errorf("wrong password says %q, unknown user %q: the page tells them apart", a, b)
		}
		if strings.Contains(wrong.Body, "not-her-password") {
			t.Error("the page echoes the password")
		}
	})
}

// Every POST needs the CSRF token this browser was given for this request.
func TestOAuth2CSRF(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		_, challenge := pkce()
		b := newBrowser(t, s)
		login := b.follow(b.do(http.MethodGet, "/oauth2/auth?"+authQuery(app, challenge, "obp").Encode(), nil), 200)
		creds := func(csrf string, drop bool) url.Values {
			f := login.hidden()
			f.Set("username", "ellie")
			f.Set("password", sbxPassword)
			f.Set("csrf_token", csrf)
			if drop {
				f.Del("csrf_token")
			}
			return f
		}
		for name, form := range map[string]url.Values{"missing": creds("", true), "wrong": creds("AAAA"+login.hidden().Get("csrf_token")[4:], false)} {
			if r := b.do(http.MethodPost, "/oauth2/login", form); r.Status != 403 || r.Location != nil {
				t.Errorf("login with a %s CSRF token: %d %v", name, r.Status, r.Location)
			}
		}
		// Another browser (an attacker's page posting with its own cookie) cannot use this one's token.
		if r := newBrowser(t, s).do(http.MethodPost, "/oauth2/login", creds(login.hidden().Get("csrf_token"), false)); r.Status != 403 {
			t.Errorf("login with another browser's token: %d", r.Status)
		}
		consent := b.follow(b.do(http.MethodPost, "/oauth2/login", creds(login.hidden().Get("csrf_token"), false)), 200)
		// The login token does not carry over: login replaced the browser's cookie.
		bad := consent.hidden()
		bad.Set("csrf_token", login.hidden().Get("csrf_token"))
		bad.Set("decision", "approve")
		if r := b.do(http.MethodPost, "/oauth2/consent", bad); r.Status != 403 || r.Location != nil {
			t.Errorf("consent with a stale CSRF token: %d %v", r.Status, r.Location)
		}
		bad.Del("csrf_token")
		if r := b.do(http.MethodPost, "/oauth2/consent", bad); r.Status != 403 || r.Location != nil {
			t.Errorf("consent without a CSRF token: %d %v", r.Status, r.Location)
		}
		// The refusals used nothing up: the right token still works.
		if back := b.decide(consent, "approve"); back.Query().Get("code") == "" {
			t.Errorf("approve after refusals: %s", back)
		}
	})
}

// Wrong passwords on the login page lock the user as DirectLogin's do (one check for
// both), and a locked user's tokens stop.
func TestOAuth2LoginLockout(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		u := newUser(t, s)
		verifier, challenge := pkce()
		b := newBrowser(t, s)
		q := authQuery(app, challenge, "obp")
		consent := b.signIn(b.do(http.MethodGet, "/oauth2/auth?"+q.Encode(), nil), u.Username, u.Password)
		access := exchange(t, s, app, b.decide(consent, "approve").Query().Get("code"), verifier)["access_token"].(string)
		if r := s.Get(t, "/obp/v5.1.0/users/current", bearer(access)...); r.Status != 200 {
			t.Fatalf("token before lockout: %d %s", r.Status, r.Body)
		}
		other := newBrowser(t, s)
		login := other.follow(other.do(http.MethodGet, "/oauth2/auth?"+q.Encode(), nil), 200)
		post := func(password string) page {
			f := login.hidden()
			f.Set("username", u.Username)
			f.Set("password", password)
			return other.do(http.MethodPost, "/oauth2/login", f)
		}
		for i := 0; i < 5; i++ {
			if r := post("Wrong-Password-99!"); r.Status != 401 {
				t.Fatalf("wrong password %d: %d", i+1, r.Status)
			}
		}
		if r := post(u.Password); r.Status != 401 || !strings.Contains(r.Body, "locked") {
			t.Errorf("right password after five wrong ones: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin",
			fmt.Sprintf("username=%s, password=%s, consumer_key=%s", u.Username, u.Password, testenv.ConsumerKey)), 401, "OBP-20013")
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/users/current", bearer(access)...), 401, "OBP-20013")
		// The locked user's existing login session no longer counts either.
		if r := b.do(http.MethodGet, "/oauth2/auth?"+q.Encode(), nil); !strings.HasPrefix(r.Header.Get("Location"), "login?") {
			t.Errorf("a locked user's login session still leads to consent: %q", r.Header.Get("Location"))
		}
	})
}
