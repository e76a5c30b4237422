package handlers_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/swagger"
)

// A bound request struct and its schema drifted apart silently: a field the handler reads
// that the schema does not declare is never validated. Pinned: every JSON tag of the body
// type a doc binds (its example's type) is a property of the doc's schema, at every depth.
func TestEveryBoundFieldIsDeclaredByItsSchema(t *testing.T) {
	s := registry(t)
	for _, d := range s.Docs {
		if d.RequestSchema == "" || d.ExampleRequest == nil {
			continue
		}
		raw, err := swagger.Schema(d.RequestSchema)
		if err != nil {
			t.Fatalf("%s: %v", d.OperationID, err)
		}
		var schema map[string]any
		if err := json.Unmarshal(raw, &schema); err != nil {
			t.Fatalf("%s: %v", d.OperationID, err)
		}
		for _, missing := range undeclared(reflect.TypeOf(d.ExampleRequest), schema, "") {
			t.Errorf("%s binds %s, which schema %s does not declare", d.OperationID, missing, d.RequestSchema)
		}
	}
}

// undeclared lists the JSON fields of t (a struct) that schema's properties lack.
func undeclared(t reflect.Type, schema map[string]any, at string) []string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
		if items, ok := schema["items"].(map[string]any); ok {
			schema = items
		}
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	props, _ := schema["properties"].(map[string]any)
	var out []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous {
			out = append(out, undeclared(f.Type, schema, at)...)
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		sub, ok := props[name].(map[string]any)
		if !ok {
			out = append(out, at+"/"+name)
			continue
		}
		out = append(out, undeclared(f.Type, sub, at+"/"+name)...)
	}
	return out
}

// A doc's error list is what clients and SDKs read to know what may go wrong; it drifted
// from what the guards answer. Pinned: every doc lists the errors its own guards return.
func TestEveryDocListsTheErrorsOfItsGuards(t *testing.T) {
	s := registry(t)
	for _, d := range s.Docs {
		for _, want := range guardErrors(d) {
			if !slices.Contains(d.Errors, want) {
				t.Errorf("%s does not list %s, which its guards answer", d.OperationID, want.ID)
			}
		}
	}
}

func guardErrors(d handlers.ResourceDoc) []*obperr.Code {
	var out []*obperr.Code
	if d.Auth == handlers.LoggedIn || len(d.Roles) > 0 || d.View != nil {
		out = append(out, obperr.UserNotLoggedIn)
	}
	if len(d.Roles) > 0 {
		out = append(out, obperr.UserHasMissingRoles)
	}
	if d.View != nil {
		out = append(out, obperr.UserNoPermissionAccessView)
		if d.View.Permission != "" && !d.View.AnyView {
			out = append(out, obperr.NoViewPermission)
		}
	}
	return out
}
