package handlers

import (
	"encoding/json"
	"strings"

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

// renderDocs builds the OBP resource docs and the OpenAPI document once, at start.
func (s *Server) renderDocs() (obpDocs, openapi []byte, err error) {
	list := make([]resourceDocJSON, 0, len(s.Docs))
	ops := make([]swagger.Operation, 0, len(s.Docs))
	for i := range s.Docs {
		d := &s.Docs[i]
		j, err := obpDocJSON(d)
		if err != nil {
			return nil, nil, err
		}
		list = append(list, j)
		ops = append(ops, openapiOperation(d))
	}
	if obpDocs, err = json.Marshal(resourceDocsJSON{ResourceDocs: list}); err != nil {
		return nil, nil, err
	}
	doc, err := swagger.OpenAPI(swagger.Info{
		Title:       "Open Bank Project API",
		Version:     apiVersion,
		Description: "Every endpoint of this server, generated from its resource docs.",
	}, ops)
	if err != nil {
		return nil, nil, err
	}
	openapi, err = json.Marshal(doc)
	return obpDocs, openapi, err
}

func obpDocJSON(d *ResourceDoc) (resourceDocJSON, error) {
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
		SpecifiedURL:        d.Path,
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

func openapiOperation(d *ResourceDoc) swagger.Operation {
	op := swagger.Operation{
		ID: d.OperationID, Method: d.Verb, Path: d.Path, Summary: d.Summary, Description: d.Description,
		Tags: d.Tags, RequestSchema: d.RequestSchema, Example: d.ExampleResponse, SuccessStatus: d.status(),
		Secured: d.Auth != Anonymous,
	}
	for _, code := range d.errorCodes() {
		op.Errors = append(op.Errors, swagger.ErrorResponse{Status: code.Status, Message: code.Message()})
	}
	return op
}

var apiVersionNotSupported = &obperr.Code{ID: "OBP-00008", Status: 404,
	Text: "The API version you called is not enabled on this OBP instance. This server serves " + apiVersion + "."}

// docsVersionOK accepts the ways OBP clients name the version: v5.1.0 or OBPv5.1.0.
func docsVersionOK(v string) error {
	if v == apiVersion || v == "OBP"+apiVersion {
		return nil
	}
	return apiVersionNotSupported
}

func (s *Server) docsDocs() []ResourceDoc {
	return []ResourceDoc{
		{
			OperationID: "OBPv1.4.0-getResourceDocsObp",
			Verb:        "GET",
			Path:        "/obp/v5.1.0/resource-docs/{API_VERSION}/obp",
			Summary:     "Get Resource Docs",
			Description: "Every endpoint of this server as OBP resource docs: verb, URL, summary, roles, " +
				"example bodies, JSON schemas and possible errors. API_VERSION is v5.1.0 (or OBPv5.1.0).",
			Tags:            []string{"Documentation", "API"},
			ExampleResponse: resourceDocsJSON{ResourceDocs: []resourceDocJSON{}},
			Errors:          ErrorsOf(apiVersionNotSupported),
			Handle:          s.getResourceDocs,
		},
		{
			OperationID: "OBPv5.1.0-getResourceDocsOpenAPI",
			Verb:        "GET",
			Path:        "/obp/v5.1.0/resource-docs/{API_VERSION}/openapi",
			Summary:     "Get OpenAPI document",
			Description: "Every endpoint of this server as an OpenAPI 3.0 document, generated from the resource docs.",
			Tags:        []string{"Documentation", "API"},
			ExampleResponse: map[string]any{"openapi": "3.0.3", "info": map[string]any{"title": "Open Bank Project API",
				"version": apiVersion}, "paths": map[string]any{}},
			Errors: ErrorsOf(apiVersionNotSupported),
			Handle: s.getOpenAPI,
		},
	}
}

func (s *Server) getResourceDocs(c *Call) error { return sendDoc(c, s.obpDocs) }

func (s *Server) getOpenAPI(c *Call) error { return sendDoc(c, s.openapi) }

// sendDoc answers with a document rendered once at start, for a version we serve.
func sendDoc(c *Call, doc []byte) error {
	if err := docsVersionOK(c.Param("API_VERSION")); err != nil {
		return err
	}
	c.Fiber().Set("Content-Type", "application/json")
	return c.Fiber().Status(200).Send(doc)
}
