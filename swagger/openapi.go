package swagger

import (
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Operation is what the OpenAPI writer needs from one resource doc.
type Operation struct {
	ID            string
	Method        string // GET, POST, ...
	Path          string // with {PARAM} placeholders
	Summary       string
	Description   string
	Tags          []string
	RequestSchema string // name of an embedded schema, "" for no body
	// FormBody is a body of application/x-www-form-urlencoded fields the operation parses itself.
	FormBody      bool
	Example       any // example success response body, nil for none
	SuccessStatus int
	Errors        []ErrorResponse
	Secured       bool // needs a logged-in user or an identified app
}

// ErrorResponse is one error an operation may answer with.
type ErrorResponse struct {
	Status  int
	Message string // "OBP-30001: Bank not found..."
}

// Info heads the document.
type Info struct {
	Title       string
	Version     string
	Description string
}

var pathParam = regexp.MustCompile(`\{([A-Za-z0-9_]+)\}`)

// OpenAPI builds an OpenAPI 3.0 document (as JSON-ready maps) from ops.
func OpenAPI(info Info, ops []Operation) (map[string]any, error) {
	paths := map[string]any{}
	for _, op := range ops {
		item, _ := paths[op.Path].(map[string]any)
		if item == nil {
			item = map[string]any{}
			paths[op.Path] = item
		}
		o, err := operation(op)
		if err != nil {
			return nil, err
		}
		item[strings.ToLower(op.Method)] = o
	}
	doc := map[string]any{
		"openapi": "3.0.3",
		"info": map[string]any{
			"title": info.Title, "version": info.Version, "description": info.Description,
		},
		"paths": paths,
		"components": map[string]any{
			"schemas": map[string]any{"Error": errorSchema},
			"securitySchemes": map[string]any{
				"directLogin": map[string]any{
					"type": "apiKey", "in": "header", "name": "DirectLogin",
					"description": "DirectLogin token=<token from POST /my/logins/direct>",
				},
			},
		},
	}
	return doc, nil
}

func operation(op Operation) (map[string]any, error) {
	o := map[string]any{
		"operationId": op.ID,
		"summary":     op.Summary,
		"description": op.Description,
		"tags":        op.Tags,
	}
	var params []any
	for _, m := range pathParam.FindAllStringSubmatch(op.Path, -1) {
		params = append(params, map[string]any{
			"name": m[1], "in": "path", "required": true, "schema": map[string]any{"type": "string"},
		})
	}
	if len(params) > 0 {
		o["parameters"] = params
	}
	if op.RequestSchema != "" {
		s, err := schemaObject(op.RequestSchema)
		if err != nil {
			return nil, err
		}
		o["requestBody"] = map[string]any{
			"required": true,
			"content":  map[string]any{"application/json": map[string]any{"schema": s}},
		}
	}
	if op.FormBody {
		o["requestBody"] = map[string]any{
			"required": true,
			"content": map[string]any{"application/x-www-form-urlencoded": map[string]any{
				"schema": map[string]any{"type": "object", "additionalProperties": map[string]any{"type": "string"}},
			}},
		}
	}
	if op.Secured {
		o["security"] = []any{map[string]any{"directLogin": []any{}}}
	}
	responses := map[string]any{}
	success := map[string]any{"description": http.StatusText(op.SuccessStatus)}
	if op.Example != nil {
		success["content"] = map[string]any{"application/json": map[string]any{
			"schema": InferSchema(op.Example), "example": op.Example,
		}}
	}
	responses[strconv.Itoa(op.SuccessStatus)] = success
	for status, msgs := range errorsByStatus(op.Errors) {
		responses[strconv.Itoa(status)] = map[string]any{
			"description": fmt.Sprintf("%s: %s", http.StatusText(status), joinMessages(msgs)),
			"content": map[string]any{"application/json": map[string]any{
				"schema": map[string]any{"$ref": "#/components/schemas/Error"},
			}},
		}
	}
	o["responses"] = responses
	return o, nil
}

func errorsByStatus(errs []ErrorResponse) map[int][]string {
	out := map[int][]string{}
	for _, e := range errs {
		out[e.Status] = append(out[e.Status], e.Message)
	}
	return out
}

func joinMessages(msgs []string) string {
	sort.Strings(msgs)
	s := ""
	for i, m := range msgs {
		if i > 0 {
			s += " | "
		}
		s += m
	}
	return s
}

var errorSchema = map[string]any{
	"type":     "object",
	"required": []string{"code", "message"},
	"properties": map[string]any{
		"code":               map[string]any{"type": "integer", "description": "HTTP status"},
		"message":            map[string]any{"type": "string", "example": "OBP-30001: Bank not found. Please specify a valid value for BANK_ID."},
		"short_message":      map[string]any{"type": "string"},
		"long_message":       map[string]any{"type": "string"},
		"timestamp":          map[string]any{"type": "integer", "format": "int64", "description": "epoch milliseconds"},
		"troubleshooting_id": map[string]any{"type": "string", "description": "the request's correlation id"},
		"endpoint_url":       map[string]any{"type": "string"},
		"field":              map[string]any{"type": "string", "description": "JSON pointer of the input at fault"},
	},
}
