package handlers_test

import (
	"context"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/extidp"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

func TestExternalIssuers(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		p := newOIDCIssuer(t)
		p.NewKey("rsa-1", "RS256")
		p.NewKey("ec-1", "ES256")
		p.NewKey("ps-1", "PS256")
		p.Publish("rsa-1", "ec-1", "ps-1")
		s := startTrusting(t, db, p)
		admin := adminToken(t, s)
		usersOf := func(sub string) (n int64) {
			testenv.Query(t, db, &n, "SELECT COUNT(*) FROM users WHERE provider = ? AND subject = ?", p.Issuer, sub)
			return n
		}
		current := func(tok string) *testenv.Response { return s.Get(t, "/obp/v5.1.0/users/current", bearer(tok)...) }
		refused := func(claims jwt.MapClaims, kid string, status int, code string) {
			t.Helper()
			wantOBPError(t, current(p.Sign(kid, claims)), status, code)
		}

		t.Run("a token of the issuer is a user, created on the first call and found again", func(t *testing.T) {
			tok := p.Sign("rsa-1", p.Claims("alice-subject"))
			first := current(tok)
			if first.Status != 200 {
				t.Fatalf("users/current: %d %s", first.Status, first.Body)
			}
			me := first.JSON(t)
			if me["username"] != "alice-subject" || me["provider"] != p.Issuer || me["user_id"] == "" {
				t.Errorf("users/current = %v", me)
			}
			again := current(p.Sign("rsa-1", p.Claims("alice-subject"))).JSON(t)
			if again["user_id"] != me["user_id"] {
				t.Errorf("second call found user %v, first %v", again["user_id"], me["user_id"])
			}
			if r := s.Get(t, "/obp/v5.1.0/my/entitlements", bearer(tok)...); r.Status != 200 {
				t.Errorf("my/entitlements: %d %s", r.Status, r.Body)
			}
			if n := usersOf("alice-subject"); n != 1 {
				t.Errorf("%d users of the subject", n)
			}
		})
		t.Run("ES256 and PS256 keys are taken", func(t *testing.T) {
			for _, kid := range []string{"ec-1", "ps-1"} {
				if r := current(p.Sign(kid, p.Claims("subject-"+kid))); r.Status != 200 {
					t.Errorf("%s: %d %s", kid, r.Status, r.Body)
				}
			}
		})
		t.Run("a local user is never reached: the provider is part of the identity", func(t *testing.T) {
			ellie := s.Get(t, "/obp/v5.1.0/users/current", auth(sandboxToken(t, s, "ellie"))...).JSON(t)
			c := p.Claims(ellie["user_id"].(string))
			c["preferred_username"] = "ellie"
			me := current(p.Sign("rsa-1", c)).JSON(t)
			if me["user_id"] == ellie["user_id"] || me["provider"] != p.Issuer || me["username"] != "ellie" {
				t.Errorf("external ellie = %v; local ellie %v", me, ellie["user_id"])
			}
		})
		t.Run("two subjects claiming one username get two users, the second named by its subject", func(t *testing.T) {
			a, b := p.Claims("bob-subject-1"), p.Claims("bob-subject-2")
			a["preferred_username"], b["preferred_username"] = "bob", "bob"
			ua, ub := current(p.Sign("rsa-1", a)).JSON(t), current(p.Sign("rsa-1", b)).JSON(t)
			if ua["username"] != "bob" || ua["user_id"] == ub["user_id"] || ub["username"] != "bob-subject-2" {
				t.Errorf("first %v, second %v", ua, ub)
			}
		})
		t.Run("iat and nbf a little ahead are taken, further ahead refused", func(t *testing.T) {
			c := p.Claims("skewed-subject")
			c["iat"], c["nbf"] = time.Now().Add(10*time.Second).Unix(), time.Now().Add(10*time.Second).Unix()
			if r := current(p.Sign("rsa-1", c)); r.Status != 200 {
				t.Errorf("10s of skew: %d %s", r.Status, r.Body)
			}
			c["nbf"] = time.Now().Add(5 * time.Minute).Unix()
			refused(c, "rsa-1", 401, "OBP-20206")
			c = p.Claims("skewed-subject")
			c["iat"] = time.Now().Add(5 * time.Minute).Unix()
			refused(c, "rsa-1", 401, "OBP-20206")
		})
		t.Run("an issuer not configured is refused", func(t *testing.T) {
			c := p.Claims("mallory")
			c["iss"] = "https://idp.attacker.example/realms/test"
			refused(c, "rsa-1", 401, "OBP-20208")
			c["iss"] = "http://127.0.0.1" // this server's own provider
			refused(c, "rsa-1", 401, "OBP-20208")
		})
		t.Run("a key not in the JWKS, or no kid, is refused", func(t *testing.T) {
			p.NewKey("rsa-unpublished", "RS256")
			refused(p.Claims("mallory"), "rsa-unpublished", 401, "OBP-20206")
			tok := jwt.NewWithClaims(jwt.SigningMethodRS256, p.Claims("mallory"))
			signed, err := tok.SignedString(p.keys["rsa-1"].priv)
			if err != nil {
				t.Fatal(err)
			}
			wantOBPError(t, current(signed), 401, "OBP-20206")
		})
		t.Run("a signature by another key under a published kid is refused", func(t *testing.T) {
			good := strings.Split(p.Sign("rsa-1", p.Claims("mallory")), ".")
			other := strings.Split(p.Sign("rsa-unpublished", p.Claims("mallory")), ".")
			wantOBPError(t, current(good[0]+"."+good[1]+"."+other[2]), 401, "OBP-20206")
		})
		t.Run("alg none is refused", func(t *testing.T) {
			tok := jwt.NewWithClaims(jwt.SigningMethodNone, p.Claims("mallory"))
			tok.Header["kid"] = "rsa-1"
			signed, err := tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
			if err != nil {
				t.Fatal(err)
			}
			wantOBPError(t, current(signed), 401, "OBP-20206")
		})
		t.Run("HS256 signed with the issuer's public key as the secret is refused", func(t *testing.T) {
			der, err := x509.MarshalPKIXPublicKey(p.keys["rsa-1"].priv.Public())
			if err != nil {
				t.Fatal(err)
			}
			pemKey := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
			for _, secret := range [][]byte{pemKey, der} {
				tok := jwt.NewWithClaims(jwt.SigningMethodHS256, p.Claims("mallory"))
				tok.Header["kid"] = "rsa-1"
				signed, err := tok.SignedString(secret)
				if err != nil {
					t.Fatal(err)
				}
				wantOBPError(t, current(signed), 401, "OBP-20206")
			}
		})
		t.Run("an expired token, or one without exp, is refused", func(t *testing.T) {
			c := p.Claims("mallory")
			c["iat"], c["exp"] = time.Now().Add(-2*time.Hour).Unix(), time.Now().Add(-time.Hour).Unix()
			refused(c, "rsa-1", 401, "OBP-20206")
			c = p.Claims("mallory")
			delete(c, "exp")
			refused(c, "rsa-1", 401, "OBP-20206")
		})
		t.Run("an unparseable token and a token without sub are refused", func(t *testing.T) {
			head := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"RS256","kid":"rsa-1"}`))
			wantOBPError(t, current(head+".not*base64.c2ln"), 401, "OBP-20205")
			c := p.Claims("")
			delete(c, "sub")
			refused(c, "rsa-1", 401, "OBP-20205")
			wantOBPError(t, current("an-opaque-token-of-no-kind"), 401, "OBP-20204")
		})
		t.Run("a token naming no registered app is refused and creates no user", func(t *testing.T) {
			c := p.Claims("app-less-subject")
			c["azp"] = "no-such-consumer-key"
			refused(c, "rsa-1", 401, "OBP-20209")
			delete(c, "azp") // aud "account" only
			refused(c, "rsa-1", 401, "OBP-20209")
			if n := usersOf("app-less-subject"); n != 0 {
				t.Errorf("%d users created for a refused token", n)
			}
			c["aud"] = []string{"account", testenv.ConsumerKey} // the app named by aud alone
			if r := current(p.Sign("rsa-1", c)); r.Status != 200 {
				t.Errorf("app in aud: %d %s", r.Status, r.Body)
			}
			c = p.Claims("client-id-subject")
			delete(c, "azp")
			c["client_id"] = testenv.ConsumerKey
			if r := current(p.Sign("rsa-1", c)); r.Status != 200 {
				t.Errorf("app in client_id: %d %s", r.Status, r.Body)
			}
		})
		t.Run("a disabled app is refused", func(t *testing.T) {
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers",
				`{"app_name": "Soon Off", "app_type": "Web", "description": "d", "developer_email": "dev@example.com", "redirect_url": "https://off.example.com/cb"}`, auth(admin)...)
			if r.Status != 201 {
				t.Fatalf("create consumer: %d %s", r.Status, r.Body)
			}
			app := r.JSON(t)
			c := p.Claims("disabled-app-subject")
			c["azp"] = app["key"]
			if r := current(p.Sign("rsa-1", c)); r.Status != 200 {
				t.Fatalf("enabled app: %d %s", r.Status, r.Body)
			}
			if r := s.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+app["consumer_id"].(string), `{"enabled": false}`, auth(admin)...); r.Status != 200 {
				t.Fatalf("disable: %d %s", r.Status, r.Body)
			}
			refused(c, "rsa-1", 401, "OBP-20209")
		})
		t.Run("a locked user is refused", func(t *testing.T) {
			c := p.Claims("carol-subject")
			c["preferred_username"] = "carol"
			if r := current(p.Sign("rsa-1", c)); r.Status != 200 {
				t.Fatalf("first call: %d %s", r.Status, r.Body)
			}
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+url.PathEscape(p.Issuer)+"/carol/locks", "", auth(admin)...)
			if r.Status != 201 {
				t.Fatalf("lock: %d %s", r.Status, r.Body)
			}
			refused(c, "rsa-1", 401, "OBP-20013")
		})
		t.Run("key rotation: a new kid is fetched, a removed one refused once the cache refreshed", func(t *testing.T) {
			p.NewKey("rsa-2", "RS256")
			p.Publish("rsa-1", "rsa-2", "ec-1")
			if r := current(p.Sign("rsa-2", p.Claims("rotating-subject"))); r.Status != 200 {
				t.Fatalf("new key after rotation: %d %s", r.Status, r.Body)
			}
			p.Publish("rsa-2", "ec-1")
			// A token with a kid the cache lacks makes it refresh; rsa-1 goes with it.
			p.NewKey("rsa-3", "RS256")
			refused(p.Claims("rotating-subject"), "rsa-3", 401, "OBP-20206")
			refused(p.Claims("rotating-subject"), "rsa-1", 401, "OBP-20206")
			if r := current(p.Sign("rsa-2", p.Claims("rotating-subject"))); r.Status != 200 {
				t.Errorf("the kept key after rotation: %d %s", r.Status, r.Body)
			}
		})
		t.Run("parallel first calls of one new subject create exactly one user", func(t *testing.T) {
			const n = 24
			toks := make([]string, n)
			for i := range toks {
				toks[i] = p.Sign("rsa-2", p.Claims("parallel-subject"))
			}
			rs := testenv.Concurrently(t, n, func(i int) (*testenv.Response, error) {
				return s.Try(http.MethodGet, "/obp/v5.1.0/users/current", "", bearer(toks[i])...)
			})
			ids := map[any]bool{}
			for _, r := range rs {
				if r.Status != 200 {
					t.Fatalf("parallel call: %d %s", r.Status, r.Body)
				}
				ids[r.JSON(t)["user_id"]] = true
			}
			if len(ids) != 1 || usersOf("parallel-subject") != 1 {
				t.Errorf("%d user ids answered, %d users stored", len(ids), usersOf("parallel-subject"))
			}
		})
	})
}

// TestExternalIssuersRefusedAtStart: an issuer that is this server's own provider would let
// an outside issuer speak for local users; keys fetched in the clear could be replaced.
func TestExternalIssuersRefusedAtStart(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		for _, iss := range []extidp.Issuer{
			{Issuer: "http://127.0.0.1/", JWKSURL: "https://idp.example.com/certs"},
			{Issuer: "https://idp.example.com", JWKSURL: "http://idp.example.com/certs"},
		} {
			ctx, cancel := context.WithCancel(context.Background())
			_, err := app.Build(ctx, app.Options{DB: db, AutoMigrate: true, Info: handlers.Info{Hostname: "http://127.0.0.1"},
				KYC: app.KYCOptions{ObjectDir: t.TempDir()}, ExternalIssuers: app.ExternalIssuerOptions{Issuers: []extidp.Issuer{iss}}})
			cancel()
			if err == nil || !strings.Contains(err.Error(), "OBP_OAUTH2_ISSUERS") {
				t.Errorf("%+v: Build error = %v, want a refusal", iss, err)
			}
		}
	})
}

// TestExternalIssuerDiscovery: an issuer configured alone gets its JWKS URL from its
// discovery document, which must name that very issuer.
func TestExternalIssuerDiscovery(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		p := newOIDCIssuer(t)
		p.NewKey("rsa-1", "RS256")
		p.Publish("rsa-1")
		s := startTrustingIssuer(t, db, extidp.Issuer{Issuer: p.Issuer})
		if r := s.Get(t, "/obp/v5.1.0/users/current", bearer(p.Sign("rsa-1", p.Claims("discovered-subject")))...); r.Status != 200 {
			t.Errorf("users/current: %d %s", r.Status, r.Body)
		}

		p.NameInDiscovery("https://idp.other.example/realms/test")
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		_, err := app.Build(ctx, app.Options{DB: db, AutoMigrate: true, Info: handlers.Info{Hostname: "http://127.0.0.1"},
			KYC: app.KYCOptions{ObjectDir: t.TempDir()}, ExternalIssuers: app.ExternalIssuerOptions{Issuers: []extidp.Issuer{{Issuer: p.Issuer}}}})
		if err == nil || !strings.Contains(err.Error(), "names issuer") {
			t.Errorf("a discovery document naming another issuer: Build error = %v", err)
		}
	})
}
