package handlers

import (
	"encoding/json"
	"strings"
	"sync"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/swagger"
	"github.com/yuin/goldmark"
)

type implementedByJSON struct {
	Version  string `json:"version"`
	Function string `json:"function"`
}

type RoleJSON struct {
	Role           string `json:"role"`
	RequiresBankID bool   `json:"requires_bank_id"`
}

// resourceDocJSON is OBP's ResourceDocJson.
type resourceDocJSON struct {
	OperationID              string            `json:"operation_id"`
	ImplementedBy            implementedByJSON `json:"implemented_by"`
	RequestVerb              string            `json:"request_verb"`
	RequestURL               string            `json:"request_url"`
	Summary                  string            `json:"summary"`
	Description              string            `json:"description"`
	DescriptionMarkdown      string            `json:"description_markdown"`
	ExampleRequestBody       any               `json:"example_request_body"`
	SuccessResponseBody      any               `json:"success_response_body"`
	ErrorResponseBodies      []string          `json:"error_response_bodies"`
	Tags                     []string          `json:"tags"`
	TypedRequestBody         any               `json:"typed_request_body"`
	TypedSuccessResponseBody any               `json:"typed_success_response_body"`
	Roles                    []RoleJSON        `json:"roles"`
	IsFeatured               bool              `json:"is_featured"`
	SpecialInstructions      string            `json:"special_instructions"`
	SpecifiedURL             string            `json:"specified_url"`
	ConnectorMethods         []string          `json:"connector_methods"`
	CreatedByBankID          *string           `json:"created_by_bank_id"`
}

type resourceDocsJSON struct {
	ResourceDocs []resourceDocJSON `json:"resource_docs"`
}

// renderedDocs caches each version's OBP resource docs and OpenAPI document, rendered on
// first ask: they change only when the server does.
type renderedDocs struct {
	mu sync.Mutex
	by map[string]versionDocs
}

type versionDocs struct{ obp, openapi, swagger2 []byte }

// docsFor returns a version's documents: its served docs, and the unversioned ones.
func (s *Server) docsFor(v Version) (versionDocs, error) {
	s.rendered.mu.Lock()
	defer s.rendered.mu.Unlock()
	if got, ok := s.rendered.by[v.Name]; ok {
		return got, nil
	}
	var docs []*ResourceDoc
	for i := range s.Docs {
		if !s.Docs[i].versioned() {
			docs = append(docs, &s.Docs[i])
		}
	}
	docs = append(docs, s.Served(v.Name)...)
	list := make([]resourceDocJSON, 0, len(docs))
	ops := make([]swagger.Operation, 0, len(docs))
	for _, d := range docs {
		j, err := obpDocJSON(d, v)
		if err != nil {
			return versionDocs{}, err
		}
		list = append(list, j)
		ops = append(ops, openapiOperation(d, v))
	}
	var out versionDocs
	var err error
	if out.obp, err = json.Marshal(resourceDocsJSON{ResourceDocs: list}); err != nil {
		return versionDocs{}, err
	}
	doc, err := swagger.OpenAPI(swagger.Info{
		Title:       "Open Bank Project API",
		Version:     v.Name,
		Description: "Every endpoint of this server in " + v.Name + ", generated from its resource docs.",
	}, ops)
	if err != nil {
		return versionDocs{}, err
	}
	if out.openapi, err = json.Marshal(doc); err != nil {
		return versionDocs{}, err
	}
	if out.swagger2, err = swagger.Swagger2(out.openapi); err != nil {
		return versionDocs{}, err
	}
	if s.rendered.by == nil {
		s.rendered.by = map[string]versionDocs{}
	}
	s.rendered.by[v.Name] = out
	return out, nil
}

func obpDocJSON(d *ResourceDoc, v Version) (resourceDocJSON, error) {
	version, function := d.implementedBy()
	var html strings.Builder
	if err := goldmark.Convert([]byte(d.Description), &html); err != nil {
		return resourceDocJSON{}, err
	}
	j := resourceDocJSON{
		OperationID:         d.OperationID,
		ImplementedBy:       implementedByJSON{Version: version, Function: function},
		RequestVerb:         d.Verb,
		RequestURL:          d.obpPath(),
		Summary:             d.Summary,
		Description:         html.String(),
		DescriptionMarkdown: d.Description,
		ExampleRequestBody:  d.ExampleRequest,
		SuccessResponseBody: d.ExampleResponse,
		Tags:                d.Tags,
		Roles:               []RoleJSON{},
		SpecifiedURL:        specifiedURL(d, v),
		ConnectorMethods:    d.ConnectorMethods,
	}
	for _, code := range d.errorCodes() {
		j.ErrorResponseBodies = append(j.ErrorResponseBodies, code.Message())
	}
	for _, r := range d.documentedRoles() {
		j.Roles = append(j.Roles, RoleJSON{Role: r.Name, RequiresBankID: r.RequiresBankID})
	}
	if j.ConnectorMethods == nil {
		j.ConnectorMethods = []string{}
	}
	if d.RequestSchema != "" {
		raw, err := swagger.Schema(d.RequestSchema)
		if err != nil {
			return resourceDocJSON{}, err
		}
		j.TypedRequestBody = json.RawMessage(raw)
	}
	if d.ExampleResponse != nil {
		j.TypedSuccessResponseBody = swagger.InferSchema(d.ExampleResponse)
	}
	return j, nil
}

