// Package validation holds OBP's per-operation rules, set by an operator at run time: a
// JSON schema a request body must also satisfy, and the authentication types a call may
// use. The rules are kept in the store and held compiled in memory (Rules), reloaded in
// every process when one of them changes.
package validation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/obp-go/obp/domain/obperr"
)

// SchemaRule is a JSON schema the body of every call of OperationID must satisfy, on top
// of the endpoint's own.
type SchemaRule struct {
	OperationID string
	Schema      json.RawMessage // compact JSON text, an object
}

// AuthTypeRule lists the authentication types a call of OperationID may use.
type AuthTypeRule struct {
	OperationID string
	Allowed     []string
}

// The authentication types, as OBP names them (ApiSession's AuthenticationType). Consent
// is ours: a call authenticated by a Consent-JWT alone, which OBP counts under the
// consumer's own mechanism; here a consent is a way in of its own and can be ruled so.
const (
	DirectLogin    = "DirectLogin"
	OAuth1         = "OAuth1.0a"
	GatewayLogin   = "GatewayLogin"
	DAuth          = "DAuth"
	OAuth2OIDC     = "OAuth2_OIDC"
	OAuth2OIDCFAPI = "OAuth2_OIDC_FAPI"
	Anonymous      = "Anonymous"
	Consent        = "Consent"
)

// AuthTypes are the names an authentication-type rule may list.
var AuthTypes = []string{DirectLogin, OAuth1, GatewayLogin, DAuth, OAuth2OIDC, OAuth2OIDCFAPI, Anonymous, Consent}

// checkAuthTypes refuses a name OBP does not know (OBP-40030) and keeps each name once.
func checkAuthTypes(names []string) ([]string, error) {
	seen := map[string]bool{}
	out := make([]string, 0, len(names))
	for _, n := range names {
		if !isAuthType(n) {
			return nil, obperr.AuthenticationTypeNameIllegal.With("%q is none of %s.", n, strings.Join(AuthTypes, ", "))
		}
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out, nil
}

func isAuthType(n string) bool {
	for _, t := range AuthTypes {
		if t == n {
			return true
		}
	}
	return false
}

// compile turns a rule's schema into a validator: OBP-40026 when it is not a JSON object
// or not a schema the validator can compile.
func compile(raw json.RawMessage) (*jsonschema.Schema, error) {
	var obj map[string]any
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		return nil, obperr.JSONSchemaIllegal.With("The schema must be a JSON object.")
	}
	c := jsonschema.NewCompiler()
	// A rule's $ref may point only inside itself: never at the server's files or the network.
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("%s: only references inside the schema are followed", url)
	}
	const url = "mem://operation-rule.json"
	if err := c.AddResource(url, bytes.NewReader(raw)); err != nil {
		return nil, obperr.JSONSchemaIllegal.With("%s", err.Error())
	}
	s, err := c.Compile(url)
	if err != nil {
		return nil, obperr.JSONSchemaIllegal.With("%s", err.Error())
	}
	return s, nil
}

// compact is raw as compact JSON text (as it is stored and answered).
func compact(raw json.RawMessage) json.RawMessage {
	var out bytes.Buffer
	if json.Compact(&out, raw) != nil {
		return raw
	}
	return out.Bytes()
}

func obperrInvalidOperation(id string) error {
	return obperr.InvalidOperationID.With("%q is no operation of this server.", id)
}
