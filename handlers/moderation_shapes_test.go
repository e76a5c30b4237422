package handlers

import (
	"reflect"
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/view"
)

// Every rule names real view permissions, once per field, and no field is both moderated
// and shown to every view.
func TestModerationTableNamesRealPermissionsOncePerField(t *testing.T) {
	for _, sh := range moderationTable {
		seen := map[string]bool{}
		for _, p := range sh.Always {
			seen[p] = true
		}
		for _, r := range sh.Rules {
			if seen[r.Path] {
				t.Errorf("%s: %s appears twice", sh.Name, r.Path)
			}
			seen[r.Path] = true
			if len(r.Needs) == 0 {
				t.Errorf("%s: %s needs no permission", sh.Name, r.Path)
			}
			for _, p := range r.Needs {
				if !view.IsPermission(p) {
					t.Errorf("%s: %s needs %q, not a view permission", sh.Name, r.Path, p)
				}
			}
		}
	}
}

func TestModerateReachesIntoArraysAndNeedsEveryPermission(t *testing.T) {
	sh := Shape{Rules: []FieldRule{ShownWith("list.secret", "a"), ShownWith("pair", "a", "b")}}
	in := map[string]any{"list": []map[string]any{{"secret": 1, "open": 2}, {"secret": 3}}, "pair": "x"}
	for _, tc := range []struct {
		granted []string
		want    map[string]any
	}{
		{nil, map[string]any{"list": []any{map[string]any{"open": 2.0}, map[string]any{}}}},
		{[]string{"b"}, map[string]any{"list": []any{map[string]any{"open": 2.0}, map[string]any{}}}},
		{[]string{"a"}, map[string]any{"list": []any{map[string]any{"secret": 1.0, "open": 2.0}, map[string]any{"secret": 3.0}}}},
		{[]string{"a", "b"}, map[string]any{"list": []any{map[string]any{"secret": 1.0, "open": 2.0}, map[string]any{"secret": 3.0}}, "pair": "x"}},
	} {
		v := view.View{Allowed: map[string]bool{}}
		for _, p := range tc.granted {
			v.Allowed[p] = true
		}
		got, err := Moderate(in, sh, v)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("granted %s: got %v, want %v", strings.Join(tc.granted, ","), got, tc.want)
		}
	}
}
