package methodrouting

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/obp-go/obp/domain/obperr"
)

// New is a routing as a client writes it (OBP's MethodRoutingCommons without its id).
type New struct {
	MethodName         string
	ConnectorName      string
	IsBankIDExactMatch bool
	BankIDPattern      string
	Parameters         []Param
}

// apply checks n against the known connector method names and writes it into r:
// OBP-10022 for an unknown method, OBP-10021 for a connector that cannot be a target,
// OBP-70001 for a pattern that is not a regular expression, OBP-10017 for a REST
// routing without an absolute http(s) url. As OBP, a blank pattern is none, and a
// routing without a pattern is never an exact match.
func (n New) apply(known map[string]bool, r *Routing) error {
	if !known[n.MethodName] {
		return obperr.InvalidConnectorMethod.Field("/method_name", "method_name %q is not a connector method of this server.", n.MethodName)
	}
	if !slices.Contains(Targets, n.ConnectorName) {
		return obperr.InvalidConnectorName.Field("/connector_name", "connector_name %q: routings may send a method to %s.",
			n.ConnectorName, strings.Join(Targets, " or "))
	}
	pattern := strings.TrimSpace(n.BankIDPattern)
	exact := n.IsBankIDExactMatch && pattern != ""
	if !exact && !isMatchAny(pattern) {
		if _, err := compile(pattern); err != nil {
			return obperr.InvalidBankIDRegex.Field("/bank_id_pattern", "bank_id_pattern %q: %v.", pattern, err)
		}
	}
	seen := map[string]bool{}
	for i, p := range n.Parameters {
		if seen[p.Key] {
			return obperr.InvalidJSONContent.Field("/parameters/"+strconv.Itoa(i)+"/key", "parameter %q is given twice.", p.Key)
		}
		seen[p.Key] = true
	}
	if n.ConnectorName == RestVMar2019 {
		if err := checkURL(Routing{Parameters: n.Parameters}.URL()); err != nil {
			return err
		}
	}
	r.MethodName, r.ConnectorName, r.IsBankIDExactMatch, r.BankIDPattern = n.MethodName, n.ConnectorName, exact, pattern
	r.Parameters = append([]Param{}, n.Parameters...)
	return nil
}

// compile reads a pattern as OBP does (Java's String.matches): it must match the whole id.
func compile(pattern string) (*regexp.Regexp, error) { return regexp.Compile(`^(?:` + pattern + `)$`) }

// checkURL wants the absolute http or https URL of a REST adapter.
func checkURL(raw string) error {
	u, err := url.Parse(raw)
	if raw == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return obperr.InvalidURL.Field("/parameters", "A %s routing needs a parameter \"url\": the adapter's absolute http(s) URL.", RestVMar2019)
	}
	return nil
}
