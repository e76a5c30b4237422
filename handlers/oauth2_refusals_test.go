package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// A redirect_uri that is not exactly a registered one is refused on the server, never
// followed: no redirect to it.
func TestOAuth2WrongRedirectURIRefused(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		_, challenge := pkce()
		for _, ru := range []string{"https://evil.example.com/cb", appRedirect + "/more", appRedirect + "?x=1", "https://APP.example.com/cb"} {
			q := authQuery(app, challenge, "obp")
			q.Set("redirect_uri", ru)
			r := newBrowser(t, s).do(http.MethodGet, "/oauth2/auth?"+q.Encode(), nil)
			if r.Status != 400 || r.Location != nil || !strings.Contains(r.Body, "invalid_request") {
				t.Errorf("redirect_uri %s: %d %v %s", ru, r.Status, r.Location, r.Body)
			}
		}
		// Also when pushed.
		q := authQuery(app, challenge, "obp")
		q.Set("redirect_uri", "https://evil.example.com/cb")
		if status, body := tokenCall(t, s, app, "/oauth2/par", q); status != 400 || body["error"] != "invalid_request" {
			t.Errorf("PAR with a wrong redirect_uri: %d %v", status, body)
		}
	})
}

// PKCE is required of every client and only S256 is taken; the verifier must match.
func TestOAuth2PKCERefusals(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		verifier, challenge := pkce()
		for name, edit := range map[string]func(url.Values){
			"no challenge":   func(q url.Values) { q.Del("code_challenge"); q.Del("code_challenge_method") },
			"plain method":   func(q url.Values) { q.Set("code_challenge", verifier); q.Set("code_challenge_method", "plain") },
			"unknown method": func(q url.Values) { q.Set("code_challenge_method", "S512") },
		} {
			q := authQuery(app, challenge, "obp")
			edit(q)
			r := newBrowser(t, s).do(http.MethodGet, "/oauth2/auth?"+q.Encode(), nil)
			if r.Status != 303 || r.Location == nil || r.Location.Query().Get("error") != "invalid_request" ||
				!strings.HasPrefix(r.Location.String(), appRedirect) {
				t.Errorf("%s: want a redirect to the app with invalid_request, got %d %v %s", name, r.Status, r.Location, r.Body)
			}
		}
		code := authorize(t, s, app, challenge, "obp", "ellie")
		status, body := tokenCall(t, s, app, "/oauth2/token", url.Values{"grant_type": {"authorization_code"}, "code": {code},
			"redirect_uri": {app.RedirectURI}})
		if status != 400 || body["error"] != "invalid_grant" {
			t.Errorf("no verifier: %d %v", status, body)
		}
		code = authorize(t, s, app, challenge, "obp", "ellie")
		other, _ := pkce()
		status, body = tokenCall(t, s, app, "/oauth2/token", url.Values{"grant_type": {"authorization_code"}, "code": {code},
			"redirect_uri": {app.RedirectURI}, "code_verifier": {other}})
		if status != 400 || body["error"] != "invalid_grant" {
			t.Errorf("wrong verifier: %d %v", status, body)
		}
	})
}

// A code redeemed twice: the second is refused and the tokens of the first are revoked
// (RFC 6749 §4.1.2).
func TestOAuth2ReplayedCodeRevokesTokens(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		verifier, challenge := pkce()
		code := authorize(t, s, app, challenge, "obp offline_access", "ellie")
		first := exchange(t, s, app, code, verifier)
		status, body := tokenCall(t, s, app, "/oauth2/token", url.Values{"grant_type": {"authorization_code"}, "code": {code},
			"redirect_uri": {app.RedirectURI}, "code_verifier": {verifier}})
		if status != 400 || body["error"] != "invalid_grant" {
			t.Fatalf("replayed code: %d %v", status, body)
		}
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/my/accounts", bearer(first["access_token"].(string))...), 401, "OBP-20204")
		status, body = tokenCall(t, s, app, "/oauth2/token", url.Values{"grant_type": {"refresh_token"}, "refresh_token": {first["refresh_token"].(string)}})
		if status == 200 {
			t.Errorf("the refresh token of a replayed code still works: %v", body)
		}
	})
}

