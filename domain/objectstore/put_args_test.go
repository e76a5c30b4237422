package objectstore_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/objectstore"
)

func TestCheckPut(t *testing.T) {
	tests := []struct {
		name, key   string
		max         int64
		contentType string
		want        string
		err         error
	}{
		{"plain", "a/b", 10, "image/jpeg", "image/jpeg", nil},
		{"with parameter", "a/b", 10, "text/plain; charset=utf-8", "text/plain; charset=utf-8", nil},
		{"default type", "a/b", 10, "", objectstore.DefaultContentType, nil},
		{"bad key", "../a", 10, "image/jpeg", "", objectstore.ErrBadKey},
		{"zero limit", "a", 0, "image/jpeg", "", objectstore.ErrBadLimit},
		{"header injection", "a", 10, "image/jpeg\r\nX-Evil: 1", "", objectstore.ErrBadContentType},
		{"not a media type", "a", 10, "jpeg image", "", objectstore.ErrBadContentType},
		{"too long", "a", 10, "image/" + strings.Repeat("x", 300), "", objectstore.ErrBadContentType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := objectstore.CheckPut(tt.key, tt.max, tt.contentType)
			if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if got != tt.want {
				t.Fatalf("content type = %q, want %q", got, tt.want)
			}
		})
	}
}
