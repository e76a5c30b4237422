// Package messagedocs is the area of the HTTP face for adapter authors: the message docs
// of the connectors (OBP's getMessageDocs, its Swagger and JSON-schema forms) and the
// adapter in use (getAdapterInfo).
package messagedocs

import (
	"context"
	"encoding/json"
	"time"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
)

// Doc is one connector method's message doc.
type Doc struct {
	Method, Description, MessageFormat string
	Read                               bool
	ExampleOut, ExampleIn              json.RawMessage
	OutboundSchema, InboundSchema      json.RawMessage
}

// AdapterInfo is what the adapter in use says of itself.
type AdapterInfo struct {
	Name, Version, GitCommit, Date string
	Duration                       time.Duration
	Messages                       []BackendMessage
}

// BackendMessage is one of the adapter's status messages.
type BackendMessage struct{ Source, Status, ErrorCode, Text, Duration string }

// Catalogue is what the area needs: the message docs of a connector by name
// (obperr.InvalidConnector for one that has none), and the adapter in use.
type Catalogue interface {
	MessageDocs(connector string) ([]Doc, error)
	Swagger(connector string) (map[string]any, error)
	AdapterInfo(ctx context.Context) (AdapterInfo, error)
}

type area struct{ cat Catalogue }

// Docs declares the area's endpoints.
func Docs(cat Catalogue) []handlers.ResourceDoc {
	a := &area{cat: cat}
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv2.2.0-getMessageDocs",
			Verb:        "GET",
			Path:        "/obp/v2.2.0/message-docs/{CONNECTOR}",
			Summary:     "Get Message Docs",
			Description: "The messages this server sends to an adapter for CONNECTOR (`rest_vMar2019`, or `rest`, " +
				"this server's name for it), one per connector method, each with an example of the outbound message, " +
				"an example of the inbound answer and, beyond OBP, the JSON schema of each (`outbound_json_schema`, " +
				"`inbound_json_schema`) and whether the server sends it again after a transient failure (`retried`). " +
				"All of it is generated from the connector's Go types.",
			Tags:            []string{"Documentation", "API"},
			ExampleResponse: exampleDocs,
			Errors:          handlers.ErrorsOf(obperr.InvalidConnector),
			Handle:          a.getMessageDocs,
		},
		{
			OperationID: "OBPv3.1.0-getMessageDocsSwagger",
			Verb:        "GET",
			Path:        "/obp/v3.1.0/message-docs/{CONNECTOR}/swagger2.0",
			Summary:     "Get Message Docs Swagger",
			Description: "A Swagger 2.0 document of the adapter side of CONNECTOR: one POST per connector method, " +
				"taking its OutBound message and answering its InBound message, to generate an adapter's server stubs from.",
			Tags:            []string{"Documentation", "API"},
			ExampleResponse: map[string]any{"swagger": "2.0", "paths": map[string]any{}},
			Errors:          handlers.ErrorsOf(obperr.InvalidConnector),
			Handle:          a.getSwagger,
		},
		{
			OperationID: "OBPv6.0.0-getMessageDocsJsonSchema",
			Verb:        "GET",
			Path:        "/obp/v6.0.0/message-docs/{CONNECTOR}/json-schema",
			Summary:     "Get Message Docs as JSON Schema",
			Description: "The JSON schemas of every outbound and inbound message of CONNECTOR, by method name.",
			Tags:        []string{"Documentation", "API"},
			ExampleResponse: jsonSchemasJSON{Connector: "rest_vMar2019", Methods: map[string]methodSchemasJSON{
				"getBank": {Outbound: json.RawMessage(`{"type":"object"}`), Inbound: json.RawMessage(`{"type":"object"}`)}}},
			Errors: handlers.ErrorsOf(obperr.InvalidConnector),
			Handle: a.getJSONSchema,
		},
		{
			OperationID: "OBPv5.0.0-getAdapterInfo",
			Verb:        "GET",
			Path:        "/obp/v5.0.0/adapter",
			Summary:     "Get Adapter Info",
			Description: "The adapter the connector in use talks to: its name, version, git commit and date, asked " +
				"now, with the time the round trip took (`total_duration`, seconds). With the mapped connector, this " +
				"server itself. An adapter that does not answer is OBP-50003 or OBP-01000; an adapter the circuit " +
				"breaker has given up on for now is answered at once with 503.",
			Tags:            []string{"API"},
			Auth:            handlers.LoggedIn,
			ExampleResponse: exampleAdapterInfo,
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.AdapterException, obperr.RequestTimeout),
			Handle:          a.getAdapterInfo,
		},
	}
}

func (a *area) getMessageDocs(c *handlers.Call) error {
	docs, err := a.cat.MessageDocs(c.Param("CONNECTOR"))
	if err != nil {
		return err
	}
	return c.JSON(toMessageDocsJSON(docs))
}

func (a *area) getSwagger(c *handlers.Call) error {
	doc, err := a.cat.Swagger(c.Param("CONNECTOR"))
	if err != nil {
		return err
	}
	return c.JSON(doc)
}

func (a *area) getJSONSchema(c *handlers.Call) error {
	connector := c.Param("CONNECTOR")
	docs, err := a.cat.MessageDocs(connector)
	if err != nil {
		return err
	}
	return c.JSON(toJSONSchemas(connector, docs))
}

func (a *area) getAdapterInfo(c *handlers.Call) error {
	info, err := a.cat.AdapterInfo(c.Ctx)
	if err != nil {
		return err
	}
	return c.JSON(toAdapterInfoJSON(info))
}
