package messagedocs

import (
	"encoding/json"
	"strconv"
	"time"
)

type messageDocsJSON struct {
	MessageDocs []messageDocJSON `json:"message_docs"`
}

// messageDocJSON is OBP's MessageDocJson; the example messages are the messages
// themselves, as OBP answers them. The schemas and retried are ours.
type messageDocJSON struct {
	Process                string                    `json:"process"`
	MessageFormat          string                    `json:"message_format"`
	InboundTopic           string                    `json:"inbound_topic"`
	OutboundTopic          string                    `json:"outbound_topic"`
	Description            string                    `json:"description"`
	ExampleOutboundMessage json.RawMessage           `json:"example_outbound_message"`
	ExampleInboundMessage  json.RawMessage           `json:"example_inbound_message"`
	RequiredFieldInfo      map[string][]string       `json:"requiredFieldInfo"`
	DependentEndpoints     []endpointJSON            `json:"dependent_endpoints"`
	AdapterImplementation  adapterImplementationJSON `json:"adapter_implementation"`
	OutboundJSONSchema     json.RawMessage           `json:"outbound_json_schema"`
	InboundJSONSchema      json.RawMessage           `json:"inbound_json_schema"`
	Retried                bool                      `json:"retried"`
}

type endpointJSON struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type adapterImplementationJSON struct {
	Group          string `json:"group"`
	SuggestedOrder int    `json:"suggested_order"`
}

func toMessageDocsJSON(docs []Doc) messageDocsJSON {
	out := messageDocsJSON{MessageDocs: make([]messageDocJSON, 0, len(docs))}
	for i, d := range docs {
		out.MessageDocs = append(out.MessageDocs, messageDocJSON{Process: "obp." + d.Method, MessageFormat: d.MessageFormat,
			Description: d.Description, ExampleOutboundMessage: d.ExampleOut, ExampleInboundMessage: d.ExampleIn,
			RequiredFieldInfo: map[string][]string{}, DependentEndpoints: []endpointJSON{},
			AdapterImplementation: adapterImplementationJSON{Group: "CORE", SuggestedOrder: i + 1},
			OutboundJSONSchema:    d.OutboundSchema, InboundJSONSchema: d.InboundSchema, Retried: d.Read})
	}
	return out
}

type jsonSchemasJSON struct {
	Connector string                       `json:"connector"`
	Methods   map[string]methodSchemasJSON `json:"methods"`
}

type methodSchemasJSON struct {
	Outbound json.RawMessage `json:"outbound"`
	Inbound  json.RawMessage `json:"inbound"`
}

func toJSONSchemas(connector string, docs []Doc) jsonSchemasJSON {
	out := jsonSchemasJSON{Connector: connector, Methods: make(map[string]methodSchemasJSON, len(docs))}
	for _, d := range docs {
		out.Methods[d.Method] = methodSchemasJSON{Outbound: d.OutboundSchema, Inbound: d.InboundSchema}
	}
	return out
}

// adapterInfoJSON is OBP's AdapterInfoJsonV500 as OBP's v6.0.0 export types it: the date a
// date-time, the durations numbers of seconds (its v5.1.0 swagger wrote them as strings).
type adapterInfoJSON struct {
	Name            string               `json:"name"`
	Version         string               `json:"version"`
	GitCommit       string               `json:"git_commit"`
	Date            string               `json:"date"`
	TotalDuration   float64              `json:"total_duration"`
	BackendMessages []backendMessageJSON `json:"backend_messages"`
}

type backendMessageJSON struct {
	Source    string  `json:"source"`
	Status    string  `json:"status"`
	ErrorCode string  `json:"errorCode"`
	Text      string  `json:"text"`
	Duration  float64 `json:"duration"`
}

func toAdapterInfoJSON(a AdapterInfo) adapterInfoJSON {
	out := adapterInfoJSON{Name: a.Name, Version: a.Version, GitCommit: a.GitCommit, Date: dateTime(a.Date),
		TotalDuration: a.Duration.Seconds(), BackendMessages: []backendMessageJSON{}}
	for _, m := range a.Messages {
		d, _ := strconv.ParseFloat(m.Duration, 64)
		out.BackendMessages = append(out.BackendMessages, backendMessageJSON{Source: m.Source, Status: m.Status,
			ErrorCode: m.ErrorCode, Text: m.Text, Duration: d})
	}
	return out
}

// dateTime is an adapter's date as a date-time: a bare date (OBP's own example) is its
// midnight in UTC; what parses as neither is left out rather than passed on unchecked.
func dateTime(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC().Format(time.RFC3339)
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format(time.RFC3339)
	}
	return ""
}

var exampleDocs = messageDocsJSON{MessageDocs: []messageDocJSON{{Process: "obp.getBank", MessageFormat: "rest_vMar2019",
	Description:            "The bank with this id; errorCode OBP-30001 when there is none.",
	ExampleOutboundMessage: json.RawMessage(`{"outboundAdapterCallContext":{"correlationId":"1flssoftxq0cr1nssr68u0mioj"},"bankId":{"value":"gh.29.uk"}}`),
	ExampleInboundMessage:  json.RawMessage(`{"inboundAdapterCallContext":{"correlationId":"1flssoftxq0cr1nssr68u0mioj"},"status":{"errorCode":"","backendMessages":[]},"data":{"bankId":{"value":"gh.29.uk"}}}`),
	RequiredFieldInfo:      map[string][]string{}, DependentEndpoints: []endpointJSON{},
	AdapterImplementation: adapterImplementationJSON{Group: "CORE", SuggestedOrder: 1},
	OutboundJSONSchema:    json.RawMessage(`{"type":"object"}`), InboundJSONSchema: json.RawMessage(`{"type":"object"}`), Retried: true}}}

var exampleAdapterInfo = adapterInfoJSON{Name: "obp-adapter-example", Version: "1.0.0",
	GitCommit: "59623811dd8a41f6ffe67be46954eee11913dc28", Date: "2020-01-27T00:00:00Z", TotalDuration: 0.004,
	BackendMessages: []backendMessageJSON{}}
