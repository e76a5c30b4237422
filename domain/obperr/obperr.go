// Package obperr is the catalogue of OBP error codes: each Code carries the OBP number,
// the HTTP status it answers with and its text. Domain code returns these as values;
// exactly one place in handlers turns them into a response.
package obperr

import (
	"errors"
	"fmt"
)

// Code is one entry of the catalogue, e.g. OBP-30001 BankNotFound.
type Code struct {
	ID     string // "OBP-30001"
	Status int    // HTTP status
	Text   string // "Bank not found. Please specify a valid value for BANK_ID."
}

// Message is the OBP wire form: "OBP-30001: Bank not found. ...".
func (c *Code) Message() string { return c.ID + ": " + c.Text }

// Error lets a bare *Code be returned as an error.
func (c *Code) Error() string { return c.Message() }

// With attaches detail to a code; the detail is appended to the OBP message as OBP does
// (role names, the offending field, ...). Detail must never carry secrets.
func (c *Code) With(format string, args ...any) *Error {
	return &Error{Code: c, Detail: fmt.Sprintf(format, args...)}
}

// Field is With for a failure tied to one input field, named by JSON pointer.
func (c *Code) Field(pointer, format string, args ...any) *Error {
	return &Error{Code: c, Field: pointer, Detail: fmt.Sprintf(format, args...)}
}

// Wrap keeps cause for logs and errors.Is, while the client sees only the code's text.
func (c *Code) Wrap(cause error) *Error { return &Error{Code: c, cause: cause} }

// Error is a Code plus what went wrong in this instance.
type Error struct {
	Code   *Code
	Detail string // shown to the client after the code text
	Field  string // JSON pointer of the input at fault, if any
	cause  error  // internal; logged, never shown
}

func (e *Error) Error() string {
	msg := e.Code.Message()
	if e.Detail != "" {
		msg += " " + e.Detail
	}
	if e.cause != nil {
		msg += " (cause: " + e.cause.Error() + ")"
	}
	return msg
}

// ClientMessage is what the response body's "message" carries.
func (e *Error) ClientMessage() string {
	if e.Detail == "" {
		return e.Code.Message()
	}
	return e.Code.Message() + " " + e.Detail
}

// Is makes errors.Is(err, obperr.BankNotFound) true for any Error of that code.
func (e *Error) Is(target error) bool {
	c, ok := target.(*Code)
	return ok && c == e.Code
}

func (e *Error) Unwrap() error { return e.cause }

// As finds the OBP error in err's chain; a bare *Code is lifted into an *Error.
// Anything else is not an OBP error and ok is false.
func As(err error) (e *Error, ok bool) {
	if errors.As(err, &e) {
		return e, true
	}
	var c *Code
	if errors.As(err, &c) {
		return &Error{Code: c}, true
	}
	return nil, false
}
