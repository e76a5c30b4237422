package obpspec

import (
	"sort"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// Schema is the schema OBP gives for one answer of an operation.
type Schema struct {
	Source string // the export, its operation id and the status it lists: v6.0.0 OBPv4.0.0-getBanks 200
	schema *openapi3.Schema
}

// Lookup finds OBP's schema for our operation operationID (OBPv4.0.0-getBanks) answering
// path (the request's path) with status; false when OBP gives none. The v6.0.0 export is
// asked first, by the exact operation id; then, for operations of v5.1.0 and older only (a
// v6.0.0 rendering has shapes of its own), the v5.1.0 export by the function name. The
// first that lists a schema for the status's kind answers.
func (s *Spec) Lookup(operationID, path string, status int) (*Schema, bool) {
	for _, op := range s.candidates(operationID, path) {
		if sc, ok := op.schemaFor(status); ok {
			return sc, true
		}
	}
	return nil, false
}

// Known reports whether either export has the operation at all.
func (s *Spec) Known(operationID string) bool {
	return len(s.candidates(operationID, "")) > 0
}

// candidates are the operations of both exports that may describe ours, best first.
func (s *Spec) candidates(operationID, path string) []operation {
	out := s.v600[operationID]
	version, _, _ := strings.Cut(strings.TrimPrefix(operationID, "OBP"), "-")
	if !newerThan(version, "v5.1.0") {
		out = append(out, byPath(s.v510[function(operationID)], belowVersion(path))...)
	}
	return out
}

// byPath orders operations sharing an id (the v5.1.0 export declares createConsumer at two
// paths): the ones whose template matches path first, each group by template.
func byPath(ops []operation, path string) []operation {
	ops = append([]operation(nil), ops...)
	sort.SliceStable(ops, func(i, j int) bool {
		mi, mj := templateMatches(ops[i].path, path), templateMatches(ops[j].path, path)
		if mi != mj {
			return mi
		}
		return ops[i].path < ops[j].path
	})
	return ops
}

// templateMatches reports whether path fits a template, each {PLACEHOLDER} one segment.
func templateMatches(template, path string) bool {
	ts, ps := strings.Split(template, "/"), strings.Split(path, "/")
	if len(ts) != len(ps) {
		return false
	}
	for i, t := range ts {
		if t != ps[i] && !(strings.HasPrefix(t, "{") && strings.HasSuffix(t, "}") && ps[i] != "") {
			return false
		}
	}
	return true
}

// schemaFor is the operation's schema for an answer with status: the status's own, else,
// for a success, any 2xx the export lists (OBP's v6.0.0 export lists creations under 200)
// and, for an error, the default or any error it lists (the v5.1.0 export lists one error
// schema, under 400, for every error).
func (op operation) schemaFor(status int) (*Schema, bool) {
	if op.responses == nil {
		return nil, false
	}
	codes := []string{strconv.Itoa(status)}
	if status < 400 {
		codes = append(codes, "2XX")
	} else {
		codes = append(codes, "default")
	}
	listed := op.responses.Map()
	var others []string
	for code := range listed {
		if success(code) == (status < 400) {
			others = append(others, code)
		}
	}
	sort.Strings(others)
	for _, code := range append(codes, others...) {
		if sc := jsonSchema(listed[code]); sc != nil {
			return &Schema{Source: op.source + " " + code, schema: sc}, true
		}
	}
	return nil, false
}

// success reports whether a listed response code is a success (2xx).
func success(code string) bool { return strings.HasPrefix(code, "2") }

// jsonSchema is a listed response's JSON schema, nil when it has none.
func jsonSchema(r *openapi3.ResponseRef) *openapi3.Schema {
	if r == nil || r.Value == nil {
		return nil
	}
	mt := r.Value.Content.Get("application/json")
	if mt == nil || mt.Schema == nil {
		return nil
	}
	return mt.Schema.Value
}

// newerThan compares OBP versions (v5.1.0) numerically.
func newerThan(a, b string) bool {
	pa, pb := strings.Split(strings.TrimPrefix(a, "v"), "."), strings.Split(strings.TrimPrefix(b, "v"), ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, _ := strconv.Atoi(pa[i])
		nb, _ := strconv.Atoi(pb[i])
		if na != nb {
			return na > nb
		}
	}
	return len(pa) > len(pb)
}
