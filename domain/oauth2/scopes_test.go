package oauth2

import (
	"net/url"
	"slices"
	"testing"

	"github.com/obp-go/obp/domain/consumer"
)

func TestIsPublic(t *testing.T) {
	for appType, want := range map[string]bool{"Public": true, "mobile": true, " MOBILE ": true, "Web": false, "": false, "Confidential": false} {
		if got := IsPublic(consumer.Consumer{AppType: appType}); got != want {
			t.Errorf("IsPublic(%q) = %v, want %v", appType, got, want)
		}
	}
}

func TestRedirectURIs(t *testing.T) {
	got := RedirectURIs(consumer.Consumer{RedirectURL: "https://a.example/cb, https://b.example/cb,,not a url,/relative,https://a.example/cb,https://c.example/cb#frag"})
	want := []string{"https://a.example/cb", "https://b.example/cb"}
	if !slices.Equal(got, want) {
		t.Errorf("RedirectURIs = %v, want %v", got, want)
	}
}

func TestSanitiseDropsCredentials(t *testing.T) {
	form := url.Values{"client_id": {"k"}, "client_secret": {"s"}, "code_verifier": {"v"}, "scope": {"obp"}, "password": {"p"}}
	got := Sanitise(form)
	if got.Get("client_secret") != "" || got.Get("code_verifier") != "" || got.Get("password") != "" {
		t.Errorf("Sanitise kept a credential: %v", got)
	}
	if got.Get("client_id") != "k" || got.Get("scope") != "obp" {
		t.Errorf("Sanitise dropped a parameter it should keep: %v", got)
	}
}
