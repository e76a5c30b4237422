package handlers_test

import (
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	domainids "github.com/obp-go/obp/domain/ids"
	sbx "github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/internal/testenv"
)

// oauthApp is a consumer registered as an OAuth2 client.
type oauthApp struct {
	ID, Key, Secret, RedirectURI string
	Public                       bool
}

const appRedirect = "https://app.example.com/cb"

// newOAuthApp registers a consumer through the API: app_type "Web" is a confidential
// client, "Public" a public one.
func newOAuthApp(t *testing.T, s *testenv.Server, admin, appType string) oauthApp {
	t.Helper()
	r := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers", fmt.Sprintf(
		`{"app_name": "Budget Buddy", "app_type": "%s", "description": "Budgets", "developer_email": "dev@example.com", "redirect_url": "%s, https://app.example.com/other"}`,
		appType, appRedirect), auth(admin)...)
	if r.Status != 201 {
		t.Fatalf("create consumer: %d %s", r.Status, r.Body)
	}
	c := r.JSON(t)
	return oauthApp{ID: c["consumer_id"].(string), Key: c["key"].(string), Secret: c["secret"].(string), RedirectURI: appRedirect,
		Public: appType == "Public"}
}

// browser is a user agent with a cookie jar that does not follow redirects: the test
// follows them, and stops at the app's redirect URI.
type browser struct {
	t    *testing.T
	s    *testenv.Server
	http *http.Client
}

