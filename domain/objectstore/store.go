// Package objectstore is the port for storing uploaded files (identity documents,
// statements) outside the database. Objects are private: nothing here serves them,
// and every implementation streams, so a body is never held whole in memory and its
// size limit is enforced while it arrives.
package objectstore

import (
	"context"
	"io"
	"time"
)

// Object describes a stored object.
type Object struct {
	Key         string
	Size        int64
	ContentType string
	SHA256      string // lowercase hex of the stored bytes
	CreatedAt   time.Time
}

// Store keeps objects under server-generated keys (see ValidKey).
type Store interface {
	// Put streams r into key, refusing (ErrTooLarge, nothing kept) once more than
	// maxBytes arrive; it never buffers the whole body in memory. An empty body is
	// ErrEmpty. A failed Put leaves any earlier object under key as it was.
	Put(ctx context.Context, key string, r io.Reader, maxBytes int64, contentType string) (Object, error)
	// Get streams the object; the caller closes the reader. A missing key is ErrNotFound.
	Get(ctx context.Context, key string) (io.ReadCloser, Object, error)
	// Delete removes the object; a missing key is not an error.
	Delete(ctx context.Context, key string) error
}
