package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/golang-jwt/jwt/v5"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// A confidential app takes a user through login and consent (code + PKCE), gets an
// access token, a refresh token and an ID token, and calls an account endpoint with
// the access token.
func TestOAuth2CodeFlowWithPKCE(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		verifier, challenge := pkce()
		code := authorize(t, s, app, challenge, "openid profile offline_access obp", "ellie")
		tok := exchange(t, s, app, code, verifier)
		access, _ := tok["access_token"].(string)
		if !strings.HasPrefix(access, "ory_at_") || tok["refresh_token"] == nil || tok["id_token"] == nil {
			t.Fatalf("tokens = %v", tok)
		}
		r := s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access)...)
		if r.Status != 200 {
			t.Fatalf("my accounts with the bearer token: %d %s", r.Status, r.Body)
		}
		if accts, _ := r.JSON(t)["accounts"].([]any); len(accts) == 0 {
			t.Errorf("ellie's accounts through OAuth2: none in %s", r.Body)
		}
		me := s.Get(t, "/obp/v5.1.0/users/current", bearer(access)...)
		if me.Status != 200 || me.JSON(t)["username"] != "ellie" {
			t.Errorf("current user with the bearer token: %d %s", me.Status, me.Body)
		}
		// The ID token is RS256, from this issuer, for this app, about ellie, signed by the JWKS key.
		keys := s.Get(t, "/.well-known/jwks.json")
		set, err := jwkSetKeys(keys.Body)
		if err != nil || len(set) != 1 {
			t.Fatalf("jwks: %v %s", err, keys.Body)
		}
		claims := jwt.MapClaims{}
		parsed, err := jwt.ParseWithClaims(tok["id_token"].(string), claims, func(tk *jwt.Token) (any, error) {
			return set[tk.Header["kid"].(string)], nil
		}, jwt.WithValidMethods([]string{"RS256"}), jwt.WithIssuer("http://127.0.0.1"), jwt.WithAudience(app.Key))
		if err != nil || !parsed.Valid {
			t.Fatalf("id token: %v", err)
		}
		if claims["preferred_username"] != "ellie" || claims["sub"] == "" {
			t.Errorf("id token claims = %v", claims)
		}
		// Introspection, authenticated as the client.
		status, in := tokenCall(t, s, app, "/oauth2/introspect", url.Values{"token": {access}})
		if status != 200 || in["active"] != true || in["client_id"] != app.Key || !strings.Contains(in["scope"].(string), "obp") {
			t.Errorf("introspect: %d %v", status, in)
		}
		// Nothing the browser or the client sent in secret is stored.
		var leaked int
		testenv.Query(t, db, &leaked, "SELECT COUNT(*) FROM oauth2_records WHERE form LIKE ? OR form LIKE ? OR signature = ? OR session LIKE ?",
			"%"+verifier+"%", "%client_secret%", access, "%"+access+"%")
		if leaked != 0 {
			t.Errorf("%d oauth2 rows hold a verifier, a secret or a token", leaked)
		}
	})
}

// A public client (app_type Public) uses no secret, only PKCE; it may not use client
// credentials.
func TestOAuth2PublicClient(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Public")
		tok := signIn(t, s, app, "obp", "ellie")
		if r := s.Get(t, "/obp/v5.1.0/my/accounts", bearer(tok["access_token"].(string))...); r.Status != 200 {
			t.Errorf("public client's token: %d %s", r.Status, r.Body)
		}
		if status, body := tokenCall(t, s, app, "/oauth2/token", url.Values{"grant_type": {"client_credentials"}, "scope": {"obp"}}); status == 200 {
			t.Errorf("a public client got a client-credentials token: %v", body)
		}
	})
}

// Client credentials give an app-only token: accepted where an app suffices, refused
// with OBP-20001 where a user is needed.
func TestOAuth2ClientCredentials(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		status, tok := tokenCall(t, s, app, "/oauth2/token", url.Values{"grant_type": {"client_credentials"}, "scope": {"obp"}})
		if status != 200 || tok["refresh_token"] != nil {
			t.Fatalf("client credentials: %d %v", status, tok)
		}
		access := tok["access_token"].(string)
		r := s.Do(t, http.MethodPost, "/obp/v5.1.0/consumer/consent-requests", `{"everything": false, "bank_id": "gh.29.uk",
			"account_access": [{"account_routing": {"scheme": "IBAN", "address": "GB23 GHBK 4029 1700 0000 01"}, "view_id": "owner"}],
			"phone_number": "`+sandboxPhone+`", "time_to_live": 600}`, bearer(access)...)
		if r.Status != 201 || r.JSON(t)["consumer_id"] != app.ID {
			t.Errorf("app-only token on an ApplicationOnly endpoint: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/my/accounts", bearer(access)...), 401, "OBP-20001")
		// A wrong secret gets no token.
		bad := app
		bad.Secret = "wrong-" + app.Secret
		if status, body := tokenCall(t, s, bad, "/oauth2/token", url.Values{"grant_type": {"client_credentials"}, "scope": {"obp"}}); status != 401 || body["error"] != "invalid_client" {
			t.Errorf("wrong secret: %d %v", status, body)
		}
		// client_secret_post works as well as Basic.
		form := url.Values{"grant_type": {"client_credentials"}, "scope": {"obp"}, "client_id": {app.Key}, "client_secret": {app.Secret}}
		if r := s.Do(t, http.MethodPost, "/oauth2/token", form.Encode(), "Content-Type", "application/x-www-form-urlencoded"); r.Status != 200 {
			t.Errorf("client_secret_post: %d %s", r.Status, r.Body)
		}
	})
}

