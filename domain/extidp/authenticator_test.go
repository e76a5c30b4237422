package extidp

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

const testIssuer = "https://kc.example.com/realms/a"

var testNow = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// keySet is an issuer's JWKS in memory.
type keySet map[string]*rsa.PublicKey

func (k keySet) Key(_ context.Context, kid, _ string) (any, error) {
	if pub, ok := k[kid]; ok {
		return pub, nil
	}
	return nil, errors.New("unknown kid")
}

// users keeps users with the store's two unique keys: (provider, subject) and
// (provider, username).
type users struct {
	mu        sync.Mutex
	bySubject map[string]user.User
	names     map[string]bool
}

func (s *users) ExternalUser(_ context.Context, u user.User, subject string) (user.User, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if found, ok := s.bySubject[u.Provider+"|"+subject]; ok {
		return found, nil
	}
	if s.names[u.Provider+"|"+u.Username] {
		return user.User{}, obperr.DuplicateUsername
	}
	s.names[u.Provider+"|"+u.Username] = true
	s.bySubject[u.Provider+"|"+subject] = u
	return u, nil
}

func (s *users) lock(provider, subject string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.bySubject[provider+"|"+subject]
	u.LockedAt = &testNow
	s.bySubject[provider+"|"+subject] = u
}

type consumers map[string]consumer.Consumer

func (c consumers) GetConsumerByKey(_ context.Context, key string) (consumer.Consumer, error) {
	if app, ok := c[key]; ok {
		return app, nil
	}
	return consumer.Consumer{}, obperr.ConsumerNotFoundByID
}

type fixture struct {
	a     *Authenticator
	key   *rsa.PrivateKey
	users *users
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	us := &users{bySubject: map[string]user.User{}, names: map[string]bool{}}
	apps := consumers{
		"app-key": {ID: "app-id", Key: "app-key", Enabled: true, PerMinuteLimit: 7, PerHourLimit: 70},
		"off-key": {ID: "off-id", Key: "off-key", Enabled: false},
	}
	a := New(Deps{Keys: map[string]KeySet{testIssuer: keySet{"k1": &key.PublicKey}}, Users: us, Consumers: apps,
		Clock: func() time.Time { return testNow }})
	return fixture{a: a, key: key, users: us}
}

func (f fixture) claims(sub string) jwt.MapClaims {
	return jwt.MapClaims{"iss": testIssuer, "sub": sub, "azp": "app-key", "iat": testNow.Unix(),
		"exp": testNow.Add(5 * time.Minute).Unix(), "preferred_username": "alice"}
}

