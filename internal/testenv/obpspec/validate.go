package obpspec

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// Violation is one place where a body breaks OBP's schema.
type Violation struct {
	Pointer  string // JSON pointer into the body, "" for the whole body
	Expected string // what the schema wants there: "string (Value is not nullable)"
	Got      string // the value found, shortened
}

func (v Violation) String() string {
	return fmt.Sprintf("at %q want %s, got %s", v.Pointer, v.Expected, v.Got)
}

// Validate checks body against the schema: strict on the type of every field present,
// null included where the schema does not allow it, and lenient on required fields, since
// OBP's exports mark every field of their examples required. Formats are asserted as
// kin-openapi knows them, except "date": OBP's exports give such fields date-time examples.
func (s *Schema) Validate(body []byte) []Violation {
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		return []Violation{{Expected: "a JSON body", Got: err.Error()}}
	}
	err := s.schema.VisitJSON(v, openapi3.MultiErrors(), openapi3.WithStringFormatValidators(unasserted))
	var out []Violation
	for _, e := range flatten(err) {
		var se *openapi3.SchemaError
		if !errors.As(e, &se) {
			out = append(out, Violation{Expected: "no error", Got: e.Error()})
			continue
		}
		if se.SchemaField == "required" {
			continue
		}
		out = append(out, Violation{Pointer: pointer(se.JSONPointer()), Expected: expected(se), Got: got(se.Value)})
	}
	return out
}

// unasserted are the formats OBP's exports declare but their own examples break.
var unasserted = map[string]openapi3.StringFormatValidator{
	"date": openapi3.NewCallbackValidator(func(string) error { return nil }),
}

// flatten lists the single errors inside kin-openapi's nested MultiErrors.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	me, ok := err.(openapi3.MultiError)
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range me {
		out = append(out, flatten(e)...)
	}
	return out
}

// pointer writes a path as a JSON pointer (RFC 6901).
func pointer(path []string) string {
	var b strings.Builder
	for _, p := range path {
		b.WriteString("/")
		b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(p))
	}
	return b.String()
}

// expected says what the schema wanted and why the value is not it: "string (Value is not
// nullable)".
func expected(se *openapi3.SchemaError) string {
	want := "a value"
	switch sc := se.Schema; {
	case sc == nil:
	case sc.Type != nil && len(sc.Type.Slice()) > 0:
		want = strings.Join(sc.Type.Slice(), " or ")
	case len(sc.Properties) > 0:
		want = "object"
	}
	return fmt.Sprintf("%s (%s)", want, se.Reason)
}

// got is a value as JSON, shortened.
func got(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 60 {
		return string(b[:57]) + "..."
	}
	return string(b)
}
