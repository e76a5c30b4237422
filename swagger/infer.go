package swagger

import (
	"bytes"
	"encoding/json"
	"sort"
)

// InferSchema describes an example value as a JSON schema: the example response of a
// resource doc is the one place its shape is written down.
func InferSchema(example any) map[string]any {
	// Round-trip through JSON so that structs, maps and slices look alike.
	raw, err := json.Marshal(example)
	if err != nil {
		return map[string]any{}
	}
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return map[string]any{}
	}
	return inferValue(v)
}

func inferValue(v any) map[string]any {
	switch t := v.(type) {
	case map[string]any:
		props := make(map[string]any, len(t))
		required := make([]string, 0, len(t))
		for k, val := range t {
			props[k] = inferValue(val)
			required = append(required, k)
		}
		sort.Strings(required)
		s := map[string]any{"type": "object", "properties": props}
		if len(required) > 0 {
			s["required"] = required
		}
		return s
	case []any:
		if len(t) == 0 {
			return map[string]any{"type": "array", "items": map[string]any{}}
		}
		return map[string]any{"type": "array", "items": inferValue(t[0])}
	case string:
		return map[string]any{"type": "string", "example": t}
	case json.Number:
		if _, err := t.Int64(); err == nil {
			return map[string]any{"type": "integer", "example": t}
		}
		return map[string]any{"type": "number", "example": t}
	case bool:
		return map[string]any{"type": "boolean", "example": t}
	default: // null: any value
		return map[string]any{"nullable": true}
	}
}
