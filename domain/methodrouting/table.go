package methodrouting

import (
	"regexp"
	"sort"
)

// Table is a set of routings ready for resolution: patterns compiled once, routings
// grouped by method in a fixed order (oldest first). It is immutable; reload by building
// a new one.
type Table struct {
	byMethod map[string][]entry
}

type entry struct {
	Routing
	re *regexp.Regexp // nil for exact and match-any routings
}

// NewTable indexes routings. A pattern that does not compile (never stored: the service
// refuses it) matches no bank.
func NewTable(routings []Routing) *Table {
	rs := append([]Routing{}, routings...)
	sort.SliceStable(rs, func(i, j int) bool {
		if !rs[i].CreatedAt.Equal(rs[j].CreatedAt) {
			return rs[i].CreatedAt.Before(rs[j].CreatedAt)
		}
		return rs[i].ID < rs[j].ID
	})
	t := &Table{byMethod: map[string][]entry{}}
	for _, r := range rs {
		e := entry{Routing: r}
		if !r.IsBankIDExactMatch && !isMatchAny(r.BankIDPattern) {
			e.re, _ = compile(r.BankIDPattern) // nil on error: matches no bank
		}
		t.byMethod[r.MethodName] = append(t.byMethod[r.MethodName], e)
	}
	return t
}

// Resolve is the routing that serves a call of method for bankID ("" when the call
// names no bank), following OBP's star connector:
//   - with a bank id: the exact-match routing for that id; else a non-exact routing whose
//     pattern matches it, one with a pattern of its own before a match-any one;
//   - without: a match-any routing.
//
// Among equals the oldest wins. ok is false when none applies: the default connector serves.
func (t *Table) Resolve(method, bankID string) (r Routing, ok bool) {
	entries := t.byMethod[method]
	if bankID != "" {
		for _, e := range entries {
			if e.IsBankIDExactMatch && e.BankIDPattern == bankID {
				return e.Routing, true
			}
		}
		for _, e := range entries {
			if e.re != nil && e.re.MatchString(bankID) {
				return e.Routing, true
			}
		}
	}
	for _, e := range entries {
		if e.MatchesAnyBank() {
			return e.Routing, true
		}
	}
	return Routing{}, false
}

// Routings are every routing of method, oldest first: where a call that names no bank
// looks when no match-any routing applies.
func (t *Table) Routings(method string) []Routing {
	out := make([]Routing, 0, len(t.byMethod[method]))
	for _, e := range t.byMethod[method] {
		out = append(out, e.Routing)
	}
	return out
}
