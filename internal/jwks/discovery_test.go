package jwks

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestDiscover(t *testing.T) {
	var named string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/realms/a/.well-known/openid-configuration" {
			http.NotFound(w, r)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]string{"issuer": named, "jwks_uri": "https://keys.example/certs"})
	}))
	defer srv.Close()
	iss := srv.URL + "/realms/a"
	named = iss
	if got, err := Discover(context.Background(), iss, 0); err != nil || got != "https://keys.example/certs" {
		t.Errorf("= %q, %v", got, err)
	}
	named = "https://other.example/realms/a"
	if got, err := Discover(context.Background(), iss, 0); err == nil {
		t.Errorf("a document naming another issuer gave %q", got)
	}
	if got, err := Discover(context.Background(), srv.URL+"/realms/none", 0); err == nil {
		t.Errorf("a missing document gave %q", got)
	}
}
