package methodroutings

import (
	"bytes"
	"encoding/json"

	"github.com/obp-go/obp/domain/methodrouting"
)

// routingPostJSON is OBP's MethodRoutingCommons as a request: each field in OBP's
// snake_case or its camelCase (the schema accepts one of the two).
type routingPostJSON struct {
	MethodName         string      `json:"method_name,omitempty"`
	MethodNameCamel    string      `json:"methodName,omitempty"`
	ConnectorName      string      `json:"connector_name,omitempty"`
	ConnectorNameCamel string      `json:"connectorName,omitempty"`
	Exact              *bool       `json:"is_bank_id_exact_match,omitempty"`
	ExactCamel         *bool       `json:"isBankIdExactMatch,omitempty"`
	BankIDPattern      string      `json:"bank_id_pattern,omitempty"`
	BankIDPatternCamel string      `json:"bankIdPattern,omitempty"`
	Parameters         []paramJSON `json:"parameters,omitempty"`
	MethodRoutingID    string      `json:"method_routing_id,omitempty"` // ignored: the path names the routing
	MethodRoutingIDCam string      `json:"methodRoutingId,omitempty"`
}

// paramJSON is OBP's MethodRoutingParam; a value may be text or a JSON object (a mapping).
type paramJSON struct {
	Key   string          `json:"key"`
	Value json.RawMessage `json:"value"`
}

func (in routingPostJSON) toNew() methodrouting.New {
	n := methodrouting.New{MethodName: in.MethodName + in.MethodNameCamel, ConnectorName: in.ConnectorName + in.ConnectorNameCamel,
		BankIDPattern: in.BankIDPattern + in.BankIDPatternCamel, Parameters: make([]methodrouting.Param, 0, len(in.Parameters))}
	for _, b := range []*bool{in.Exact, in.ExactCamel} {
		if b != nil {
			n.IsBankIDExactMatch = *b
		}
	}
	for _, p := range in.Parameters {
		n.Parameters = append(n.Parameters, methodrouting.Param{Key: p.Key, Value: paramValue(p.Value)})
	}
	return n
}

// paramValue keeps text as it is and an object as its compact JSON (as OBP stores it).
func paramValue(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var out bytes.Buffer
	if json.Compact(&out, raw) != nil {
		return string(raw)
	}
	return out.String()
}

// routingJSON is OBP's MethodRoutingCommons as it answers it.
type routingJSON struct {
	MethodRoutingID    string         `json:"method_routing_id"`
	MethodName         string         `json:"method_name"`
	ConnectorName      string         `json:"connector_name"`
	IsBankIDExactMatch bool           `json:"is_bank_id_exact_match"`
	BankIDPattern      string         `json:"bank_id_pattern"`
	Parameters         []paramOutJSON `json:"parameters"`
}

// paramOutJSON answers every value as text, as OBP's schema has it: an object a client
// sent comes back as its compact JSON.
type paramOutJSON struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

type routingsJSON struct {
	MethodRoutings []routingJSON `json:"method_routings"`
}

func toRoutingJSON(r methodrouting.Routing) routingJSON {
	out := routingJSON{MethodRoutingID: r.ID, MethodName: r.MethodName, ConnectorName: r.ConnectorName,
		IsBankIDExactMatch: r.IsBankIDExactMatch, BankIDPattern: r.BankIDPattern, Parameters: make([]paramOutJSON, 0, len(r.Parameters))}
	if out.BankIDPattern == "" {
		out.BankIDPattern = "*" // OBP shows no pattern so
	}
	for _, p := range r.Parameters {
		out.Parameters = append(out.Parameters, paramOutJSON(p))
	}
	return out
}

var exampleRouting = methodrouting.Routing{ID: "method-routing-id", MethodName: "getBank", ConnectorName: methodrouting.RestVMar2019,
	BankIDPattern: "some_bankId_.*", Parameters: []methodrouting.Param{{Key: "url", Value: "http://mydomain.com/xxx"}}}

var exampleExact = false

var examplePost = routingPostJSON{MethodName: "getBank", ConnectorName: methodrouting.RestVMar2019, Exact: &exampleExact,
	BankIDPattern: "some_bankId_.*", Parameters: []paramJSON{{Key: "url", Value: json.RawMessage(`"http://mydomain.com/xxx"`)}}}