// A pushed authorization request: the app posts the parameters, the browser carries only
// client_id and request_uri, which works once.
func TestOAuth2PushedAuthorizationRequest(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		app := newOAuthApp(t, s, adminToken(t, s), "Web")
		verifier, challenge := pkce()
		q := authQuery(app, challenge, "obp")
		status, par := tokenCall(t, s, app, "/oauth2/par", q)
		uri, _ := par["request_uri"].(string)
		if status != 201 || !strings.HasPrefix(uri, "urn:ietf:params:oauth:request_uri:") {
			t.Fatalf("par: %d %v", status, par)
		}
		b := newBrowser(t, s)
		start := url.Values{"client_id": {app.Key}, "request_uri": {uri}}
		back := b.decide(b.signIn(b.do(http.MethodGet, "/oauth2/auth?"+start.Encode(), nil), "ellie", sbxPassword), "approve")
		if back.Query().Get("state") != q.Get("state") {
			t.Errorf("state through PAR = %q, want %q", back.Query().Get("state"), q.Get("state"))
		}
		tok := exchange(t, s, app, back.Query().Get("code"), verifier)
		if r := s.Get(t, "/obp/v5.1.0/my/accounts", bearer(tok["access_token"].(string))...); r.Status != 200 {
			t.Errorf("token from a PAR flow: %d %s", r.Status, r.Body)
		}
		if again := b.do(http.MethodGet, "/oauth2/auth?"+start.Encode(), nil); again.Status != 400 {
			t.Errorf("a request_uri used twice: %d %s", again.Status, again.Body)
		}
	})
}

// Discovery, JWKS and OBP's well-known point at this server, by its hostname.
func TestOAuth2Discovery(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		d := s.Get(t, "/.well-known/openid-configuration").JSON(t)
		if d["issuer"] != "http://127.0.0.1" || d["token_endpoint"] != "http://127.0.0.1/oauth2/token" ||
			d["require_pushed_authorization_requests"] != false || d["jwks_uri"] != "http://127.0.0.1/.well-known/jwks.json" {
			t.Errorf("discovery = %v", d)
		}
		if m, _ := d["code_challenge_methods_supported"].([]any); len(m) != 1 || m[0] != "S256" {
			t.Errorf("code challenge methods = %v", d["code_challenge_methods_supported"])
		}
		k := s.Get(t, "/.well-known/jwks.json").JSON(t)
		if keys, _ := k["keys"].([]any); len(keys) != 1 || keys[0].(map[string]any)["alg"] != "RS256" || keys[0].(map[string]any)["d"] != nil {
			t.Errorf("jwks = %v", k)
		}
		w := s.Get(t, "/obp/v5.1.0/well-known").JSON(t)
		if uris, _ := w["jwks_uris"].([]any); len(uris) != 1 || uris[0].(map[string]any)["jwks_uri"] != "http://127.0.0.1/.well-known/jwks.json" {
			t.Errorf("well-known = %v", w)
		}
	})
}

// The OAuth2 endpoints are declared like every other: in the resource docs and the
// OpenAPI document, whose form bodies say they are forms.
func TestOAuth2EndpointsDocumented(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	doc := s.Get(t, "/obp/v5.1.0/resource-docs/v5.1.0/openapi").JSON(t)
	paths, _ := doc["paths"].(map[string]any)
	for _, p := range []string{"/oauth2/token", "/oauth2/par", "/oauth2/revoke", "/oauth2/introspect", "/oauth2/login", "/oauth2/consent"} {
		post, _ := paths[p].(map[string]any)["post"].(map[string]any)
		body, _ := post["requestBody"].(map[string]any)
		content, _ := body["content"].(map[string]any)
		if _, ok := content["application/x-www-form-urlencoded"]; !ok {
			t.Errorf("OpenAPI POST %s: request body = %v, want a form", p, body)
		}
	}
	for _, p := range []string{"/oauth2/auth", "/.well-known/openid-configuration", "/.well-known/jwks.json", "/obp/v5.1.0/well-known"} {
		if paths[p] == nil {
			t.Errorf("OpenAPI lacks %s", p)
		}
	}
}

// Two servers on one database are one authorization server: a code from one is redeemed
// at the other, its token works at both, and both publish the same key, kept sealed.
func TestOAuth2SharedAcrossServers(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		const kek = "a-key-encryption-key-of-32-characters-or-more"
		one := testenv.Start(t, db, app.Options{Sandbox: true, KeyEncryptionKey: kek})
		two := testenv.Start(t, db, app.Options{KeyEncryptionKey: kek})
		a := newOAuthApp(t, one, adminToken(t, one), "Web")
		verifier, challenge := pkce()
		tok := exchange(t, two, a, authorize(t, one, a, challenge, "openid obp", "ellie"), verifier)
		for _, s := range []*testenv.Server{one, two} {
			if r := s.Get(t, "/obp/v5.1.0/my/accounts", bearer(tok["access_token"].(string))...); r.Status != 200 {
				t.Errorf("token on %s: %d %s", s.URL, r.Status, r.Body)
			}
		}
		if k1, k2 := one.Get(t, "/.well-known/jwks.json").Body, two.Get(t, "/.well-known/jwks.json").Body; string(k1) != string(k2) {
			t.Errorf("the servers publish different keys:\n%s\n%s", k1, k2)
		}
		var sealed int
		testenv.Query(t, db, &sealed, "SELECT COUNT(*) FROM oauth2_signing_keys WHERE private_key LIKE 'aes256gcm:%'")
		if sealed != 1 {
			t.Errorf("%d sealed ID-token keys, want 1", sealed)
		}
	})
}
