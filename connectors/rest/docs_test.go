package rest

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Every method's generated examples satisfy its generated schemas, and say what OBP's
// message docs say: the envelope, the method's parameters, the answer's status and data.
func TestMessageDocsExamplesMatchTheirSchemas(t *testing.T) {
	docs := MessageDocs()
	if len(docs) != len(endpoints) || len(docs) == 0 {
		t.Fatalf("%d message docs for %d methods", len(docs), len(endpoints))
	}
	for _, d := range docs {
		for _, c := range []struct {
			kind            string
			schema, example json.RawMessage
			must            []string
		}{
			{"outbound", d.OutboundSchema, d.ExampleOut, []string{`"outboundAdapterCallContext"`, `"correlationId"`}},
			{"inbound", d.InboundSchema, d.ExampleIn, []string{`"inboundAdapterCallContext"`, `"status"`, `"data"`}},
		} {
			compiler := jsonschema.NewCompiler()
			if err := compiler.AddResource("mem://"+d.Method, strings.NewReader(string(c.schema))); err != nil {
				t.Fatalf("%s %s schema: %v", d.Method, c.kind, err)
			}
			s, err := compiler.Compile("mem://" + d.Method)
			if err != nil {
				t.Fatalf("%s %s schema does not compile: %v\n%s", d.Method, c.kind, err, c.schema)
			}
			var v any
			if err := json.Unmarshal(c.example, &v); err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(v); err != nil {
				t.Errorf("%s %s example fails its schema: %v\n%s", d.Method, c.kind, err, c.example)
			}
			for _, m := range c.must {
				if !strings.Contains(string(c.example), m) {
					t.Errorf("%s %s example lacks %s: %s", d.Method, c.kind, m, c.example)
				}
			}
		}
	}
}