func newBrowser(t *testing.T, s *testenv.Server) *browser {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &browser{t: t, s: s, http: &http.Client{Jar: jar, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// page is an answer the browser got.
type page struct {
	Status   int
	Header   http.Header
	Body     string
	Location *url.URL // resolved against the request's URL
}

func (b *browser) do(method, path string, form url.Values) page {
	b.t.Helper()
	u := path
	if strings.HasPrefix(path, "/") {
		u = b.s.URL + path
	}
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		b.t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := b.http.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	p := page{Status: resp.StatusCode, Header: resp.Header, Body: string(raw)}
	if loc := resp.Header.Get("Location"); loc != "" {
		l, err := req.URL.Parse(loc)
		if err != nil {
			b.t.Fatalf("Location %q: %v", loc, err)
		}
		p.Location = l
	}
	return p
}

// follow GETs a redirect's target on the server.
func (b *browser) follow(p page, want int) page {
	b.t.Helper()
	if p.Status != http.StatusSeeOther || p.Location == nil {
		b.t.Fatalf("want a 303 redirect, got %d: %s", p.Status, p.Body)
	}
	next := b.do(http.MethodGet, p.Location.String(), nil)
	if next.Status != want {
		b.t.Fatalf("GET %s: status %d, want %d: %s", p.Location, next.Status, want, next.Body)
	}
	return next
}

var hiddenField = regexp.MustCompile(`<input type="hidden" name="([a-z_]+)" value="([^"]*)">`)

// hidden are a page's hidden form fields.
func (p page) hidden() url.Values {
	v := url.Values{}
	for _, m := range hiddenField.FindAllStringSubmatch(p.Body, -1) {
		v.Set(m[1], m[2])
	}
	return v
}

// pkce is a verifier and its S256 challenge.
func pkce() (verifier, challenge string) {
	verifier = base64.RawURLEncoding.EncodeToString(domainids.Bytes(32))
	sum := sha256.Sum256([]byte(verifier))
	return verifier, base64.RawURLEncoding.EncodeToString(sum[:])
}

// authQuery is an authorization request for app with PKCE.
func authQuery(app oauthApp, challenge, scope string) url.Values {
	return url.Values{"response_type": {"code"}, "client_id": {app.Key}, "redirect_uri": {app.RedirectURI},
		"scope": {scope}, "state": {"state-" + domainids.Secret(12)}, "code_challenge": {challenge}, "code_challenge_method": {"S256"}}
}

// signIn goes from a 303 to the login page through login to the consent page.
func (b *browser) signIn(toLogin page, username, password string) page {
	b.t.Helper()
	login := b.follow(toLogin, http.StatusOK)
	form := login.hidden()
	form.Set("username", username)
	form.Set("password", password)
	return b.follow(b.do(http.MethodPost, "/oauth2/login", form), http.StatusOK)
}

// decide posts the consent page's decision; it returns the redirect to the app.
func (b *browser) decide(consent page, decision string) *url.URL {
	b.t.Helper()
	form := consent.hidden()
	form.Set("decision", decision)
	r := b.do(http.MethodPost, "/oauth2/consent", form)
	if r.Status != http.StatusSeeOther || r.Location == nil || !strings.HasPrefix(r.Location.String(), appRedirect+"?") {
		b.t.Fatalf("decision %s: want a 303 to the app, got %d %v: %s", decision, r.Status, r.Location, r.Body)
	}
	return r.Location
}

// authorize runs a user through the authorization code flow and returns the code.
func authorize(t *testing.T, s *testenv.Server, app oauthApp, challenge, scope, username string) string {
	t.Helper()
	b := newBrowser(t, s)
	q := authQuery(app, challenge, scope)
	back := b.decide(b.signIn(b.do(http.MethodGet, "/oauth2/auth?"+q.Encode(), nil), username, sbx.UserPassword), "approve")
	got := back.Query()
	if got.Get("state") != q.Get("state") || got.Get("iss") != "http://127.0.0.1" || got.Get("code") == "" {
		t.Fatalf("redirect back = %s", back)
	}
	return got.Get("code")
}

// tokenCall posts to the token endpoint (or another client-authenticated one) with the
// app's credentials: Basic for a confidential app, client_id for a public one.
func tokenCall(t *testing.T, s *testenv.Server, app oauthApp, path string, form url.Values) (int, map[string]any) {
	t.Helper()
	if app.Public {
		form.Set("client_id", app.Key)
	}
	req, err := http.NewRequest(http.MethodPost, s.URL+path, strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if !app.Public {
		req.SetBasicAuth(url.QueryEscape(app.Key), url.QueryEscape(app.Secret))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body map[string]any
	raw, _ := io.ReadAll(resp.Body)
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &body); err != nil {
			t.Fatalf("%s: body is not JSON: %s", path, raw)
		}
	}
	return resp.StatusCode, body
}

// exchange redeems a code; it fails the test unless tokens come back.
// signIn runs the whole authorization-code + PKCE flow for username and returns the
// token answer.
func signIn(t *testing.T, s *testenv.Server, app oauthApp, scope, username string) map[string]any {
	t.Helper()
	verifier, challenge := pkce()
	return exchange(t, s, app, authorize(t, s, app, challenge, scope, username), verifier)
}

func exchange(t *testing.T, s *testenv.Server, app oauthApp, code, verifier string) map[string]any {
	t.Helper()
	status, body := tokenCall(t, s, app, "/oauth2/token", url.Values{"grant_type": {"authorization_code"}, "code": {code},
		"redirect_uri": {app.RedirectURI}, "code_verifier": {verifier}})
	if status != 200 || body["access_token"] == nil {
		t.Fatalf("exchange: %d %v", status, body)
	}
	return body
}

const sbxPassword = sbx.UserPassword

// jwkSetKeys reads the RSA keys of a JWKS by kid.
func jwkSetKeys(body []byte) (map[string]*rsa.PublicKey, error) {
	var set struct {
		Keys []struct{ Kid, N, E string } `json:"keys"`
	}
	if err := json.Unmarshal(body, &set); err != nil {
		return nil, err
	}
	out := map[string]*rsa.PublicKey{}
	for _, k := range set.Keys {
		n, err := base64.RawURLEncoding.DecodeString(k.N)
		if err != nil {
			return nil, err
		}
		e, err := base64.RawURLEncoding.DecodeString(k.E)
		if err != nil {
			return nil, err
		}
		out[k.Kid] = &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}
	}
	return out, nil
}
