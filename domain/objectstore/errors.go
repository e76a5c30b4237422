package objectstore

import "errors"

// Errors a Store returns; implementations wrap them with %w so errors.Is finds them.
var (
	// ErrNotFound: no object under the key.
	ErrNotFound = errors.New("objectstore: object not found")
	// ErrTooLarge: the body went past maxBytes; nothing was kept.
	ErrTooLarge = errors.New("objectstore: object too large")
	// ErrEmpty: the body had no bytes; nothing was kept.
	ErrEmpty = errors.New("objectstore: empty object")
	// ErrBadKey: the key is not one the server generates (see ValidKey).
	ErrBadKey = errors.New("objectstore: invalid key")
	// ErrBadLimit: maxBytes is not positive.
	ErrBadLimit = errors.New("objectstore: maxBytes must be positive")
	// ErrBadContentType: the content type is not a plain media type.
	ErrBadContentType = errors.New("objectstore: invalid content type")
)
