// Package wire holds the few JSON shapes every area of the HTTP face shares: OBP's
// {currency, amount}, a routing, a user as an owner, the time format, and the example
// user and account the resource docs show. Everything else an area renders lives in that
// area's own *_json.go.
package wire
