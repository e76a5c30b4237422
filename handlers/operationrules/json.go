package operationrules

import (
	"encoding/json"

	"github.com/obp-go/obp/domain/validation"
)

// schemaRuleJSON is OBP's JsonValidation.
type schemaRuleJSON struct {
	OperationID string          `json:"operation_id"`
	JSONSchema  json.RawMessage `json:"json_schema"`
}

type schemaRulesJSON struct {
	JSONSchemaValidations []schemaRuleJSON `json:"json_schema_validations"`
}

func toSchemaRuleJSON(r validation.SchemaRule) schemaRuleJSON {
	return schemaRuleJSON{OperationID: r.OperationID, JSONSchema: r.Schema}
}

// authTypeRuleJSON is OBP's JsonAuthTypeValidation.
type authTypeRuleJSON struct {
	OperationID                string   `json:"operation_id"`
	AllowedAuthenticationTypes []string `json:"allowed_authentication_types"`
}

// authTypeRulesJSON keeps OBP's name for the list, with its "types_validations".
type authTypeRulesJSON struct {
	AuthenticationTypesValidations []authTypeRuleJSON `json:"authentication_types_validations"`
}

func toAuthTypeRuleJSON(r validation.AuthTypeRule) authTypeRuleJSON {
	return authTypeRuleJSON{OperationID: r.OperationID, AllowedAuthenticationTypes: r.Allowed}
}

var exampleSchema = json.RawMessage(`{"$schema":"http://json-schema.org/draft-07/schema#","description":"a bank","title":"The bank",` +
	`"required":["id"],"type":"object","properties":{"id":{"type":"string","pattern":"^[a-z]+$"}},"additionalProperties":true}`)

var exampleAuthTypes = []string{validation.DirectLogin, validation.OAuth2OIDC}
