package handlers

import (
	"github.com/gofiber/fiber/v2"
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/validation"
)

// OperationRules are the rules an operator set per operation id (validation.Rules).
type OperationRules interface {
	// Schema is the operation's extra body schema, nil when it has none.
	Schema(operationID string) *jsonschema.Schema
	// CheckAuthType is OBP-40034 when the operation refuses calls made so.
	CheckAuthType(operationID, authType string) error
}

// checkOperationRules applies the operation's rules, after the endpoint's own body check:
// the way the caller logged in, then the body, against the schema an operator set. Only
// an endpoint that takes a JSON body has its body checked.
func (s *Server) checkOperationRules(c *fiber.Ctx, d *ResourceDoc, p auth.Principal) error {
	if s.deps.Rules == nil {
		return nil
	}
	if err := s.deps.Rules.CheckAuthType(d.OperationID, authTypeOf(p)); err != nil {
		return err
	}
	if d.RequestSchema == "" {
		return nil
	}
	if schema := s.deps.Rules.Schema(d.OperationID); schema != nil {
		return validateBody(schema, c.Body())
	}
	return nil
}

// authTypeOf names how the caller authenticated, in OBP's names: a Consent-JWT (ours),
// a DirectLogin token, an OAuth2 bearer token (embedded server, external issuer, or a
// scoped access token, which is an OAuth bearer token too), or nobody.
func authTypeOf(p auth.Principal) string {
	switch p.Method {
	case auth.MethodConsent:
		return validation.Consent
	case auth.MethodDirectLogin:
		return validation.DirectLogin
	case auth.MethodOAuth2, auth.MethodScopedToken:
		return validation.OAuth2OIDC
	}
	return validation.Anonymous
}
