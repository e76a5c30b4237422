// Package swagger holds the JSON schemas of request bodies and builds the OpenAPI document
// from the resource-doc registry. Schemas use the subset of JSON Schema that OpenAPI 3.0
// also accepts, so one file serves validation and documentation.
package swagger

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
)

//go:embed schemas/*.json
var schemaFS embed.FS

// Schema returns the raw JSON schema named name (the file schemas/<name>.json).
func Schema(name string) ([]byte, error) {
	b, err := fs.ReadFile(schemaFS, "schemas/"+name+".json")
	if err != nil {
		return nil, fmt.Errorf("request schema %q: %w", name, err)
	}
	return b, nil
}

// schemaObject returns the schema as an OpenAPI schema object: the JSON Schema keywords
// OpenAPI 3.0 does not know ($schema, $id) are dropped.
func schemaObject(name string) (map[string]any, error) {
	raw, err := Schema(name)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("request schema %q: %w", name, err)
	}
	delete(m, "$schema")
	delete(m, "$id")
	return m, nil
}
