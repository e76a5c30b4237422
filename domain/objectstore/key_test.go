package objectstore_test

import (
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/objectstore"
)

func TestValidKey(t *testing.T) {
	long := strings.Repeat("a", objectstore.MaxKeyLen)
	tests := []struct {
		key  string
		want bool
	}{
		{"kyc/0f3c/passport-front.jpg", true},
		{"a", true},
		{"a_b-c.d/e", true},
		{long, true},
		{long + "a", false},
		{"", false},
		{"../x", false},
		{"a/../b", false},
		{"a..b", false},
		{"/abs", false},
		{"a/", false},
		{"a//b", false},
		{".hidden", false},
		{"a/.tmp-1", false},
		{".", false},
		{"A", false},
		{"a b", false},
		{"a\\b", false},
		{"a\x00b", false},
		{"é", false},
	}
	for _, tt := range tests {
		if got := objectstore.ValidKey(tt.key); got != tt.want {
			t.Errorf("ValidKey(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}
