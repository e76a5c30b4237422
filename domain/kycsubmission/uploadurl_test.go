package kycsubmission

import (
	"bytes"
	"errors"
	"net/url"
	"testing"
	"time"
)

func TestUploadURLsAreSignedOverEveryField(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	s, err := NewSigner(bytes.Repeat([]byte("k"), 32))
	if err != nil {
		t.Fatal(err)
	}
	g := Grant{SubmissionID: "sub-1", Type: "SELFIE", Family: Image, MaxBytes: 1024, Expires: now.Add(time.Minute)}
	q, _ := url.ParseQuery(s.Query(g))
	if got, err := s.Check("sub-1", q, now); err != nil || got != g {
		t.Fatalf("= %+v %v", got, err)
	}
	for name, change := range map[string]func(url.Values){
		"type":    func(v url.Values) { v.Set(qType, "PASSPORT_SCAN") },
		"family":  func(v url.Values) { v.Set(qFamily, "pdf") },
		"max":     func(v url.Values) { v.Set(qMax, "1048576") },
		"expires": func(v url.Values) { v.Set(qExpires, "9999999999") },
		"sig":     func(v url.Values) { v.Set(qSig, "AAAA") },
		"no sig":  func(v url.Values) { v.Del(qSig) },
	} {
		v, _ := url.ParseQuery(s.Query(g))
		change(v)
		if _, err := s.Check("sub-1", v, now); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s changed: %v", name, err)
		}
	}
	if _, err := s.Check("sub-2", q, now); !errors.Is(err, ErrBadSignature) {
		t.Errorf("another submission's URL: %v", err)
	}
	if _, err := s.Check("sub-1", q, now.Add(time.Minute)); !errors.Is(err, ErrExpired) {
		t.Errorf("expired: %v", err)
	}
	other, _ := NewSigner(bytes.Repeat([]byte("o"), 32))
	if _, err := other.Check("sub-1", q, now); !errors.Is(err, ErrBadSignature) {
		t.Errorf("another server's key: %v", err)
	}
	if _, err := NewSigner([]byte("short")); err == nil {
		t.Error("a short key was taken")
	}
}

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		head   string
		ct     string
		family Family
	}{
		{"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", Image},
		{"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg", Image},
		{"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp", Image},
		{"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "application/pdf", PDF},
		{"<html><body>hi</body></html>", "application/octet-stream", ""},
		{"GIF89a", "image/gif", ""},
	} {
		ct, f := Sniff([]byte(c.head))
		if ct != c.ct || f != c.family {
			t.Errorf("Sniff(%q) = %s %s, want %s %s", c.head, ct, f, c.ct, c.family)
		}
	}
	if DeclaredFamily("image/PNG; charset=x") != Image || DeclaredFamily("application/pdf") != PDF || DeclaredFamily("text/plain") != "" {
		t.Error("DeclaredFamily")
	}
}

func TestPartnerTokens(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	tok, _ := NewTokens(bytes.Repeat([]byte("t"), 32), "https://obp.example")
	c := Caller{ConsumerID: "app", BankID: "b", CustomerID: "cust"}
	signed, err := tok.sign(c, now, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := tok.check(signed, now.Add(30*time.Second)); err != nil || got != c {
		t.Fatalf("= %+v %v", got, err)
	}
	if _, err := tok.check(signed, now.Add(time.Minute)); err == nil {
		t.Error("an expired token was taken")
	}
	other, _ := NewTokens(bytes.Repeat([]byte("o"), 32), "https://obp.example")
	if _, err := other.check(signed, now); err == nil {
		t.Error("another key's token was taken")
	}
	elsewhere, _ := NewTokens(bytes.Repeat([]byte("t"), 32), "https://other.example")
	if _, err := elsewhere.check(signed, now); err == nil {
		t.Error("another issuer's token was taken")
	}
}

func TestCallbackURLs(t *testing.T) {
	s := NewService(Deps{})
	for _, bad := range []string{"ftp://x.example/cb", "/relative", "https://user:pw@x.example/cb", "http://127.0.0.1/cb",
		"http://10.1.2.3/cb", "http://localhost:8080/cb", "http://[::1]/cb", "http://169.254.169.254/latest"} {
		if err := s.checkCallbackURL(bad); err == nil {
			t.Errorf("%s was taken", bad)
		}
	}
	for _, good := range []string{"", "https://partner.example.com/coe/submissions-callback", "http://203.0.113.7/cb"} {
		if err := s.checkCallbackURL(good); err != nil {
			t.Errorf("%s refused: %v", good, err)
		}
	}
}
