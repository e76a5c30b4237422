package job

import "errors"

var (
	// ErrNotFound: no job has the id.
	ErrNotFound = errors.New("job not found")
	// ErrLeaseLost: the caller no longer holds the job (its lease ran out and another
	// worker claimed it, or it was already completed); its outcome is discarded.
	ErrLeaseLost = errors.New("job lease lost")
	// ErrNoHandler: a claimed job's kind has no handler on this worker.
	ErrNoHandler = errors.New("no handler for the job's kind")
)

// permanent marks an error retrying cannot cure.
type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent wraps err so that the worker fails the job at once instead of retrying it
// (a malformed payload, a destination refused by policy).
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanent{err}
}

// IsPermanent reports whether err was marked with Permanent.
func IsPermanent(err error) bool {
	var p permanent
	return errors.As(err, &p)
}
