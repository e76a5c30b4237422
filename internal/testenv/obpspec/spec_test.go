package obpspec

import (
	"os"
	"path/filepath"
	"testing"
)

// A small pair of exports in OBP's styles: the v5.1.0 Swagger 2.0 names operations by
// function, lists errors under 400 and refers to a definition it leaves out; the v6.0.0
// OpenAPI 3.1 names them by full operation id and lists creations under 200.
const testSwagger = `swagger: "2.0"
info: {title: t, version: v5.1.0}
paths:
  /obp/v5.1.0/things/{THING_ID}:
    get:
      operationId: "getThing"
      responses:
        "200": {description: Success, schema: {$ref: "#/definitions/ThingJson"}}
        "400": {description: Error, schema: {$ref: "#/definitions/ErrorThingNotFound"}}
  /obp/v5.1.0/others:
    post:
      operationId: "createOther"
      parameters: [{in: body, name: body, required: true, schema: {$ref: "#/definitions/JObject"}}]
      responses:
        "201": {description: Success, schema: {$ref: "#/definitions/ThingJson"}}
  /obp/v5.1.0/management/consumers:
    post:
      operationId: "createConsumer"
      responses: {"201": {description: Success, schema: {properties: {management: {type: boolean}}}}}
  /obp/v5.1.0/dynamic-registration/consumers:
    post:
      operationId: "createConsumer"
      responses: {"201": {description: Success, schema: {properties: {dynamic: {type: boolean}}}}}
definitions:
  ThingJson:
    required: [name, face_image]
    properties:
      name: {type: string, example: "a"}
      born: {type: string, format: date, example: "1100-01-01T00:00:00Z"}
      face_image: {$ref: "#/definitions/FaceImage"}
  FaceImage:
    required: [date]
    properties:
      date: {type: string, format: date}
  ErrorThingNotFound:
    properties:
      message: {type: string}
`

const testOpenAPI31 = `{"openapi": "3.1.0", "info": {"title": "t", "version": "6.0.0"}, "paths": {
  "/obp/v4.0.0/things/{thingid}": {"get": {"operationId": "OBPv4.0.0-getThing", "responses": {
    "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}}}}}},
    "404": {"description": "Not Found"}}}},
  "/obp/v6.0.0/others": {"post": {"operationId": "OBPv6.0.0-createOther", "responses": {
    "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"other_id": {"type": "string"}}}}}}}}}
}}`

func testSpec(t *testing.T) *Spec {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{SwaggerV510: testSwagger, OpenAPIV600: testOpenAPI31} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Load(dir)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return s
}

func TestLookupFindsTheSchemaByOperationIDAndStatus(t *testing.T) {
	s := testSpec(t)
	for _, c := range []struct {
		op, path string
		status   int
		want     string // the source, "" for none
	}{
		{"OBPv4.0.0-getThing", "/obp/v5.1.0/things/1", 200, "v6.0.0 OBPv4.0.0-getThing 200"},
		{"OBPv4.0.0-getThing", "/obp/v5.1.0/things/1", 404, "v5.1.0 getThing 400"}, // the v6.0.0 export lists no error body
		{"OBPv3.0.0-getThing", "/obp/v3.0.0/things/1", 200, "v5.1.0 getThing 200"},
		{"OBPv5.0.0-createOther", "/obp/v5.0.0/others", 201, "v5.1.0 createOther 201"},
		{"OBPv6.0.0-createOther", "/obp/v6.0.0/others", 201, "v6.0.0 OBPv6.0.0-createOther 200"},
		{"OBPv6.0.0-getThing", "/obp/v6.0.0/things/1", 200, ""}, // a v6.0.0 rendering is not held to v5.1.0's shape
		{"OBPv5.1.0-createConsumer", "/obp/v5.1.0/management/consumers", 201, "v5.1.0 createConsumer 201"},
		{"OBPv5.1.0-unknown", "/obp/v5.1.0/unknown", 200, ""},
	} {
		sc, ok := s.Lookup(c.op, c.path, c.status)
		switch {
		case c.want == "" && ok:
			t.Errorf("%s %d: found %s, want none", c.op, c.status, sc.Source)
		case c.want != "" && (!ok || sc.Source != c.want):
			t.Errorf("%s %d: found %v, want %s", c.op, c.status, sc, c.want)
		}
	}
}

func TestLookupPicksTheDuplicateWhosePathMatches(t *testing.T) {
	s := testSpec(t)
	for path, field := range map[string]string{"/obp/v5.1.0/management/consumers": "management", "/obp/v5.1.0/dynamic-registration/consumers": "dynamic"} {
		sc, _ := s.Lookup("OBPv5.1.0-createConsumer", path, 201)
		if v := sc.Validate([]byte(`{"` + field + `": "not a boolean"}`)); len(v) != 1 {
			t.Errorf("%s: violations %v, want the schema declared at that path", path, v)
		}
	}
}

func TestValidateRefusesNullWhereOBPWantsAString(t *testing.T) {
	sc, _ := testSpec(t).Lookup("OBPv3.0.0-getThing", "/obp/v3.0.0/things/1", 200)
	v := sc.Validate([]byte(`{"name": "a", "face_image": {"date": null}}`))
	if len(v) != 1 || v[0].Pointer != "/face_image/date" || v[0].Expected != "string (Value is not nullable)" || v[0].Got != "null" {
		t.Fatalf("violations %+v, want one at /face_image/date wanting a string", v)
	}
}

func TestValidateIsLenientOnRequiredAndFormats(t *testing.T) {
	sc, _ := testSpec(t).Lookup("OBPv3.0.0-getThing", "/obp/v3.0.0/things/1", 200)
	if v := sc.Validate([]byte(`{"born": "1980-02-03T00:00:00Z", "extra": 1}`)); len(v) != 0 {
		t.Fatalf("violations %+v, want none: missing fields, a date-time in a \"date\" and extra fields pass", v)
	}
}

func TestValidateIsStrictOnTypes(t *testing.T) {
	sc, _ := testSpec(t).Lookup("OBPv4.0.0-getThing", "/obp/v4.0.0/things/1", 200)
	for body, pointer := range map[string]string{`{"id": "7"}`: "/id", `{"id": 1.5}`: "/id", `[]`: ""} {
		if v := sc.Validate([]byte(body)); len(v) != 1 || v[0].Pointer != pointer {
			t.Errorf("%s: violations %+v, want one at %q", body, v, pointer)
		}
	}
}
