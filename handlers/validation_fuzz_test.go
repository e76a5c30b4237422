package handlers_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/obp-go/obp/domain/obperr"
)

// FuzzValidateBody feeds bodies to the request validator of every schema in the registry.
// It must never panic and only ever refuse with a 400; what it accepts is JSON in UTF-8
// with no NUL in any string, and what it refuses as invalid characters has some. The
// seeds (every example, and hostile shapes) run in every plain `go test`.
func FuzzValidateBody(f *testing.F) {
	s := registry(f)
	var schemas []string
	for _, d := range s.Docs {
		if d.RequestSchema != "" && d.ExampleRequest != nil {
			body, _ := json.Marshal(d.ExampleRequest)
			f.Add(uint8(len(schemas)), body)
			schemas = append(schemas, d.RequestSchema)
		}
	}
	for _, body := range []string{"", "null", "[]", `{"id": "a\u0000b"}`, "{\"id\": \"\xff\"}", `{"a\u0000": 1}`, "{\"\xfe\": 1}",
		`{"x": "\\u0000"}`, `{"bank_routings": [{"scheme": "A", "address": "\u0000"}]}`, strings.Repeat("[", 10001), `{"a": 1e999}`,
		"\x00", `"\ud800"`, `{"value": {"amount": 99999999999999999999999}}`} {
		f.Add(uint8(0), []byte(body))
	}
	f.Fuzz(func(t *testing.T, i uint8, body []byte) {
		err := s.ValidateBody(schemas[int(i)%len(schemas)], body)
		if err == nil {
			dec := json.NewDecoder(bytes.NewReader(body))
			var v any
			if !utf8.Valid(body) || dec.Decode(&v) != nil || holdsNUL(v) {
				t.Fatalf("accepted %q", body)
			}
			return
		}
		e, ok := obperr.As(err)
		if !ok || e.Code.Status != 400 {
			t.Fatalf("refused %q with %v, want an OBP 400", body, err)
		}
		if errors.Is(err, obperr.InvalidCharacters) && utf8.Valid(body) && bytes.IndexByte(body, 0) < 0 && !bytes.Contains(body, []byte(`\u0000`)) {
			t.Fatalf("refused %q for invalid characters it does not hold", body)
		}
	})
}

func holdsNUL(v any) bool {
	switch x := v.(type) {
	case string:
		return strings.ContainsRune(x, 0)
	case map[string]any:
		for k, e := range x {
			if strings.ContainsRune(k, 0) || holdsNUL(e) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if holdsNUL(e) {
				return true
			}
		}
	}
	return false
}
