package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// scope is what one kind of evidence says of a role: bank or system, and where it says so.
type scope struct {
	bank     bool
	evidence string
}

// catalogue names every role of the sources and decides each one's scope.
func catalogue(src sources) ([]role, error) {
	named := map[string]bool{}
	for _, text := range [][]byte{src.swagger2, src.openapi3, src.facts} {
		for _, m := range mentions(string(text)) {
			named[m.name] = true
		}
	}
	facts, err := factsScopes(string(src.facts))
	if err != nil {
		return nil, err
	}
	spec, err := specScopes(string(src.swagger2) + "\n" + string(src.openapi3))
	if err != nil {
		return nil, err
	}
	endpoints, err := endpointPaths(src)
	if err != nil {
		return nil, err
	}
	var out []role
	for name := range named {
		f, inFacts := facts[name]
		s, inSpec := spec[name]
		if inFacts && inSpec && f.bank != s.bank {
			return nil, fmt.Errorf("%s: %s, but %s", name, f.evidence, s.evidence)
		}
		var sc scope
		switch {
		case inFacts:
			sc = f
		case inSpec:
			sc = s
		default:
			sc = byName(name, endpoints[name])
		}
		out = append(out, role{Name: name, Bank: sc.bank, Evidence: sc.evidence})
	}
	return out, nil
}

var (
	bankSuffix   = regexp.MustCompile(`(AtOneBank|AtBank|ForOneBank)$`)
	systemSuffix = regexp.MustCompile(`(AtAnyBank|AtAnyBanks|AtAllBanks|ForAnyBank)$`)
)

// byName applies OBP's naming, then the endpoints that name the role.
func byName(name string, paths []string) scope {
	if m := bankSuffix.FindString(name); m != "" {
		return scope{true, "name: " + m}
	}
	if m := systemSuffix.FindString(name); m != "" {
		return scope{false, "name: " + m}
	}
	if len(paths) == 0 {
		return scope{false, "default: no endpoint names it"}
	}
	for _, p := range paths {
		if !strings.Contains(p, "{BANK_ID}") && !strings.Contains(p, "{bankid}") {
			return scope{false, "endpoint without BANK_ID: " + p}
		}
	}
	return scope{true, "endpoints under BANK_ID: " + paths[0]}
}

// marker is a scope mark right after a role in the facts: "CanCreateAccount [B]".
var marker = regexp.MustCompile(`^\s*\[([BS])\]`)

// factsScopes reads the facts' explicit scopes: [B] or [S] after a role, and the bank
// and system lists of the role scope table.
func factsScopes(facts string) (map[string]scope, error) {
	out := map[string]scope{}
	set := func(name string, sc scope) error {
		if old, ok := out[name]; ok && old.bank != sc.bank {
			return fmt.Errorf("%s: the facts say both %q and %q", name, old.evidence, sc.evidence)
		}
		out[name] = sc
		return nil
	}
	inSystemList := false
	for _, line := range strings.Split(facts, "\n") {
		list := ""
		switch {
		case strings.HasPrefix(line, "- **[B] bank roles:**"):
			list, inSystemList = "bank", false
		case strings.HasPrefix(line, "- **[S] system roles:**"):
			inSystemList = true
			continue
		case inSystemList && strings.HasPrefix(line, "  - "):
			list = "system"
		default:
			inSystemList = false
		}
		for _, m := range mentions(line) {
			if list != "" {
				if err := set(m.name, scope{list == "bank", "facts: " + list + " roles of the scope table"}); err != nil {
					return nil, err
				}
			}
			if mk := marker.FindStringSubmatch(line[m.stop:]); mk != nil {
				if err := set(m.name, scope{mk[1] == "B", "facts: [" + mk[1] + "]"}); err != nil {
					return nil, err
				}
			}
		}
	}
	return out, nil
}

// requiresBankID pairs a role with requires_bank_id in a spec example, in either order.
var requiresBankID = []*regexp.Regexp{
	regexp.MustCompile(`"?role"?\s*:\s*"(Can\w+)"\s*,?\s*"?requires_bank_id"?\s*:\s*(true|false)`),
	regexp.MustCompile(`"?requires_bank_id"?\s*:\s*(true|false)\s*,?\s*-?\s*"?role"?\s*:\s*"(Can\w+)"`),
}

func specScopes(spec string) (map[string]scope, error) {
	out := map[string]scope{}
	for i, re := range requiresBankID {
		for _, m := range re.FindAllStringSubmatch(spec, -1) {
			name, value := m[1], m[2]
			if i == 1 {
				name, value = m[2], m[1]
			}
			sc := scope{value == "true", "spec: requires_bank_id " + value}
			if old, ok := out[name]; ok && old.bank != sc.bank {
				return nil, fmt.Errorf("%s: the spec says both requires_bank_id true and false", name)
			}
			out[name] = sc
		}
	}
	return out, nil
}

// swaggerPath starts a path's block in the Swagger 2 YAML.
var swaggerPath = regexp.MustCompile(`(?m)^  '?(/obp/[^':]*?) ?'?:\s*$`)

// endpointPaths lists, for every role, the paths whose documentation names it.
func endpointPaths(src sources) (map[string][]string, error) {
	out := map[string][]string{}
	add := func(path, text string) {
		for _, m := range mentions(text) {
			out[m.name] = append(out[m.name], path)
		}
	}
	yaml := string(src.swagger2)
	if end := strings.Index(yaml, "\ndefinitions:"); end >= 0 {
		yaml = yaml[:end]
	}
	locs := swaggerPath.FindAllStringSubmatchIndex(yaml, -1)
	for i, loc := range locs {
		stop := len(yaml)
		if i+1 < len(locs) {
			stop = locs[i+1][0]
		}
		add(yaml[loc[2]:loc[3]], yaml[loc[1]:stop])
	}
	var doc struct {
		Paths map[string]map[string]struct {
			Summary     string `json:"summary"`
			Description string `json:"description"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(src.openapi3, &doc); err != nil {
		return nil, fmt.Errorf("OpenAPI 3.1 document: %w", err)
	}
	for path, ops := range doc.Paths {
		for _, op := range ops {
			add(path, op.Summary+"\n"+op.Description)
		}
	}
	for name, paths := range out {
		sort.Strings(paths)
		out[name] = compact(paths)
	}
	return out, nil
}

func compact(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