// Refresh tokens rotate; presenting a used one revokes the whole family, the newest
// access and refresh tokens included.
func TestOAuth2RefreshRotationAndReuse(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		first := signIn(t, s, app, "openid obp offline_access", "ellie")
		refresh := func(rt string) (int, map[string]any) {
			return tokenCall(t, s, app, "/oauth2/token", url.Values{"grant_type": {"refresh_token"}, "refresh_token": {rt}})
		}
		status, second := refresh(first["refresh_token"].(string))
		if status != 200 || second["refresh_token"] == first["refresh_token"] || second["access_token"] == nil {
			t.Fatalf("refresh: %d %v", status, second)
		}
		access2 := second["access_token"].(string)
		if r := s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access2)...); r.Status != 200 {
			t.Fatalf("refreshed access token: %d %s", r.Status, r.Body)
		}
		// Rotation retired the first access token.
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/my/accounts", bearer(first["access_token"].(string))...), 401, "OBP-20204")
		// Reuse of the first refresh token: refused, and the family goes.
		if status, body := refresh(first["refresh_token"].(string)); status != 400 || body["error"] != "invalid_grant" {
			t.Fatalf("reused refresh token: %d %v", status, body)
		}
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access2)...), 401, "OBP-20204")
		if status, body := refresh(second["refresh_token"].(string)); status == 200 {
			t.Errorf("the newest refresh token survived reuse of an old one: %v", body)
		}
	})
}

// Revocation (RFC 7009): a revoked access token stops at once; revoking a refresh token
// takes its family.
func TestOAuth2Revocation(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		tok := signIn(t, s, app, "obp offline_access", "ellie")
		access := tok["access_token"].(string)
		// DirectLogin's logout does not pretend to end an OAuth2 token.
		wantOBPError(t, s.Do(t, http.MethodDelete, "/my/logins/direct", "", bearer(access)...), 400, "OBP-20083")
		if r := s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access)...); r.Status != 200 {
			t.Fatalf("the token after a refused logout: %d %s", r.Status, r.Body)
		}
		if status, body := tokenCall(t, s, app, "/oauth2/revoke", url.Values{"token": {access}}); status != 200 {
			t.Fatalf("revoke: %d %v", status, body)
		}
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access)...), 401, "OBP-20204")
		if _, in := tokenCall(t, s, app, "/oauth2/introspect", url.Values{"token": {access}}); in["active"] != false {
			t.Errorf("introspect a revoked token: %v", in)
		}
		if status, _ := tokenCall(t, s, app, "/oauth2/revoke", url.Values{"token": {tok["refresh_token"].(string)}}); status != 200 {
			t.Fatalf("revoke refresh: %d", status)
		}
		if status, body := tokenCall(t, s, app, "/oauth2/token", url.Values{"grant_type": {"refresh_token"}, "refresh_token": {tok["refresh_token"].(string)}}); status == 200 {
			t.Errorf("a revoked refresh token refreshed: %v", body)
		}
		// Introspection needs client authentication: nothing, or a user's access token, will not do.
		if r := s.Do(t, http.MethodPost, "/oauth2/introspect", "token="+access, "Content-Type", "application/x-www-form-urlencoded"); r.Status != 401 {
			t.Errorf("anonymous introspection: %d %s", r.Status, r.Body)
		}
		other := signIn(t, s, app, "obp", "ellie")["access_token"].(string)
		if r := s.Do(t, http.MethodPost, "/oauth2/introspect", "token="+access, append(bearer(other), "Content-Type", "application/x-www-form-urlencoded")...); r.Status != 401 {
			t.Errorf("introspection with an access token as credential: %d %s", r.Status, r.Body)
		}
	})
}

// An access token past its hour is refused by the server's clock; unknown tokens and
// tokens without the obp scope are refused too.
func TestOAuth2ExpiredAndForeignTokens(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		var skew atomic.Int64
		s := testenv.Start(t, db, app.Options{Sandbox: true, Now: func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }})
		a := newOAuthApp(t, s, adminToken(t, s), "Web")
		access := signIn(t, s, a, "obp", "ellie")["access_token"].(string)
		if r := s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access)...); r.Status != 200 {
			t.Fatalf("fresh token: %d %s", r.Status, r.Body)
		}
		skew.Store(int64(61 * time.Minute))
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access)...), 401, "OBP-20204")
		skew.Store(0)
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/my/accounts", bearer("ory_at_forged.signature")...), 401, "OBP-20204")
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access[:len(access)-2]+"xx")...), 401, "OBP-20204")
		noAPI := signIn(t, s, a, "openid", "ellie")["access_token"].(string)
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/my/accounts", bearer(noAPI)...), 401, "OBP-20204")
	})
}

