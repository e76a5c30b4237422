package handlers

import (
	"reflect"
	"testing"

	"github.com/obp-go/obp/domain/view"
)

func TestModerateReachesIntoArraysAndNeedsEveryPermission(t *testing.T) {
	sh := Shape{Rules: []FieldRule{ShownWith("list.secret", "a"), ShownWith("pair", "a", "b")}}
	in := map[string]any{"list": []map[string]any{{"secret": 1, "open": 2}, {"secret": 3}}, "pair": "x"}
	for _, tc := range []struct {
		granted []view.Permission
		want    map[string]any
	}{
		{nil, map[string]any{"list": []any{map[string]any{"open": 2.0}, map[string]any{}}}},
		{[]view.Permission{"b"}, map[string]any{"list": []any{map[string]any{"open": 2.0}, map[string]any{}}}},
		{[]view.Permission{"a"}, map[string]any{"list": []any{map[string]any{"secret": 1.0, "open": 2.0}, map[string]any{"secret": 3.0}}}},
		{[]view.Permission{"a", "b"}, map[string]any{"list": []any{map[string]any{"secret": 1.0, "open": 2.0}, map[string]any{"secret": 3.0}}, "pair": "x"}},
	} {
		v := view.View{Allowed: map[view.Permission]bool{}}
		for _, p := range tc.granted {
			v.Allowed[p] = true
		}
		got, err := Moderate(in, sh, v)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("granted %v: got %v, want %v", tc.granted, got, tc.want)
		}
	}
}

// Shown skips the JSON round trip only when the view grants every rule: the value comes
// back as it is; otherwise it is Moderate's map.
func TestShownIsTheValueItselfOnlyWhenEveryRuleIsGranted(t *testing.T) {
	sh := Shape{Rules: []FieldRule{ShownWith("secret", "a"), ShownWith("pair", "a", "b")}}
	type doc struct {
		Secret string `json:"secret"`
		Pair   string `json:"pair"`
		Open   string `json:"open"`
	}
	in := doc{Secret: "s", Pair: "p", Open: "o"}
	all := view.View{Allowed: map[view.Permission]bool{"a": true, "b": true}}
	if got, err := Shown(in, sh, all); err != nil || got != any(in) {
		t.Errorf("through a view granting everything: %#v, %v", got, err)
	}
	some := view.View{Allowed: map[view.Permission]bool{"a": true}}
	got, err := Shown(in, sh, some)
	if err != nil || !reflect.DeepEqual(got, map[string]any{"secret": "s", "open": "o"}) {
		t.Errorf("through a view missing b: %#v, %v", got, err)
	}
}
