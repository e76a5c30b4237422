package handlers_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi3"

	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

// Every route the app serves has a resource doc and every resource doc has a route, in
// every version: a doc is routed under each version that serves it, and only there.
func TestRouteResourceDocParity(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	fiberPath := func(path string) string {
		for strings.Contains(path, "{") { // {BANK_ID} -> :BANK_ID, as fiber names it
			i, j := strings.Index(path, "{"), strings.Index(path, "}")
			path = path[:i] + ":" + path[i+1:j] + path[j+1:]
		}
		return path
	}
	docs := map[string]bool{}
	for _, d := range s.HTTP.Docs {
		if !strings.HasPrefix(d.Path, "/obp/") {
			docs[d.Verb+" "+fiberPath(d.Path)] = true
		}
	}
	for _, v := range handlers.Versions {
		for _, d := range s.HTTP.Served(v.Name) {
			docs[d.Verb+" "+fiberPath("/obp/"+v.Name+relPath(d.Path))] = true
		}
	}
	routes := map[string]bool{}
	for _, r := range s.HTTP.App.GetRoutes(true) {
		if r.Method == "HEAD" || r.Path == "/obp" { // fiber adds HEAD for every GET; /obp answers what no route takes
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
	if len(docs) < 10*len(handlers.Versions) {
		t.Errorf("only %d (version, operation) routes", len(docs))
	}
}

func unversionedDocs(s *testenv.Server) int {
	n := 0
	for _, d := range s.HTTP.Docs {
		if !strings.HasPrefix(d.Path, "/obp/") {
			n++
		}
	}
	return n
}

// relPath is a versioned doc's path below /obp/<version>.
func relPath(path string) string {
	rest := strings.TrimPrefix(path, "/obp/")
	if i := strings.Index(rest, "/"); i >= 0 {
		return rest[i:]
	}
	return ""
}

func TestResourceDocsOBP(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	for _, version := range []string{"v5.1.0", "OBPv5.1.0"} {
		r := s.Get(t, "/obp/v5.1.0/resource-docs/"+version+"/obp")
		if r.Status != 200 {
			t.Fatalf("status %d: %s", r.Status, r.Body)
		}
		docs, _ := r.JSON(t)["resource_docs"].([]any)
		if want := len(s.HTTP.Served("v5.1.0")) + unversionedDocs(s); len(docs) != want {
			t.Fatalf("%d resource docs for v5.1.0, want %d", len(docs), want)
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

// Every version has its OpenAPI document; each loads, validates, and holds exactly the
// operations that version serves, under that version's prefix.
func TestOpenAPIDocumentLoadsAndValidates(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	unversioned := 0
	for _, d := range s.HTTP.Docs {
		if !strings.HasPrefix(d.Path, "/obp/") {
			unversioned++
		}
	}
	for _, v := range handlers.Versions {
		r := s.Get(t, "/obp/"+v.Name+"/resource-docs/"+v.Name+"/openapi")
		if r.Status != 200 {
			t.Fatalf("%s: status %d: %s", v.Name, r.Status, r.Body)
		}
		doc, err := openapi3.NewLoader().LoadFromData(r.Body)
		if err != nil {
			t.Fatalf("%s: kin-openapi cannot load the document: %v", v.Name, err)
		}
		if err := doc.Validate(context.Background()); err != nil {
			t.Fatalf("%s: OpenAPI document does not validate: %v", v.Name, err)
		}
		served := s.HTTP.Served(v.Name)
		for _, d := range served {
			path := "/obp/" + v.Name + relPath(d.Path)
			item := doc.Paths.Find(path)
			if item == nil || item.GetOperation(d.Verb) == nil {
				t.Errorf("%s OpenAPI lacks %s %s", v.Name, d.Verb, path)
				continue
			}
			if op := item.GetOperation(d.Verb); op.OperationID != d.OperationID {
				t.Errorf("%s %s: operationId %q, want %q", d.Verb, path, op.OperationID, d.OperationID)
			}
		}
		n := 0
		for _, item := range doc.Paths.Map() {
			n += len(item.Operations())
		}
		if n != len(served)+unversioned {
			t.Errorf("%s: %d operations in the OpenAPI document, want %d served and %d unversioned", v.Name, n, len(served), unversioned)
		}
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

// Several OBP tools read Swagger 2.0: every version's document converts and loads.
func TestSwagger2DocumentLoads(t *testing.T) {
	srv := sandbox(t, testenv.OpenSQLite(t))
	for _, v := range []string{"v4.0.0", "v5.1.0", "v6.0.0"} {
		r := srv.Get(t, "/obp/"+v+"/resource-docs/"+v+"/swagger")
		if r.Status != 200 {
			t.Fatalf("%s: %d %s", v, r.Status, r.Body)
		}
		var doc openapi2.T
		if err := json.Unmarshal(r.Body, &doc); err != nil {
			t.Fatalf("%s: not Swagger 2.0: %v", v, err)
		}
		if doc.Swagger != "2.0" || len(doc.Paths) < 20 {
			t.Errorf("%s: swagger %q with %d paths", v, doc.Swagger, len(doc.Paths))
		}
		if _, ok := doc.Paths["/obp/"+v+"/banks"]; !ok {
			t.Errorf("%s: no /obp/%s/banks", v, v)
		}
	}
}
