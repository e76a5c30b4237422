package handlers

import (
	"reflect"
	"strings"
	"testing"

	"github.com/obp-go/obp/domain/view"
)

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