// specifiedURL is the doc's path as version v serves it.
func specifiedURL(d *ResourceDoc, v Version) string {
	if !d.versioned() {
		return d.Path
	}
	return "/obp/" + v.Name + d.relPath()
}

// openapiOperation is the doc as an operation of version v's OpenAPI document.
func openapiOperation(d *ResourceDoc, v Version) swagger.Operation {
	op := swagger.Operation{
		ID: d.OperationID, Method: d.Verb, Path: specifiedURL(d, v), Summary: d.Summary, Description: d.Description,
		Tags: d.Tags, RequestSchema: d.RequestSchema, FormBody: d.FormBody, Example: d.ExampleResponse, SuccessStatus: d.status(),
		Secured: d.Auth != Anonymous,
	}
	for _, code := range d.errorCodes() {
		op.Errors = append(op.Errors, swagger.ErrorResponse{Status: code.Status, Message: code.Message()})
	}
	return op
}

// apiVersionNotSupported is OBP's ApiVersionNotSupported, answered 404 as OBP does.
var apiVersionNotSupported = &obperr.Code{ID: "OBP-00008", Status: 404,
	Text: "The API version you called is not enabled on this OBP instance."}

// unknownVersion names the version asked for and the ones served.
func unknownVersion(v string) error {
	return apiVersionNotSupported.With("%q is not one of the versions this server speaks: %s to %s.", v, Versions[0].Name, LatestVersion.Name)
}

func (s *Server) docsDocs() []ResourceDoc {
	return []ResourceDoc{
		{
			// OBP introduced it in v1.4.0; declared from v1.2.1 so that every version answers
			// its own documents under its own prefix.
			OperationID: "OBPv1.2.1-getResourceDocsObp",
			Verb:        "GET",
			Path:        "/obp/v1.2.1/resource-docs/{API_VERSION}/obp",
			Summary:     "Get Resource Docs",
			Description: "Every endpoint of this server as OBP resource docs: verb, URL, summary, roles, " +
				"example bodies, JSON schemas and possible errors. API_VERSION is v5.1.0 (or OBPv5.1.0).",
			Tags:            []string{"Documentation", "API"},
			ExampleResponse: resourceDocsJSON{ResourceDocs: []resourceDocJSON{}},
			Errors:          ErrorsOf(apiVersionNotSupported),
			Handle:          s.getResourceDocs,
		},
		{
			// OBP's is OBPv1.4.0-getResourceDocsSwagger; declared from v1.2.1 as its siblings.
			OperationID:     "OBPv1.2.1-getResourceDocsSwagger",
			Verb:            "GET",
			Path:            "/obp/v1.2.1/resource-docs/{API_VERSION}/swagger",
			Summary:         "Get Swagger documentation",
			Description:     "Every endpoint of API_VERSION as a Swagger 2.0 document, for the tools that read it.",
			Tags:            []string{"Documentation", "API"},
			ExampleResponse: map[string]any{"swagger": "2.0", "info": map[string]any{"title": "Open Bank Project API", "version": LatestVersion.Name}, "paths": map[string]any{}},
			Errors:          ErrorsOf(apiVersionNotSupported),
			Handle:          s.getSwagger,
		},
		{
			OperationID: "OBPv1.2.1-getResourceDocsOpenAPI",
			Verb:        "GET",
			Path:        "/obp/v1.2.1/resource-docs/{API_VERSION}/openapi",
			Summary:     "Get OpenAPI document",
			Description: "Every endpoint of this server as an OpenAPI 3.0 document, generated from the resource docs.",
			Tags:        []string{"Documentation", "API"},
			ExampleResponse: map[string]any{"openapi": "3.0.3", "info": map[string]any{"title": "Open Bank Project API",
				"version": LatestVersion.Name}, "paths": map[string]any{}},
			Errors: ErrorsOf(apiVersionNotSupported),
			Handle: s.getOpenAPI,
		},
	}
}

func (s *Server) getResourceDocs(c *Call) error {
	return s.sendDoc(c, func(d versionDocs) []byte { return d.obp })
}

func (s *Server) getSwagger(c *Call) error {
	return s.sendDoc(c, func(d versionDocs) []byte { return d.swagger2 })
}

func (s *Server) getOpenAPI(c *Call) error {
	return s.sendDoc(c, func(d versionDocs) []byte { return d.openapi })
}

// sendDoc answers with a document of the version API_VERSION names (v5.1.0 or OBPv5.1.0),
// which may be another than the version the path is called under, as in OBP.
func (s *Server) sendDoc(c *Call, which func(versionDocs) []byte) error {
	v, ok := VersionOf(c.Param("API_VERSION"))
	if !ok {
		return unknownVersion(c.Param("API_VERSION"))
	}
	docs, err := s.docsFor(v)
	if err != nil {
		return err
	}
	c.Fiber().Set("Content-Type", "application/json")
	return c.Fiber().Status(200).Send(which(docs))
}
