package swagger

import (
	"encoding/json"

	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
)

// Swagger2 converts an OpenAPI 3 document (as OpenAPI writes it) into Swagger 2.0, which
// OBP's older tools (API Explorer, API Manager, several importers) still read.
func Swagger2(openapi3JSON []byte) ([]byte, error) {
	doc, err := openapi3.NewLoader().LoadFromData(openapi3JSON)
	if err != nil {
		return nil, err
	}
	v2, err := openapi2conv.FromV3(doc)
	if err != nil {
		return nil, err
	}
	return json.Marshal(v2)
}