func (f fixture) sign(t *testing.T, m jwt.SigningMethod, kid string, c jwt.MapClaims, key any) string {
	t.Helper()
	tok := jwt.NewWithClaims(m, c)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	s, err := tok.SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAuthenticate(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	p, err := f.a.Authenticate(ctx, f.sign(t, jwt.SigningMethodRS256, "k1", f.claims("sub-1"), f.key))
	if err != nil {
		t.Fatal(err)
	}
	if p.UserID == "" || p.Username != "alice" || p.ConsumerID != "app-id" || p.PerMinuteLimit != 7 || p.PerHourLimit != 70 ||
		p.Method != auth.MethodOAuth2 {
		t.Errorf("principal = %+v", p)
	}
	again, err := f.a.Authenticate(ctx, f.sign(t, jwt.SigningMethodRS256, "k1", f.claims("sub-1"), f.key))
	if err != nil || again.UserID != p.UserID {
		t.Errorf("second call: %+v, %v; first user %s", again, err, p.UserID)
	}

	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKIXPublicKey(&f.key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	with := func(change func(jwt.MapClaims)) jwt.MapClaims {
		c := f.claims("sub-2")
		change(c)
		return c
	}
	rs := func(c jwt.MapClaims) string { return f.sign(t, jwt.SigningMethodRS256, "k1", c, f.key) }
	for _, tc := range []struct {
		name  string
		token string
		want  *obperr.Code
	}{
		{"not a JWT", "a.b.c", obperr.Oauth2Parse},
		{"unknown issuer", rs(with(func(c jwt.MapClaims) { c["iss"] = "https://other.example" })), obperr.Oauth2CannotMatchIssuerAndJwks},
		{"unknown kid", f.sign(t, jwt.SigningMethodRS256, "k9", f.claims("sub-2"), f.key), obperr.Oauth2BadJOSE},
		{"no kid", f.sign(t, jwt.SigningMethodRS256, "", f.claims("sub-2"), f.key), obperr.Oauth2BadJOSE},
		{"another key's signature", f.sign(t, jwt.SigningMethodRS256, "k1", f.claims("sub-2"), other), obperr.Oauth2BadJOSE},
		{"alg none", f.sign(t, jwt.SigningMethodNone, "k1", f.claims("sub-2"), jwt.UnsafeAllowNoneSignatureType), obperr.Oauth2BadJOSE},
		{"HS256 keyed with the public key", f.sign(t, jwt.SigningMethodHS256, "k1", f.claims("sub-2"), der), obperr.Oauth2BadJOSE},
		{"RS512 (not taken)", f.sign(t, jwt.SigningMethodRS512, "k1", f.claims("sub-2"), f.key), obperr.Oauth2BadJOSE},
		{"expired beyond the leeway", rs(with(func(c jwt.MapClaims) { c["exp"] = testNow.Add(-time.Minute).Unix() })), obperr.Oauth2BadJOSE},
		{"no exp", rs(with(func(c jwt.MapClaims) { delete(c, "exp") })), obperr.Oauth2BadJOSE},
		{"nbf ahead beyond the leeway", rs(with(func(c jwt.MapClaims) { c["nbf"] = testNow.Add(time.Minute).Unix() })), obperr.Oauth2BadJOSE},
		{"iat ahead beyond the leeway", rs(with(func(c jwt.MapClaims) { c["iat"] = testNow.Add(time.Minute).Unix() })), obperr.Oauth2BadJOSE},
		{"no sub", rs(with(func(c jwt.MapClaims) { delete(c, "sub") })), obperr.Oauth2Parse},
		{"sub too long", rs(with(func(c jwt.MapClaims) { c["sub"] = strings.Repeat("s", 256) })), obperr.Oauth2Parse},
		{"unknown app", rs(with(func(c jwt.MapClaims) { c["azp"] = "nobody" })), obperr.Oauth2TokenHaveNoConsumer},
		{"azp decides even when aud names an app", rs(with(func(c jwt.MapClaims) { c["azp"], c["aud"] = "nobody", "app-key" })), obperr.Oauth2TokenHaveNoConsumer},
		{"disabled app", rs(with(func(c jwt.MapClaims) { c["azp"] = "off-key" })), obperr.Oauth2TokenHaveNoConsumer},
		{"no app named", rs(with(func(c jwt.MapClaims) { delete(c, "azp") })), obperr.Oauth2TokenHaveNoConsumer},
	} {
		_, err := f.a.Authenticate(ctx, tc.token)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: error %v, want %s", tc.name, err, tc.want.ID)
		}
	}
	if n := len(f.users.bySubject); n != 1 {
		t.Errorf("%d users after refused tokens, want the one of sub-1", n)
	}

	t.Run("within the leeway is taken", func(t *testing.T) {
		c := f.claims("sub-3")
		c["exp"], c["nbf"] = testNow.Add(-10*time.Second).Unix(), testNow.Add(10*time.Second).Unix()
		if _, err := f.a.Authenticate(ctx, rs(c)); err != nil {
			t.Error(err)
		}
	})
	t.Run("the e-mail address is kept only when verified", func(t *testing.T) {
		for sub, verified := range map[string]bool{"sub-mail-1": false, "sub-mail-2": true} {
			c := f.claims(sub)
			c["email"], c["email_verified"] = sub+"@example.com", verified
			if _, err := f.a.Authenticate(ctx, rs(c)); err != nil {
				t.Fatal(err)
			}
			if got := f.users.bySubject[testIssuer+"|"+sub].Email; (got != "") != verified {
				t.Errorf("verified %v: stored e-mail %q", verified, got)
			}
		}
	})
	t.Run("a locked user is refused", func(t *testing.T) {
		f.users.lock(testIssuer, "sub-1")
		_, err := f.a.Authenticate(ctx, rs(f.claims("sub-1")))
		if !errors.Is(err, obperr.UsernameHasBeenLocked) {
			t.Errorf("error %v, want OBP-20013", err)
		}
	})
	t.Run("a username another subject holds: the next claim, then the subject's suffix", func(t *testing.T) {
		p, err := f.a.Authenticate(ctx, rs(f.claims("sub-4"))) // preferred_username alice is sub-1's
		if err != nil || p.Username != "sub-4" {
			t.Errorf("= %+v, %v", p, err)
		}
		c := f.claims("sub-5")
		c["preferred_username"] = "sub-4" // and sub-5 is no one's yet, so it is the next choice
		if p, err := f.a.Authenticate(ctx, rs(c)); err != nil || p.Username != "sub-5" {
			t.Errorf("= %+v, %v", p, err)
		}
		c = f.claims("alice")
		c["preferred_username"] = "alice" // sub "alice" too: both taken, so the suffix
		if p, err := f.a.Authenticate(ctx, rs(c)); err != nil || !strings.HasPrefix(p.Username, "alice-") {
			t.Errorf("= %+v, %v", p, err)
		}
	})
}

func TestRecognises(t *testing.T) {
	a := New(Deps{})
	for tok, want := range map[string]bool{
		"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln": true,
		"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.":      true, // alg none: recognised, then refused
		"obp_at_opaque-token":                       false,
		"bm90IGpzb24.eyJzdWIiOiJ4In0.c2ln":          false, // the header is not JSON
		"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0":      false,
		"a.b.c.d":                                   false,
	} {
		if got := a.Recognises(tok); got != want {
			t.Errorf("Recognises(%q) = %v", tok, got)
		}
	}
}

func TestUsernames(t *testing.T) {
	c := claims{PreferredUsername: "Ärger", Email: "a@example.com"}
	c.Subject = "f:1234"
	got := c.usernames()
	if got[0] != "a@example.com" || got[1] != "f:1234" || !strings.HasPrefix(got[2], "a@example.com-") || !strings.HasPrefix(got[3], "sub-") {
		t.Errorf("usernames = %q (a name with a non-ASCII cased letter is skipped)", got)
	}
	c = claims{PreferredUsername: strings.Repeat("é", 80)}
	c.Subject = strings.Repeat("s", 200)
	for _, n := range c.usernames() {
		if len(n) > maxUsername || !fitUsername(n) {
			t.Errorf("unfit username %q", n)
		}
	}
}
