package handlers_test

import (
	"cmp"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/golang-jwt/jwt/v5"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/extidp"
	"github.com/obp-go/obp/internal/testenv"
)

// oidcIssuer is an external identity provider started by the test: it publishes the public
// halves of its current keys as a JWKS and signs tokens with any key it has made.
type oidcIssuer struct {
	t          *testing.T
	srv        *httptest.Server
	Issuer     string
	mu         sync.Mutex
	keys       map[string]idpKey // every key made, by kid
	publish    []string          // kids in the JWKS now
	discovered string            // the issuer the discovery document names ("": Issuer)
}

type idpKey struct {
	alg  string
	priv crypto.Signer
}

func newOIDCIssuer(t *testing.T) *oidcIssuer {
	t.Helper()
	p := &oidcIssuer{t: t, keys: map[string]idpKey{}}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serveJWKS))
	t.Cleanup(p.srv.Close)
	p.Issuer = p.srv.URL + "/realms/test"
	return p
}

func (p *oidcIssuer) JWKSURL() string { return p.srv.URL + "/realms/test/certs" }

// NewKey makes a key of alg (RS256, PS256: RSA; ES256: P-256) under kid, unpublished.
func (p *oidcIssuer) NewKey(kid, alg string) {
	p.t.Helper()
	var priv crypto.Signer
	var err error
	if alg == "ES256" {
		priv, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	} else {
		priv, err = rsa.GenerateKey(rand.Reader, 2048)
	}
	if err != nil {
		p.t.Fatal(err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.keys[kid] = idpKey{alg: alg, priv: priv}
}

// NameInDiscovery makes the discovery document name iss as the issuer.
func (p *oidcIssuer) NameInDiscovery(iss string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.discovered = iss
}

// Publish makes the JWKS hold exactly kids.
func (p *oidcIssuer) Publish(kids ...string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.publish = kids
}

// serveJWKS answers the discovery document and the JWKS.
func (p *oidcIssuer) serveJWKS(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/realms/test/.well-known/openid-configuration" {
		p.mu.Lock()
		iss := cmp.Or(p.discovered, p.Issuer)
		p.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"issuer": iss, "jwks_uri": p.JWKSURL()})
		return
	}
	if r.URL.Path != "/realms/test/certs" {
		http.NotFound(w, r)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	var set jwkset.JWKSMarshal
	for _, kid := range p.publish {
		k := p.keys[kid]
		j, err := jwkset.NewJWKFromKey(k.priv.Public(), jwkset.JWKOptions{
			Metadata: jwkset.JWKMetadataOptions{KID: kid, ALG: jwkset.ALG(k.alg), USE: jwkset.UseSig}})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		set.Keys = append(set.Keys, j.Marshal())
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(set)
}

// Claims are a token of this issuer for sub and the sandbox app, valid for ten minutes;
// change them before signing.
func (p *oidcIssuer) Claims(sub string) jwt.MapClaims {
	now := time.Now()
	return jwt.MapClaims{"iss": p.Issuer, "sub": sub, "azp": testenv.ConsumerKey, "aud": "account",
		"iat": now.Unix(), "exp": now.Add(10 * time.Minute).Unix(), "preferred_username": sub}
}

// Sign signs claims with the key kid, under that key's algorithm.
func (p *oidcIssuer) Sign(kid string, claims jwt.MapClaims) string {
	p.t.Helper()
	p.mu.Lock()
	k, ok := p.keys[kid]
	p.mu.Unlock()
	if !ok {
		p.t.Fatalf("no key %q", kid)
	}
	tok := jwt.NewWithClaims(jwt.GetSigningMethod(k.alg), claims)
	tok.Header["kid"] = kid
	s, err := tok.SignedString(k.priv)
	if err != nil {
		p.t.Fatal(err)
	}
	return s
}

// startTrusting starts a sandbox server that trusts p; unknown key ids refresh the JWKS
// at once (the rate limit itself is tested in internal/jwks).
func startTrusting(t *testing.T, db *mapped.DB, p *oidcIssuer) *testenv.Server {
	t.Helper()
	return startTrustingIssuer(t, db, extidp.Issuer{Issuer: p.Issuer, JWKSURL: p.JWKSURL()})
}

func startTrustingIssuer(t *testing.T, db *mapped.DB, iss extidp.Issuer) *testenv.Server {
	t.Helper()
	return testenv.Start(t, db, app.Options{Sandbox: true, ExternalIssuers: app.ExternalIssuerOptions{
		Issuers:         []extidp.Issuer{iss},
		UnknownKIDEvery: time.Millisecond, RefreshInterval: time.Hour, HTTPTimeout: 5 * time.Second,
	}})
}
