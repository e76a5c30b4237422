package connectortest

import "testing"

// Option adapts the suite to the connector under test.
type Option func(*options)

type options struct {
	newUser func(t *testing.T) string
}

// WithUsers gives the suite the users it links to customers. Users are platform records,
// not the connector's, so by default the suite makes their ids up; a connector that
// refuses links to users it does not know passes a function that creates one.
func WithUsers(newUser func(t *testing.T) string) Option {
	return func(o *options) { o.newUser = newUser }
}