// A disabled consumer is refused everywhere: its tokens, the token endpoint, the
// authorization endpoint.
func TestOAuth2DisabledConsumer(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		app := newOAuthApp(t, s, admin, "Web")
		verifier, challenge := pkce()
		access := exchange(t, s, app, authorize(t, s, app, challenge, "obp", "ellie"), verifier)["access_token"].(string)
		if r := s.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+app.ID, `{"enabled": false}`, auth(admin)...); r.Status != 200 {
			t.Fatalf("disable: %d %s", r.Status, r.Body)
		}
		r := s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access)...)
		if r.Status != 401 {
			t.Errorf("a disabled consumer's token: %d %s", r.Status, r.Body)
		}
		if status, body := tokenCall(t, s, app, "/oauth2/token", url.Values{"grant_type": {"client_credentials"}, "scope": {"obp"}}); status != 401 || body["error"] != "invalid_client" {
			t.Errorf("token endpoint for a disabled consumer: %d %v", status, body)
		}
		if p := newBrowser(t, s).do(http.MethodGet, "/oauth2/auth?"+authQuery(app, challenge, "obp").Encode(), nil); p.Status != 401 || p.Location != nil {
			t.Errorf("authorization for a disabled consumer: %d %v %s", p.Status, p.Location, p.Body)
		}
	})
}

// Codes redeemed in parallel: exactly one exchange gets tokens (a conditional update,
// not a read-then-write).
func TestOAuth2ParallelCodeRedemption(t *testing.T) {
	if !testenv.PostgresAvailable() {
		t.Skip("TEST_DATABASE_URL is not set")
	}
	s := sandbox(t, testenv.OpenPostgres(t))
	app := newOAuthApp(t, s, adminToken(t, s), "Web")
	verifier, challenge := pkce()
	code := authorize(t, s, app, challenge, "obp offline_access", "ellie")
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {app.RedirectURI}, "code_verifier": {verifier},
		"client_id": {app.Key}, "client_secret": {app.Secret}}
	rs := testenv.Concurrently(t, 8, func(int) (*testenv.Response, error) {
		return s.Try(http.MethodPost, "/oauth2/token", form.Encode(), "Content-Type", "application/x-www-form-urlencoded")
	})
	ok := 0
	for _, r := range rs {
		switch {
		case r.Status == 200:
			ok++
		case r.Status != 400 || !strings.Contains(string(r.Body), "invalid_grant"):
			t.Errorf("a parallel redemption: %d %s", r.Status, r.Body)
		}
	}
	if ok != 1 {
		t.Errorf("%d of 8 parallel redemptions of one code got tokens, want 1", ok)
	}
}

// One refresh token presented by parallel requests: exactly one gets new tokens.
func TestOAuth2ParallelRefresh(t *testing.T) {
	if !testenv.PostgresAvailable() {
		t.Skip("TEST_DATABASE_URL is not set")
	}
	s := sandbox(t, testenv.OpenPostgres(t))
	app := newOAuthApp(t, s, adminToken(t, s), "Web")
	tok := signIn(t, s, app, "obp offline_access", "ellie")
	form := url.Values{"grant_type": {"refresh_token"}, "refresh_token": {tok["refresh_token"].(string)},
		"client_id": {app.Key}, "client_secret": {app.Secret}}
	rs := testenv.Concurrently(t, 8, func(int) (*testenv.Response, error) {
		return s.Try(http.MethodPost, "/oauth2/token", form.Encode(), "Content-Type", "application/x-www-form-urlencoded")
	})
	ok := 0
	for _, r := range rs {
		switch {
		case r.Status == 200:
			ok++
		case r.Status != 400:
			t.Errorf("a parallel refresh: %d %s", r.Status, r.Body)
		}
	}
	if ok != 1 {
		t.Errorf("%d of 8 parallel refreshes of one token got tokens, want 1", ok)
	}
}
