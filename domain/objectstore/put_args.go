package objectstore

import (
	"fmt"
	"mime"
)

// DefaultContentType is stored when a Put names none.
const DefaultContentType = "application/octet-stream"

// maxContentTypeLen keeps the content type a short header value on every backend.
const maxContentTypeLen = 255

// CheckPut validates a Put's arguments and returns the content type to store.
// Both implementations call it first, so they refuse the same inputs.
func CheckPut(key string, maxBytes int64, contentType string) (string, error) {
	if !ValidKey(key) {
		return "", fmt.Errorf("%w: %q", ErrBadKey, key)
	}
	if maxBytes <= 0 {
		return "", fmt.Errorf("%w: %d", ErrBadLimit, maxBytes)
	}
	if contentType == "" {
		return DefaultContentType, nil
	}
	// ParseMediaType refuses control characters, so the value is safe as a header or in JSON.
	if len(contentType) > maxContentTypeLen {
		return "", fmt.Errorf("%w: longer than %d bytes", ErrBadContentType, maxContentTypeLen)
	}
	if _, _, err := mime.ParseMediaType(contentType); err != nil {
		return "", fmt.Errorf("%w: %w", ErrBadContentType, err)
	}
	return contentType, nil
}

// CheckKey validates a key for Get and Delete.
func CheckKey(key string) error {
	if !ValidKey(key) {
		return fmt.Errorf("%w: %q", ErrBadKey, key)
	}
	return nil
}
