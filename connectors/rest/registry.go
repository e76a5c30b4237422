package rest

import (
	"context"
	"encoding/json"
	"reflect"
	"sort"

	"github.com/obp-go/obp/connectors/port"
)

// endpoint is one connector method as a whole: what the client needs to call it, how
// the adapter side serves it from a connector, and the Go types its message docs are
// generated from.
type endpoint struct {
	method
	description string
	outbound    reflect.Type // OutBound<Method>
	inbound     reflect.Type // InBound<Method>: the envelope, the status and the data
	serve       func(ctx context.Context, b port.Connector, body []byte) (any, error)
}

// endpoints are every method of this connector, by name; define fills it.
var endpoints = map[string]*endpoint{}

// define declares a method once: m for the client, description for its message doc,
// and serve, the adapter side, which answers the outbound message from a connector.
// Out and Data are the types the message docs describe.
func define[Out, Data any](m method, description string, serve func(context.Context, port.Connector, Out) (Data, error)) method {
	if _, dup := endpoints[m.name]; dup {
		panic("rest: method " + m.name + " defined twice")
	}
	endpoints[m.name] = &endpoint{method: m, description: description,
		outbound: reflect.TypeFor[Out](), inbound: reflect.TypeFor[InBound[Data]](),
		serve: func(ctx context.Context, b port.Connector, body []byte) (any, error) {
			var out Out
			if err := json.Unmarshal(body, &out); err != nil {
				return nil, &badOutboundError{method: m.name, err: err}
			}
			return serve(ctx, b, out)
		}}
	return m
}

// methodNames lists every defined method, sorted.
func methodNames() []string {
	out := make([]string, 0, len(endpoints))
	for n := range endpoints {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// badOutboundError is an outbound message the adapter side could not decode.
type badOutboundError struct {
	method string
	err    error
}

func (e *badOutboundError) Error() string { return "outbound " + e.method + ": " + e.err.Error() }
func (e *badOutboundError) Unwrap() error { return e.err }
