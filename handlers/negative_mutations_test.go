package handlers_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// negValue is one hostile value for a path or query parameter, already encoded for a URL.
type negValue struct{ kind, value string }

// negParamValues are the path parameter probes; the decoded forms are what a handler sees.
var negParamValues = []negValue{
	{"overlong (10 KB)", strings.Repeat("a", 10<<10)},
	{"percent-encoded specials", "a%2Fb%3Fc%23d%25e%27f%22g%3Ch%3Ei%3Bj%20k%5Cl%26m%3Dn%2Bo%2C"},
	{"NUL", "x%00y"},
	{"../ traversal", "..%2F..%2F..%2Fbanks"},
	{"dot-dot segment", ".."},
	{"invalid UTF-8", "%FF%FEx"},
}

// negQueryValues are the query parameter probes.
var negQueryValues = []negValue{
	{"overlong (10 KB)", strings.Repeat("9", 10<<10)},
	{"percent-encoded specials", "a%26b%3Dc%23d%25e%27f%22g%3Ch%3E%2B"},
	{"NUL", "1%00"},
	{"../ traversal", "..%2F..%2Fetc"},
	{"invalid UTF-8", "%FF%FE"},
	{"huge number", "99999999999999999999999"},
}

// negQueryNames are the query parameters handlers read, and one none reads.
var negQueryNames = []string{"limit", "offset", "sort_direction", "obp_sort_direction", "from_date", "to_date",
	"obp_from_date", "obp_to_date", "unread"}

// negBody is one hostile request body.
type negBody struct{ kind, body string }

const (
	negBadUTF8 = "\u00a7BAD-UTF8\u00a7" // replaced by bytes that are not UTF-8 after marshalling
	negBadKey  = "\u00a7BAD-KEY\u00a7"
	negDeep    = "\u00a7DEEP\u00a7"
)

var negHugeNumbers = []string{"1e308", "-1e308", "99999999999999999999999"}

// bodyMutations derives hostile bodies from a valid example: for every field one of each
// kind (missing, wrong type, null, huge number, huge string, NUL, invalid UTF-8), then
// whole-body ones (bad keys, deep nesting, sizes around limit, not JSON at all).
func bodyMutations(t *testing.T, example []byte, limit int) []negBody {
	t.Helper()
	fresh := func() any {
		dec := json.NewDecoder(bytes.NewReader(example))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("example %s: %v", example, err)
		}
		return v
	}
	var out []negBody
	mutate := func(kind string, p []any, value any) {
		out = append(out, negBody{kind + " at " + pointerOf(p), negMarshal(t, replaceIn(fresh(), p, value))})
	}
	paths := leafAndInnerPaths(fresh(), nil)
	for i, p := range paths {
		huge := negHugeNumbers[i%len(negHugeNumbers)]
		out = append(out, negBody{"missing " + pointerOf(p), negMarshal(t, deleteAt(fresh(), p))})
		mutate("wrong type", p, wrongType(at(fresh(), p)))
		mutate("null", p, nil)
		mutate("huge number "+huge, p, json.Number(huge))
		mutate("huge string (20 KB)", p, strings.Repeat("s", 20<<10))
		mutate("NUL", p, "a\x00b")
		mutate("invalid UTF-8", p, negBadUTF8)
	}
	if root, ok := fresh().(map[string]any); ok {
		root["k\x00"] = 1
		out = append(out, negBody{"NUL in a key", negMarshal(t, root)})
		root = fresh().(map[string]any)
		root[negBadKey] = 1
		out = append(out, negBody{"invalid UTF-8 in a key", negMarshal(t, root)})
		if len(paths) > 0 {
			out = append(out, negBody{"10,000 nested arrays in a field", negMarshal(t, replaceIn(fresh(), paths[0], negDeep))})
		}
		if p, ok := firstStringPath(fresh(), nil); ok {
			base := len(negMarshal(t, replaceIn(fresh(), p, "")))
			out = append(out,
				negBody{"just under the body limit", negMarshal(t, replaceIn(fresh(), p, strings.Repeat("u", limit-base-16)))},
				negBody{"over the body limit", negMarshal(t, replaceIn(fresh(), p, strings.Repeat("o", limit)))})
		}
	}
	return append(out,
		negBody{"10,000 nested objects", strings.Repeat(`{"a":`, 10000) + "1" + strings.Repeat("}", 10000)},
		negBody{"truncated JSON", string(example[:len(example)/2])},
		negBody{"an array instead of an object", "[]"},
		negBody{"empty", ""},
	)
}

// negMarshal writes v as JSON, then puts in what Marshal would not write.
func negMarshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.ReplaceAll(string(b), strconv.Quote(negBadUTF8), "\"a\xff\xfeb\"")
	s = strings.ReplaceAll(s, strconv.Quote(negBadKey), "\"k\xff\"")
	return strings.ReplaceAll(s, strconv.Quote(negDeep), strings.Repeat("[", 10000)+strings.Repeat("]", 10000))
}

func wrongType(v any) any {
	switch v.(type) {
	case string:
		return json.Number("12345")
	case json.Number:
		return "twelve"
	case bool:
		return "yes"
	case map[string]any:
		return "an object was expected"
	case []any:
		return map[string]any{"an": "array was expected"}
	}
	return []any{"x"}
}

// leafAndInnerPaths lists the path of every value below v (object keys and array indexes).
func leafAndInnerPaths(v any, prefix []any) [][]any {
	var out [][]any
	walk := func(key any, child any) {
		p := append(append([]any{}, prefix...), key)
		out = append(out, p)
		out = append(out, leafAndInnerPaths(child, p)...)
	}
	switch x := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			walk(k, x[k])
		}
	case []any:
		for i, e := range x {
			walk(i, e)
		}
	}
	return out
}

func firstStringPath(v any, prefix []any) ([]any, bool) {
	for _, p := range leafAndInnerPaths(v, prefix) {
		if _, ok := at(v, p).(string); ok {
			return p, true
		}
	}
	return nil, false
}

func at(v any, path []any) any {
	for _, k := range path {
		switch x := v.(type) {
		case map[string]any:
			v = x[k.(string)]
		case []any:
			v = x[k.(int)]
		}
	}
	return v
}

// replaceIn sets the value at path (non-empty) and returns the root.
func replaceIn(root any, path []any, value any) any {
	switch parent := at(root, path[:len(path)-1]).(type) {
	case map[string]any:
		parent[path[len(path)-1].(string)] = value
	case []any:
		parent[path[len(path)-1].(int)] = value
	}
	return root
}

// deleteAt removes the member or element at path and returns the root.
func deleteAt(root any, path []any) any {
	key := path[len(path)-1]
	switch parent := at(root, path[:len(path)-1]).(type) {
	case map[string]any:
		delete(parent, key.(string))
	case []any:
		i := key.(int)
		shorter := append(append([]any{}, parent[:i]...), parent[i+1:]...)
		if len(path) == 1 {
			return shorter
		}
		return replaceIn(root, path[:len(path)-1], shorter)
	}
	return root
}

func pointerOf(path []any) string {
	var b strings.Builder
	for _, k := range path {
		fmt.Fprintf(&b, "/%v", k)
	}
	if b.Len() == 0 {
		return "/"
	}
	return b.String()
}
