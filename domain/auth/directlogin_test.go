package auth

import (
	"errors"
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

func TestParseDirectLogin(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want DirectLoginParams
	}{
		{`username=a, password=b, consumer_key=c`, DirectLoginParams{Username: "a", Password: "b", ConsumerKey: "c"}},
		{`DirectLogin username="a",password="b=c",consumer_key=k`, DirectLoginParams{Username: "a", Password: "b=c", ConsumerKey: "k"}},
		{`token=xyz`, DirectLoginParams{Token: "xyz"}},
		{`directlogin token="xyz", other=1, username=`, DirectLoginParams{Token: "xyz"}},
		{`consumer_key=k,password=p,username=u`, DirectLoginParams{Username: "u", Password: "p", ConsumerKey: "k"}},
		{`  username =  a b  ,password= p=q=r `, DirectLoginParams{Username: "a b", Password: "p=q=r"}},
		{`username=a, junk, password=b,`, DirectLoginParams{Username: "a", Password: "b"}},
		{`username="", password=""`, DirectLoginParams{}},
		{`other="x, \"y\"", username=u`, DirectLoginParams{Username: "u"}},
		{`username=a, password=b"c`, DirectLoginParams{Username: "a", Password: `b"c`}},
		{`username=a, password=back\slash`, DirectLoginParams{Username: "a", Password: `back\slash`}},
		// The cases that broke: commas, quotes and outer spaces inside a password.
		{`username=a, password="p,w", consumer_key="k"`, DirectLoginParams{Username: "a", Password: "p,w", ConsumerKey: "k"}},
		{`password="\"Quoted-Pass1\""`, DirectLoginParams{Password: `"Quoted-Pass1"`}},
		{`password="back\\slash,\"and\"quote=Aa1"  , username=u`, DirectLoginParams{Username: "u", Password: `back\slash,"and"quote=Aa1`}},
		{`password="   spaces inside Aa1 x   "`, DirectLoginParams{Password: "   spaces inside Aa1 x   "}},
		{`password="Ünïcødé, ✓ 密码"`, DirectLoginParams{Password: "Ünïcødé, ✓ 密码"}},
	} {
		got, err := ParseDirectLogin(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseDirectLogin(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestMalformedDirectLoginIsRefusedNotGuessed(t *testing.T) {
	for _, in := range []string{
		`username=a, password="p,w, consumer_key=k`,
		`password="ends in a backslash\"`,
		`password="bad \escape"`,
		`password="closed"then-more, username=a`,
		`other="never closed`,
	} {
		_, err := ParseDirectLogin(in)
		if !errors.Is(err, obperr.InvalidDirectLoginHeader) {
			t.Errorf("ParseDirectLogin(%q) error = %v, want OBP-20083", in, err)
		}
		if err != nil && (strings.Contains(err.Error(), "p,w") || strings.Contains(err.Error(), "escape")) {
			t.Errorf("the error shows the value: %v", err)
		}
	}
	if _, err := DirectLoginFrom(Headers{Authorization: `DirectLogin password="open`}); !errors.Is(err, obperr.InvalidDirectLoginHeader) {
		t.Errorf("Authorization with an open quote: %v", err)
	}
}

func TestDirectLoginFrom(t *testing.T) {
	if _, err := DirectLoginFrom(Headers{}); !errors.Is(err, obperr.MissingDirectLoginHeader) {
		t.Errorf("no header: %v", err)
	}
	if _, err := DirectLoginFrom(Headers{Authorization: "Bearer abc"}); !errors.Is(err, obperr.InvalidDirectLoginHeader) {
		t.Errorf("Bearer: %v", err)
	}
	if _, err := DirectLoginFrom(Headers{Authorization: "DirectLoginX token=1"}); !errors.Is(err, obperr.InvalidDirectLoginHeader) {
		t.Errorf("DirectLoginX: %v", err)
	}
	p, err := DirectLoginFrom(Headers{Authorization: "DirectLogin token=1"})
	if err != nil || p.Token != "1" {
		t.Errorf("Authorization: DirectLogin = %+v, %v", p, err)
	}
}

// FuzzParseDirectLogin checks that no header makes the parser panic or fail with anything
// but OBP-20083, and that any password quoted with QuoteDirectLogin reads back unchanged.
func FuzzParseDirectLogin(f *testing.F) {
	for _, seed := range [][2]string{
		{`username=a, password=b, consumer_key=c`, "a,b-C1xxxxxxxx"},
		{`DirectLogin username="a", password="p,w"`, `"Quoted-Pass1"`},
		{`password="\"`, `back\slash,"and"quote=Aa1xxxx`},
		{`password="\x"`, "   spaces inside Aa1 x"},
		{`,,==,"",=",`, "Ünïcødé-Pässwörd-1"},
		{"", `\`},
		{`token`, `"`},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, header, password string) {
		if _, err := ParseDirectLogin(header); err != nil && !errors.Is(err, obperr.InvalidDirectLoginHeader) {
			t.Fatalf("ParseDirectLogin(%q): unexpected error %v", header, err)
		}
		h := "DirectLogin username=u, password=" + QuoteDirectLogin(password) + ", consumer_key=k"
		got, err := ParseDirectLogin(h)
		want := DirectLoginParams{Username: "u", Password: password, ConsumerKey: "k"}
		if err != nil || got != want {
			t.Fatalf("quoted password %q read back as %+v, %v", password, got, err)
		}
	})
}
