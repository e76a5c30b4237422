package handlers

import (
	"encoding/json"
	"strings"

	"github.com/obp-go/obp/domain/view"
)

// FieldRule ties a JSON field to the view permissions that must all be granted to show
// it. The path is dotted and reaches into every element of an array on its way.
type FieldRule struct {
	Path  string
	Needs []view.Permission
}

// ShownWith is the rule that shows path only through a view granting every one of needs.
func ShownWith(path string, needs ...view.Permission) FieldRule {
	return FieldRule{Path: path, Needs: needs}
}

// Shape is the moderation of one rendered JSON type: the fields a view must grant, and
// the identifiers every view with access sees. Between them they name every field the
// type renders, so that a field added without a rule shows up in the registry walk.
type Shape struct {
	Name   string
	Rules  []FieldRule
	Always []string
}

// Moderate renders v as JSON without the fields the view does not grant: the one
// moderation step for every response that carries account data.
func Moderate(v any, sh Shape, through view.View) (map[string]any, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	for _, r := range sh.Rules {
		if !grantsAll(through, r.Needs) {
			deletePath(m, strings.Split(r.Path, "."))
		}
	}
	return m, nil
}

// Shown is v as the view may see it: v itself, encoded once, when the view grants every
// rule of the shape (the owner view, the common case); otherwise Moderate's map.
func Shown(v any, sh Shape, through view.View) (any, error) {
	for _, r := range sh.Rules {
		if !grantsAll(through, r.Needs) {
			return Moderate(v, sh, through)
		}
	}
	return v, nil
}

func grantsAll(v view.View, permissions []view.Permission) bool {
	for _, p := range permissions {
		if !v.Can(p) {
			return false
		}
	}
	return true
}

func deletePath(node any, path []string) {
	switch n := node.(type) {
	case map[string]any:
		if len(path) == 1 {
			delete(n, path[0])
			return
		}
		deletePath(n[path[0]], path[1:])
	case []any:
		for _, e := range n {
			deletePath(e, path)
		}
	}
}
