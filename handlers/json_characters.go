package handlers

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/obp-go/obp/domain/obperr"
)

// checkJSONText refuses a body that is not UTF-8, or whose strings (keys included) hold a
// NUL, before it is decoded: Go's decoder would quietly turn bad bytes into U+FFFD, and
// PostgreSQL stores neither. The error names the string at fault by JSON pointer.
func checkJSONText(body []byte) error {
	if utf8.Valid(body) && bytes.IndexByte(body, 0) < 0 && !bytes.Contains(body, []byte(`\u0000`)) {
		return nil
	}
	pointer, found := badStringPointer(body)
	if !found && utf8.Valid(body) && bytes.IndexByte(body, 0) < 0 {
		return nil // `\u0000` was text after an escaped backslash, not a NUL
	}
	return obperr.InvalidCharacters.Field(pointer, "in %s: a NUL or bytes that are not UTF-8.", displayPointer(pointer))
}

// frame is one open object or array on the way down to the current token.
type frame struct {
	object    bool
	key       string // object: the current member's key
	index     int    // array: the current element
	expectKey bool   // object: the next token is a key
}

// badStringPointer walks the tokens and returns the pointer of the first string (or key)
// whose raw bytes are not UTF-8 or whose value holds a NUL. found is false when there is
// none, or when the text stops being JSON before one is reached: the pointer is then the
// root.
func badStringPointer(body []byte) (pointer string, found bool) {
	dec := json.NewDecoder(bytes.NewReader(body))
	var stack []frame
	for {
		start := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return "", false
		}
		raw := body[start:dec.InputOffset()]
		isKey := len(stack) > 0 && stack[len(stack)-1].object && stack[len(stack)-1].expectKey
		if !isKey && len(stack) > 0 && !stack[len(stack)-1].object {
			if d, ok := tok.(json.Delim); !ok || d != ']' {
				stack[len(stack)-1].index++
			}
		}
		if s, ok := tok.(string); ok && (!utf8.Valid(raw) || strings.ContainsRune(s, 0)) {
			if isKey {
				return pathOf(stack[:len(stack)-1]) + "/" + escapePointer(s), true
			}
			return pathOf(stack), true
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{object: true, expectKey: true})
		case json.Delim('['):
			stack = append(stack, frame{index: -1})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			valueDone(stack)
		default:
			if isKey {
				stack[len(stack)-1].key = tok.(string)
				stack[len(stack)-1].expectKey = false
			} else {
				valueDone(stack)
			}
		}
	}
}

// valueDone notes that the current member of the innermost object has its value.
func valueDone(stack []frame) {
	if len(stack) > 0 && stack[len(stack)-1].object {
		stack[len(stack)-1].expectKey = true
	}
}

// pathOf is the JSON pointer of the value the innermost frame is at.
func pathOf(stack []frame) string {
	var b strings.Builder
	for _, f := range stack {
		b.WriteByte('/')
		if f.object {
			b.WriteString(escapePointer(f.key))
		} else {
			b.WriteString(strconv.Itoa(f.index))
		}
	}
	return b.String()
}
