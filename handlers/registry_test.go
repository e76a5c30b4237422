package handlers_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/obp-go/obp/internal/testenv"
)

// Every route the app serves has a resource doc and every resource doc has a route.
func TestRouteResourceDocParity(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	docs := map[string]bool{}
	for _, d := range s.HTTP.Docs {
		path := d.Path
		for strings.Contains(path, "{") { // {BANK_ID} -> :BANK_ID, as fiber names it
			i, j := strings.Index(path, "{"), strings.Index(path, "}")
			path = path[:i] + ":" + path[i+1:j] + path[j+1:]
		}
		docs[d.Verb+" "+path] = true
	}
	routes := map[string]bool{}
	for _, r := range s.HTTP.App.GetRoutes(true) {
		if r.Method == "HEAD" { // fiber adds HEAD for every GET
			continue
		}
		routes[r.Method+" "+r.Path] = true
	}
	for r := range routes {
		if !docs[r] {
			t.Errorf("route %s has no resource doc", r)
		}
	}
	for d := range docs {
		if !routes[d] {
			t.Errorf("resource doc %s has no route", d)
		}
	}
	if len(docs) < 10 {
		t.Errorf("only %d resource docs", len(docs))
	}
}

func TestResourceDocsOBP(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	for _, version := range []string{"v5.1.0", "OBPv5.1.0"} {
		r := s.Get(t, "/obp/v5.1.0/resource-docs/"+version+"/obp")
		if r.Status != 200 {
			t.Fatalf("status %d: %s", r.Status, r.Body)
		}
		docs, _ := r.JSON(t)["resource_docs"].([]any)
		if len(docs) != len(s.HTTP.Docs) {
			t.Fatalf("%d resource docs served, %d declared", len(docs), len(s.HTTP.Docs))
		}
		var getBank map[string]any
		for _, d := range docs {
			m := d.(map[string]any)
			for _, f := range []string{"operation_id", "implemented_by", "request_verb", "request_url", "summary",
				"description", "description_markdown", "example_request_body", "success_response_body",
				"error_response_bodies", "tags", "typed_success_response_body", "roles", "is_featured",
				"special_instructions", "specified_url", "connector_methods", "created_by_bank_id"} {
				if _, ok := m[f]; !ok {
					t.Errorf("%v lacks %q", m["operation_id"], f)
				}
			}
			if m["operation_id"] == "OBPv5.0.0-getBank" {
				getBank = m
			}
		}
		if getBank == nil {
			t.Fatal("no OBPv5.0.0-getBank")
		}
		if getBank["request_url"] != "/banks/BANK_ID" || getBank["request_verb"] != "GET" {
			t.Errorf("getBank url/verb = %v %v", getBank["request_verb"], getBank["request_url"])
		}
		impl := getBank["implemented_by"].(map[string]any)
		if impl["version"] != "v5.0.0" || impl["function"] != "getBank" {
			t.Errorf("implemented_by = %v", impl)
		}
		if !strings.Contains(string(mustJSON(t, getBank["error_response_bodies"])), "OBP-30001") {
			t.Errorf("getBank errors lack OBP-30001: %v", getBank["error_response_bodies"])
		}
	}
	wantOBPError(t, s.Get(t, "/obp/v5.1.0/resource-docs/v9.9.9/obp"), 404, "OBP-00008")
}

func TestOpenAPIDocumentLoadsAndValidates(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	r := s.Get(t, "/obp/v5.1.0/resource-docs/v5.1.0/openapi")
	if r.Status != 200 {
		t.Fatalf("status %d: %s", r.Status, r.Body)
	}
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(r.Body)
	if err != nil {
		t.Fatalf("kin-openapi cannot load the document: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("OpenAPI document does not validate: %v", err)
	}
	n := 0
	for _, d := range s.HTTP.Docs {
		item := doc.Paths.Find(d.Path)
		if item == nil || item.GetOperation(d.Verb) == nil {
			t.Errorf("OpenAPI lacks %s %s", d.Verb, d.Path)
			continue
		}
		if op := item.GetOperation(d.Verb); op.OperationID != d.OperationID {
			t.Errorf("%s %s: operationId %q, want %q", d.Verb, d.Path, op.OperationID, d.OperationID)
		}
		n++
	}
	if n != len(s.HTTP.Docs) {
		t.Errorf("%d of %d operations in the OpenAPI document", n, len(s.HTTP.Docs))
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
