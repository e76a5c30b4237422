// Package methodrouting holds OBP's method routings: which connector serves a connector
// method, for the banks whose id a pattern matches. The star connector follows them; the
// management API keeps them. A method without a routing that applies is served by the
// default connector (mapped).
package methodrouting

import (
	"strings"
	"time"
)

// The connectors a routing may name. Star is the router itself and never a target.
const (
	Mapped       = "mapped"
	RestVMar2019 = "rest_vMar2019"
	Star         = "star"
)

// Targets are the connector names a routing may send a method to.
var Targets = []string{Mapped, RestVMar2019}

// Param is one of a routing's key-value parameters (url, outBoundMapping, ...).
type Param struct {
	Key   string
	Value string
}

// Routing sends calls of MethodName to ConnectorName: for the bank whose id equals
// BankIDPattern when IsBankIDExactMatch, else for the banks whose id the pattern (a
// regular expression over the whole id) matches. An empty pattern, "*" or ".*" matches
// any bank, and calls that name no bank.
type Routing struct {
	ID                 string
	MethodName         string
	ConnectorName      string
	IsBankIDExactMatch bool
	BankIDPattern      string
	Parameters         []Param
	CreatedAt          time.Time
}

// Param is the value of the parameter key, "" when the routing has none.
func (r Routing) Param(key string) string {
	for _, p := range r.Parameters {
		if p.Key == key {
			return p.Value
		}
	}
	return ""
}

// URL is the adapter's base URL of a REST routing (its "url" parameter).
func (r Routing) URL() string { return r.Param("url") }

// MatchesAnyBank reports whether the routing applies to every bank and to calls that
// name none: not exact, with an empty or match-any pattern.
func (r Routing) MatchesAnyBank() bool { return !r.IsBankIDExactMatch && isMatchAny(r.BankIDPattern) }

// isMatchAny: OBP stores no pattern as ".*" and shows it as "*".
func isMatchAny(pattern string) bool {
	switch strings.TrimSpace(pattern) {
	case "", "*", ".*":
		return true
	}
	return false
}
