package rest

import "encoding/json"

// Swagger2 is a Swagger 2.0 document of the adapter side: one POST per method, taking
// its OutBound message and answering its InBound message, for adapter authors to generate
// server stubs from (OBP's GET /message-docs/{CONNECTOR}/swagger2.0).
func Swagger2(version string) map[string]any {
	paths := map[string]any{}
	for _, d := range MessageDocs() {
		paths["/"+d.Method] = map[string]any{"post": map[string]any{
			"operationId": d.Method,
			"summary":     d.Method,
			"description": d.Description,
			"tags":        []string{Name},
			"consumes":    []string{"application/json"},
			"produces":    []string{"application/json"},
			"parameters": []any{map[string]any{"in": "body", "name": "body", "required": true,
				"schema": swaggerSchema(d.OutboundSchema)}},
			"responses": map[string]any{"200": map[string]any{"description": "InBound message: a non-empty status.errorCode is a failure",
				"schema": swaggerSchema(d.InboundSchema)}},
		}}
	}
	return map[string]any{
		"swagger": "2.0",
		"info": map[string]any{"title": "Adapter for the " + Name + " connector", "version": version,
			"description": "Each connector method is a POST of its OutBound message to <adapter base URL>/<methodName>, " +
				"answered with its InBound message. Signing headers: see the adapter authors' section of the README."},
		"basePath": "/",
		"paths":    paths,
	}
}

// swaggerSchema is a generated JSON schema in Swagger 2.0's dialect: it has no oneOf,
// so a duration that may be a string or a number is left untyped.
func swaggerSchema(raw json.RawMessage) any {
	var s any
	if err := json.Unmarshal(raw, &s); err != nil {
		panic("rest: swagger schema: " + err.Error())
	}
	var walk func(v any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			if _, ok := x["oneOf"]; ok {
				return map[string]any{"description": "a decimal string or a number"}
			}
			for k, e := range x {
				x[k] = walk(e)
			}
		case []any:
			for i, e := range x {
				x[i] = walk(e)
			}
		}
		return v
	}
	return walk(s)
}
