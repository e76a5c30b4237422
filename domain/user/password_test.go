package user

import (
	"errors"
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

func TestValidatePassword(t *testing.T) {
	for _, tc := range []struct {
		p  string
		ok bool
	}{
		{"fhr5&Hw9-Kp2", true},               // 12 mixed
		{"Short1!a", false},                  // 8
		{"alllowercase1!", false},            // no upper
		{"NoDigitsHere!!", false},            // no digit
		{"NoSpecial123ab", false},            // no special
		{"a long passphrase of words", true}, // 17+ anything
		{strings.Repeat("x", 512), true},     // the longest
		{strings.Repeat("x", 513), false},    // too long
		{"ÄÖÜäöü12!?ab", true},               // letters beyond ASCII count
	} {
		err := ValidatePassword(tc.p)
		if (err == nil) != tc.ok || err != nil && !errors.Is(err, obperr.InvalidStrongPasswordFormat) {
			t.Errorf("ValidatePassword(%q) = %v, want ok=%v", tc.p, err, tc.ok)
		}
	}
}

func TestHashPassword(t *testing.T) {
	h, err := HashPassword("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$") || strings.Contains(h, "staple") {
		t.Errorf("hash = %q", h)
	}
	h2, _ := HashPassword("correct horse battery staple")
	if h == h2 {
		t.Error("two hashes of one password are equal: no salt")
	}
	if !CheckPassword(h, "correct horse battery staple") || CheckPassword(h, "correct horse battery stapler") || CheckPassword("garbage", "x") {
		t.Error("CheckPassword gives wrong answers")
	}
}
