package rest

import (
	"encoding/json"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"
)

// MessageDoc describes one method for adapter authors, generated from its Go types:
// the outbound and inbound messages with an example of each and their JSON schemas.
type MessageDoc struct {
	Process        string // OBP's "obp.<methodName>"
	Method         string
	Description    string
	Read           bool // sent again after a transient failure; a write is sent once
	ExampleOut     json.RawMessage
	ExampleIn      json.RawMessage
	OutboundSchema json.RawMessage
	InboundSchema  json.RawMessage
}

// MessageDocs lists every method of this connector, by name.
func MessageDocs() []MessageDoc {
	out := make([]MessageDoc, 0, len(endpoints))
	for _, name := range methodNames() {
		e := endpoints[name]
		out = append(out, MessageDoc{Process: "obp." + name, Method: name, Description: e.description, Read: e.read,
			ExampleOut: mustJSON(example(e.outbound)), ExampleIn: mustJSON(example(e.inbound)),
			OutboundSchema: mustJSON(schemaOf(e.outbound)), InboundSchema: mustJSON(schemaOf(e.inbound))})
	}
	return out
}

// schemaOf is the JSON schema of t, every type inline. A field without omitempty is
// required; an adapter may send fields this server does not read.
func schemaOf(t reflect.Type) *jsonschema.Schema {
	r := jsonschema.Reflector{DoNotReference: true, ExpandedStruct: true, Anonymous: true, AllowAdditionalProperties: true}
	s := r.ReflectFromType(t)
	s.Version = ""
	return s
}

// JSONSchema is OBP's connector date: a string yyyy-MM-dd'T'HH:mm:ss'Z'.
func (Date) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$`,
		Examples: []any{exampleDate}}
}

// JSONSchema is one of our instants: an RFC 3339 date-time, with a fraction of a second.
func (Instant) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Format: "date-time", Examples: []any{exampleInstant}}
}

// JSONSchema is a backend message's duration in seconds: a decimal string, or a number.
func (Duration) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{OneOf: []*jsonschema.Schema{{Type: "string"}, {Type: "number"}}}
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic("rest: message doc: " + err.Error())
	}
	return b
}

const (
	exampleDate    = "2020-01-27T00:00:00Z"
	exampleInstant = "2020-01-27T10:15:30.123456Z"
)

// examples are the values message docs show for fields of these JSON names; any other
// string field shows its own name.
var examples = map[string]string{
	"bankId": "gh.29.uk", "thisBankId": "gh.29.uk", "otherBankId": "gh.29.uk",
	"accountId": "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0", "thisAccountId": "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0",
	"customerId": "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", "userId": "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1",
	"consumerId": "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", "correlationId": "1flssoftxq0cr1nssr68u0mioj",
	"transactionId": "2fg8a7e4-6d02-40e3-a129-0b2bf89de8ub", "transactionRequestId": "8138a7e4-6d02-40e3-a129-0b2bf89de9f1",
	"counterpartyId": "9fg8a7e4-6d02-40e3-a129-0b2bf89de8uh", "viewId": "owner", "currency": "EUR",
	"amount": "10.12", "balance": "1000.00", "username": "felixsmith", "customerNumber": "5987953",
	"scheme": "IBAN", "address": "DE91100000000123456789", "errorCode": "", "text": "", "source": "", "status": "",
}

// example is a value of t for the message docs: every field filled, every list with one
// element, strings from examples by their JSON name.
func example(t reflect.Type) any {
	v := reflect.New(t).Elem()
	fill(v, "")
	return v.Interface()
}

func fill(v reflect.Value, name string) {
	if v.Type() == reflect.TypeFor[Instant]() {
		var i Instant
		if err := i.UnmarshalJSON([]byte(`"` + exampleInstant + `"`)); err != nil {
			panic(err)
		}
		v.Set(reflect.ValueOf(i))
		return
	}
	if v.Type() == reflect.TypeFor[Date]() {
		var d Date
		if err := d.UnmarshalJSON([]byte(`"` + exampleDate + `"`)); err != nil {
			panic(err)
		}
		v.Set(reflect.ValueOf(d))
		return
	}
	switch v.Kind() {
	case reflect.String:
		s, ok := examples[name]
		if !ok {
			s = name
		}
		v.SetString(s)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), name)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0), strings.TrimSuffix(name, "s"))
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k, "key")
		fill(e, name)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			jsonName, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if jsonName == "-" {
				continue
			}
			if jsonName == "" {
				jsonName = f.Name
			}
			if v.Type() == reflect.TypeFor[ID]() {
				jsonName = name // an id shows the example of the field that holds it
			}
			fill(v.Field(i), jsonName)
		}
	case reflect.Interface:
		// data of no fixed type: left null
	}
}
