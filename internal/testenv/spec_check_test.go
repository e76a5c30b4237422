package testenv

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obp-go/obp/internal/testenv/obpspec"
)

// miniSpec writes two tiny exports: the v6.0.0 one describes OBPv4.0.0-getThing, the
// v5.1.0 one gives getThing's error schema.
func miniSpec(t *testing.T) *obpspec.Spec {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		obpspec.OpenAPIV600: `{"openapi": "3.1.0", "info": {"title": "t", "version": "6.0.0"}, "paths": {"/obp/v4.0.0/things/{thingid}":
			{"get": {"operationId": "OBPv4.0.0-getThing", "responses": {"200": {"description": "ok", "content": {"application/json":
			{"schema": {"type": "object", "properties": {"things": {"type": "array", "items": {"type": "object",
			"properties": {"date": {"type": "string"}}}}}}}}}}}}}}`,
		obpspec.SwaggerV510: "swagger: \"2.0\"\ninfo: {title: t, version: v5.1.0}\npaths:\n  /obp/v5.1.0/things/{THING_ID}:\n    get:\n" +
			"      operationId: getThing\n      responses:\n        \"400\": {description: Error, schema: {properties: {message: {type: string}}}}\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s, err := obpspec.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCheckExchangesReportsEachBreachOnceAndHonoursWaivers(t *testing.T) {
	get := func(op string, status int, body string) Exchange {
		return Exchange{Method: "GET", Path: "/obp/v5.1.0/things/1", OperationID: op, Status: status, Body: []byte(body)}
	}
	r := checkExchanges(miniSpec(t), []Exchange{
		get("OBPv4.0.0-getThing", 200, `{"things": [{"date": null}, {"date": null}]}`),
		get("OBPv4.0.0-getThing", 200, `{"things": [{"date": 7}]}`),
		get("OBPv4.0.0-getThing", 404, `{"message": 404}`),
		get("OBPv5.1.0-getOther", 200, `{}`),
		get("unmatched", 404, `{}`),
		get("", 200, `{}`),
	}, []Waiver{{OperationID: "OBPv4.0.0-getThing", Pointer: "/message"}})
	var got []string
	for _, v := range r.violations {
		got = append(got, fmt.Sprintf("%s %s x%d", v.Pointer, v.Expected, v.count))
	}
	want := []string{"/things/0/date string (Value is not nullable) x2", "/things/0/date string (value must be a string) x1"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("violations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if r.checked != 3 || len(r.operations) != 1 || r.waived != 1 || r.noSchema["OBPv5.1.0-getOther"] != 1 || r.unattributed != 2 {
		t.Errorf("counts: checked %d, operations %d, waived %d, without schema %v, unattributed %d",
			r.checked, len(r.operations), r.waived, r.noSchema, r.unattributed)
	}
}

func TestOperationIsReadFromTheAccessLog(t *testing.T) {
	l := &LogBuffer{}
	l.Write([]byte(`{"msg":"request","correlation_id":"c1","operation_id":"OBPv4.0.0-getBanks"}` + "\n"))
	l.Write([]byte(`{"msg":"other","correlation_id":"c2","operation_id":"OBPv4.0.0-getBank"}` + "\n"))
	if op := l.operationOf("c1"); op != "OBPv4.0.0-getBanks" {
		t.Errorf("c1: %q", op)
	}
	l.Write([]byte(`{"msg":"request","correlation_id":"c3","operation_id":"unmatched"}` + "\n" + `{"msg":"request","correlation_id":"c4"`))
	if op := l.operationOf("c3"); op != "unmatched" {
		t.Errorf("c3 (logged after the first look): %q", op)
	}
	if op := l.operationOf("c2") + l.operationOf("c4"); op != "" {
		t.Errorf("a line that is not an access log, or not whole yet, named %q", op)
	}
}
