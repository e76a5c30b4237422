// Package obpspec reads OBP's own API exports (the v5.1.0 Swagger 2.0 and the v6.0.0 OpenAPI
// 3.1 file, kept outside the repository) and checks a response body against the schema OBP
// gives for its operation and status. The black-box suites use it as an oracle for shapes.
package obpspec

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/oasdiff/yaml"
)

// The files Load reads from the spec directory.
const (
	SwaggerV510 = "obp-v5.1.0-swagger2.yaml"
	OpenAPIV600 = "obp-v6.0.0-openapi3.1.json"
)

// Files are the paths Load needs in dir.
func Files(dir string) []string {
	return []string{filepath.Join(dir, OpenAPIV600), filepath.Join(dir, SwaggerV510)}
}

// Spec is OBP's operations from both exports.
type Spec struct {
	v600 map[string][]operation // by OBP's full operation id, OBPv4.0.0-getBanks
	v510 map[string][]operation // by function name, getBanks: the v5.1.0 export names no version
}

// operation is one operation of an export.
type operation struct {
	source    string // the export and its operation id, for reports
	path      string // the path template under its version, /banks/{BANK_ID}
	responses *openapi3.Responses
}

// Load reads both exports from dir.
func Load(dir string) (*Spec, error) {
	v600, err := loadOpenAPI31(filepath.Join(dir, OpenAPIV600))
	if err != nil {
		return nil, err
	}
	v510, err := loadSwagger2(filepath.Join(dir, SwaggerV510))
	if err != nil {
		return nil, err
	}
	return &Spec{v600: byOperationID(v600, "v6.0.0 ", func(id string) string { return id }),
		v510: byOperationID(v510, "v5.1.0 ", function)}, nil
}

// loadOpenAPI31 reads the v6.0.0 export. kin-openapi loads OpenAPI 3.1; the export's
// schemas use only keywords that mean the same in 3.0 (a single type, properties, items,
// enum, format), so they are checked by kin-openapi's own visitor.
func loadOpenAPI31(path string) (*openapi3.T, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := openapi3.NewLoader().LoadFromData(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

// loadSwagger2 reads the v5.1.0 export and converts it to OpenAPI 3.
func loadSwagger2(path string) (*openapi3.T, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc openapi2.T
	if _, err := yaml.Unmarshal(b, &doc, yaml.DecodeOpts{DisableTimestamps: true}); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	addMissingDefinitions(&doc, b)
	v3, err := openapi2conv.ToV3(&doc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return v3, nil
}

var definitionRef = regexp.MustCompile(`#/definitions/([^"'\s]+)`)

// addMissingDefinitions declares, as any value, the definitions OBP's export refers to but
// leaves out (JObject, the body of its dynamic endpoints), so that the rest converts.
func addMissingDefinitions(doc *openapi2.T, raw []byte) {
	if doc.Definitions == nil {
		doc.Definitions = map[string]*openapi2.SchemaRef{}
	}
	for _, m := range definitionRef.FindAllSubmatch(raw, -1) {
		if name := string(m[1]); doc.Definitions[name] == nil {
			doc.Definitions[name] = &openapi2.SchemaRef{Value: &openapi2.Schema{}}
		}
	}
}

// byOperationID indexes a document's operations under key(operationId).
func byOperationID(doc *openapi3.T, source string, key func(string) string) map[string][]operation {
	out := map[string][]operation{}
	for path, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			k := key(op.OperationID)
			out[k] = append(out[k], operation{source: source + op.OperationID, path: belowVersion(path), responses: op.Responses})
		}
	}
	return out
}

// function is the function part of an OBP operation id: OBPv4.0.0-getBanks -> getBanks.
func function(operationID string) string {
	if _, f, ok := strings.Cut(operationID, "-"); ok {
		return f
	}
	return operationID
}

// belowVersion is a path without its /obp/<version> prefix.
func belowVersion(path string) string {
	path = strings.TrimSpace(path) // the v5.1.0 export has a path with a trailing space
	rest, ok := strings.CutPrefix(path, "/obp/")
	if !ok {
		return path
	}
	if i := strings.Index(rest, "/"); i >= 0 {
		return rest[i:]
	}
	return ""
}
