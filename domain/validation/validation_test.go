package validation

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

// A rule's schema is a JSON object that compiles, and follows no reference out of
// itself: not the server's files, not the network.
func TestCompileRefusesWhatIsNoSelfContainedSchema(t *testing.T) {
	for name, raw := range map[string]string{
		"not an object":        `["type", "object"]`,
		"not JSON":             `{"type": `,
		"not a schema":         `{"type": 42}`,
		"a file reference":     `{"$ref": "file:///etc/passwd"}`,
		"a network reference":  `{"$ref": "http://127.0.0.1:1/schema.json"}`,
		"a relative reference": `{"$ref": "other.json"}`,
	} {
		if _, err := compile(json.RawMessage(raw)); !errors.Is(err, obperr.JSONSchemaIllegal) {
			t.Errorf("%s: compile = %v; want OBP-40026", name, err)
		}
	}
	s, err := compile(json.RawMessage(`{"type": "object", "required": ["id"],
		"properties": {"id": {"$ref": "#/$defs/id"}}, "$defs": {"id": {"type": "string", "maxLength": 8}}}`))
	if err != nil {
		t.Fatalf("a schema referring inside itself: %v", err)
	}
	if s.Validate(map[string]any{"id": "short"}) != nil || s.Validate(map[string]any{"id": "much too long"}) == nil {
		t.Error("the compiled schema does not judge bodies by its own definitions")
	}
}

// Authentication type names are OBP's (and ours for a consent), each kept once.
func TestCheckAuthTypes(t *testing.T) {
	got, err := checkAuthTypes([]string{OAuth2OIDC, DirectLogin, OAuth2OIDC})
	if err != nil || !slices.Equal(got, []string{OAuth2OIDC, DirectLogin}) {
		t.Errorf("checkAuthTypes = %v, %v; want each name once, in order", got, err)
	}
	if _, err := checkAuthTypes([]string{DirectLogin, "Kerberos"}); !errors.Is(err, obperr.AuthenticationTypeNameIllegal) {
		t.Errorf("an unknown name: %v; want OBP-40030", err)
	}
}
