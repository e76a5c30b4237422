package webhookhttp

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/webhook"
)

func TestPublicAddresses(t *testing.T) {
	for addr, want := range map[string]bool{
		"93.184.216.34": true, "2606:4700::1111": true,
		"127.0.0.1": false, "::1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false,
		"169.254.169.254": false, "100.64.0.1": false, "0.0.0.0": false, "fc00::1": false, "fe80::1": false,
		"::ffff:127.0.0.1": false, "224.0.0.1": false, "64:ff9b::a00:1": false,
	} {
		if got := Public(netip.MustParseAddr(addr)); got != want {
			t.Errorf("Public(%s) = %v", addr, got)
		}
	}
}

func TestSenderRefusesLoopbackByDefault(t *testing.T) {
	hit := false
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { hit = true }))
	defer srv.Close()
	_, err := New(Options{}).Send(context.Background(), webhook.Request{URL: srv.URL, Body: []byte(`{}`)})
	if !errors.Is(err, webhook.ErrDestinationRefused) || hit {
		t.Errorf("Send = %v, receiver hit %v", err, hit)
	}
}

func TestSenderPostsHeadersAndReportsTheStatus(t *testing.T) {
	var got http.Header
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header
		if r.Method != http.MethodPost {
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
		http.Redirect(w, r, "http://169.254.169.254/", http.StatusFound)
	}))
	defer srv.Close()
	status, err := New(Options{AllowPrivate: true}).Send(context.Background(),
		webhook.Request{URL: srv.URL, Body: []byte(`{}`), Header: map[string]string{webhook.EventHeader: "kyc.done"}})
	if err != nil || status != http.StatusFound || got.Get(webhook.EventHeader) != "kyc.done" {
		t.Errorf("Send = %d, %v; headers %v", status, err, got)
	}
}

func TestSenderRefusesOtherSchemesAndTimesOut(t *testing.T) {
	s := New(Options{AllowPrivate: true, Timeout: 20 * time.Millisecond})
	if _, err := s.Send(context.Background(), webhook.Request{URL: "file:///etc/passwd"}); !errors.Is(err, webhook.ErrInvalidURL) {
		t.Errorf("file URL: %v", err)
	}
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-release }))
	defer srv.Close()
	defer close(release)
	if _, err := s.Send(context.Background(), webhook.Request{URL: srv.URL}); err == nil {
		t.Error("a receiver that never answers did not time out")
	}
}
