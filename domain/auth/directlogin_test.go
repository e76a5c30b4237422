package auth

import (
	"errors"
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
	} {
		if got := ParseDirectLogin(tc.in); got != tc.want {
			t.Errorf("ParseDirectLogin(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
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
