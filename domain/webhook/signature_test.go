package webhook

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestVerify(t *testing.T) {
	secret, body := []byte("whsec-partner"), []byte(`{"event":"kyc.done"}`)
	sent := time.Unix(1_780_000_000, 0)
	header := Sign(secret, sent, body)
	if !strings.HasPrefix(header, "t=1780000000,v1=") {
		t.Fatalf("header %q", header)
	}
	for _, c := range []struct {
		name   string
		secret []byte
		header string
		body   []byte
		now    time.Time
		want   error
	}{
		{"as sent", secret, header, body, sent.Add(time.Minute), nil},
		{"a little early", secret, header, body, sent.Add(-time.Minute), nil},
		{"rotated secrets: any v1 matches", secret, header + ",v1=" + strings.Repeat("ab", 32), body, sent, nil},
		{"tampered body", secret, header, []byte(`{"event":"kyc.failed"}`), sent, ErrSignatureMismatch},
		{"other secret", []byte("other"), header, body, sent, ErrSignatureMismatch},
		{"old timestamp", secret, header, body, sent.Add(6 * time.Minute), ErrSignatureExpired},
		{"far future", secret, header, body, sent.Add(-6 * time.Minute), ErrSignatureExpired},
		{"timestamp changed", secret, strings.Replace(header, "t=1780000000", "t=1780000001", 1), body, sent, ErrSignatureMismatch},
		{"no signature", secret, "t=1780000000", body, sent, ErrSignatureMalformed},
		{"no timestamp", secret, header[strings.Index(header, ",")+1:], body, sent, ErrSignatureMalformed},
		{"not hex", secret, "t=1780000000,v1=zz", body, sent, ErrSignatureMalformed},
		{"empty", secret, "", body, sent, ErrSignatureMalformed},
	} {
		if err := Verify(c.secret, c.header, c.body, c.now, 0); !errors.Is(err, c.want) {
			t.Errorf("%s: Verify = %v, want %v", c.name, err, c.want)
		}
	}
}

// The signed string is "<t>.<body>": the same HMAC a partner computes with openssl.
func TestSignMatchesTheDocumentedRecipe(t *testing.T) {
	// printf '%s' '1780000000.{}' | openssl dgst -sha256 -hmac 'k' -hex
	const want = "t=1780000000,v1=f8d12b37af6d97acc693ce24a0cfb9ba82368579689e88ab7c7a96ad9e5fc756"
	if got := Sign([]byte("k"), time.Unix(1_780_000_000, 0), []byte("{}")); got != want {
		t.Errorf("Sign = %s, want %s", got, want)
	}
}
