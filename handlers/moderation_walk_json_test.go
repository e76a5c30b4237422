package handlers_test

import (
	"maps"
	"slices"
	"strings"

	"github.com/obp-go/obp/handlers"
)

// splitEntries returns the entries of a list answer ({"transactions": [...]}) or the answer itself.
func splitEntries(m map[string]any) (string, []map[string]any) {
	if len(m) == 1 {
		for k, v := range m {
			if list, ok := v.([]any); ok && len(list) > 0 {
				if _, ok := list[0].(map[string]any); ok {
					out := make([]map[string]any, len(list))
					for i, e := range list {
						out[i], _ = e.(map[string]any)
					}
					return k, out
				}
			}
		}
	}
	return "", []map[string]any{m}
}

func entriesOf(m map[string]any, list string) []map[string]any {
	if list == "" {
		return []map[string]any{m}
	}
	raw, _ := m[list].([]any)
	out := make([]map[string]any, len(raw))
	for i, e := range raw {
		out[i], _ = e.(map[string]any)
	}
	return out
}

// shapeOf finds the shape whose fields are exactly the entry's top-level fields.
func shapeOf(table []handlers.Shape, e map[string]any) (handlers.Shape, bool) {
	want := strings.Join(slices.Sorted(maps.Keys(e)), ",")
	for _, sh := range table {
		var top []string
		for _, p := range sh.Always {
			top = append(top, strings.SplitN(p, ".", 2)[0])
		}
		for _, r := range sh.Rules {
			top = append(top, strings.SplitN(r.Path, ".", 2)[0])
		}
		if strings.Join(slices.Compact(slices.Sorted(slices.Values(top))), ",") == want {
			return sh, true
		}
	}
	return handlers.Shape{}, false
}

// hasPath reports whether the dotted path exists in v, in any element of an array on the way.
func hasPath(v any, path string) bool {
	head, rest, more := strings.Cut(path, ".")
	switch n := v.(type) {
	case map[string]any:
		child, ok := n[head]
		return ok && (!more || hasPath(child, rest))
	case []any:
		for _, e := range n {
			if hasPath(e, path) {
				return true
			}
		}
	}
	return false
}

// leafPaths lists the dotted paths of v's scalar fields, empty objects and arrays of scalars.
func leafPaths(v any, prefix string) []string {
	switch n := v.(type) {
	case map[string]any:
		if len(n) == 0 && prefix != "" {
			return []string{prefix}
		}
		var out []string
		for k, c := range n {
			out = append(out, leafPaths(c, joinPath(prefix, k))...)
		}
		return out
	case []any:
		var out []string
		for _, e := range n {
			if _, ok := e.(map[string]any); ok {
				out = append(out, leafPaths(e, prefix)...)
			}
		}
		if len(out) == 0 {
			return []string{prefix}
		}
		return out
	}
	return []string{prefix}
}

func joinPath(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

func underAny(path string, roots []string) bool {
	for _, r := range roots {
		if path == r || strings.HasPrefix(path, r+".") {
			return true
		}
	}
	return false
}
