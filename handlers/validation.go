package handlers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/swagger"
)

// validators holds the compiled request schemas by name.
type validators map[string]*jsonschema.Schema

func compileSchemas(docs []ResourceDoc) (validators, error) {
	out := validators{}
	for _, d := range docs {
		if d.RequestSchema == "" || out[d.RequestSchema] != nil {
			continue
		}
		raw, err := swagger.Schema(d.RequestSchema)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.OperationID, err)
		}
		c := jsonschema.NewCompiler()
		c.Draft = jsonschema.Draft7
		url := "mem://schemas/" + d.RequestSchema + ".json"
		if err := c.AddResource(url, bytes.NewReader(raw)); err != nil {
			return nil, fmt.Errorf("%s: schema %s: %w", d.OperationID, d.RequestSchema, err)
		}
		s, err := c.Compile(url)
		if err != nil {
			return nil, fmt.Errorf("%s: schema %s: %w", d.OperationID, d.RequestSchema, err)
		}
		out[d.RequestSchema] = s
	}
	return out, nil
}

// validate checks body against the named schema: unparsable JSON is OBP-10001, a schema
// failure OBP-09014 naming the field at fault by JSON pointer.
func (v validators) validate(name string, body []byte) error { return validateBody(v[name], body) }

// validateBody checks body against schema (see validate).
func validateBody(schema *jsonschema.Schema, body []byte) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return obperr.InvalidJSONFormat.With("The request body is empty.")
	}
	if err := checkJSONText(body); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return obperr.InvalidJSONFormat.With("%s", jsonSyntaxDetail(err))
	}
	if dec.More() {
		return obperr.InvalidJSONFormat.With("Unexpected data after the JSON value.")
	}
	err := schema.Validate(doc)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return obperr.InvalidRequestPayload.With("%s", err.Error())
	}
	leaf := deepestCause(ve)
	pointer := fieldPointer(leaf)
	return obperr.InvalidRequestPayload.Field(pointer, "%s: %s", displayPointer(pointer), leaf.Message)
}

func jsonSyntaxDetail(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at byte %d).", se.Error(), se.Offset)
	}
	return err.Error()
}

// deepestCause follows the first cause down to the keyword that failed.
func deepestCause(ve *jsonschema.ValidationError) *jsonschema.ValidationError {
	for len(ve.Causes) > 0 {
		ve = ve.Causes[0]
	}
	return ve
}

var missingProperty = regexp.MustCompile(`missing properties?: '([^']+)'`)

// fieldPointer names the field at fault. A missing required property is reported by the
// validator on its parent object; we point at the property itself.
func fieldPointer(ve *jsonschema.ValidationError) string {
	p := ve.InstanceLocation
	if strings.HasSuffix(ve.KeywordLocation, "/required") {
		if m := missingProperty.FindStringSubmatch(ve.Message); m != nil {
			return strings.TrimSuffix(p, "/") + "/" + escapePointer(m[1])
		}
	}
	return p
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

func displayPointer(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// ValidateExamples checks that every doc's example request passes the schema its endpoint
// validates with, so that a client copying an example is not refused; areas test theirs.
func ValidateExamples(docs []ResourceDoc) error {
	v, err := compileSchemas(docs)
	if err != nil {
		return err
	}
	var errs []error
	for _, d := range docs {
		if d.RequestSchema == "" {
			continue
		}
		if d.ExampleRequest == nil {
			errs = append(errs, fmt.Errorf("%s takes a body (%s) but documents no example", d.OperationID, d.RequestSchema))
			continue
		}
		body, err := json.Marshal(d.ExampleRequest)
		if err != nil {
			return fmt.Errorf("%s: %w", d.OperationID, err)
		}
		if err := v.validate(d.RequestSchema, body); err != nil {
			errs = append(errs, fmt.Errorf("%s: example %s fails %s: %w", d.OperationID, body, d.RequestSchema, err))
		}
	}
	return errors.Join(errs...)
}
