// Package operationrules is the area of the HTTP face for OBP's per-operation rules
// (v4.0.0): the JSON-schema validations and authentication-type validations an operator
// sets on an operation id, applied by the request chain to every call of it.
package operationrules

import (
	"context"
	"encoding/json"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/validation"
	"github.com/obp-go/obp/handlers"
)

// Service is what the area needs of the rules' use cases (validation.Service).
type Service interface {
	CreateSchema(ctx context.Context, operationID string, schema json.RawMessage) (validation.SchemaRule, error)
	UpdateSchema(ctx context.Context, operationID string, schema json.RawMessage) (validation.SchemaRule, error)
	DeleteSchema(ctx context.Context, operationID string) error
	GetSchema(ctx context.Context, operationID string) (validation.SchemaRule, error)
	ListSchemas(ctx context.Context) ([]validation.SchemaRule, error)
	CreateAuthTypes(ctx context.Context, operationID string, allowed []string) (validation.AuthTypeRule, error)
	UpdateAuthTypes(ctx context.Context, operationID string, allowed []string) (validation.AuthTypeRule, error)
	DeleteAuthTypes(ctx context.Context, operationID string) error
	GetAuthTypes(ctx context.Context, operationID string) (validation.AuthTypeRule, error)
	ListAuthTypes(ctx context.Context) ([]validation.AuthTypeRule, error)
}

type area struct{ rules Service }

// Docs declares the area's endpoints over rules.
func Docs(rules Service) []handlers.ResourceDoc {
	a := &area{rules: rules}
	return append(a.schemaDocs(), a.authTypeDocs()...)
}

const (
	schemas    = "/obp/v4.0.0/management/json-schema-validations"
	schemaOne  = schemas + "/{OPERATION_ID}"
	schemasPub = "/obp/v4.0.0/endpoints/json-schema-validations"
)

const schemaRule = "OPERATION_ID is an operation id of this server, such as OBPv4.0.0-createBank (OBP-40048 otherwise). " +
	"Once set, the body of every call of that operation must also satisfy the schema, after the endpoint's own checks " +
	"and before it runs (400 OBP-09014 naming the field at fault), in every server process within a second. Only " +
	"endpoints that take a JSON body are checked."

func (a *area) schemaDocs() []handlers.ResourceDoc {
	auth := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles)
	body := handlers.ErrorsOf(obperr.InvalidOperationID, obperr.JSONSchemaIllegal, obperr.InvalidRequestPayload, obperr.InvalidJSONFormat)
	tags := []string{"JSON-Schema-Validation"}
	example := toSchemaRuleJSON(validation.SchemaRule{OperationID: "OBPv4.0.0-createBank", Schema: exampleSchema})
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv4.0.0-createJsonSchemaValidation", Verb: "POST", Path: schemaOne,
			Summary:     "Create a JSON Schema Validation",
			Description: "Sets the JSON schema, the body, that requests of an operation must satisfy (OBP-40029 when it has one). " + schemaRule,
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanCreateJSONSchemaValidation},
			RequestSchema: "json_schema_validation_post", ExampleRequest: exampleSchema, ExampleResponse: example, SuccessStatus: 201,
			Errors: append(append(auth, body...), obperr.OperationIDExists), Handle: a.createSchema,
		},
		{
			OperationID: "OBPv4.0.0-updateJsonSchemaValidation", Verb: "PUT", Path: schemaOne,
			Summary:     "Update a JSON Schema Validation",
			Description: "Replaces the JSON schema of an operation (OBP-40027 when it has none). " + schemaRule,
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanUpdateJSONSchemaValidation},
			RequestSchema: "json_schema_validation_post", ExampleRequest: exampleSchema, ExampleResponse: example,
			Errors: append(append(auth, body...), obperr.JSONSchemaValidationNotFound), Handle: a.updateSchema,
		},
		{
			OperationID: "OBPv4.0.0-deleteJsonSchemaValidation", Verb: "DELETE", Path: schemaOne,
			Summary:     "Delete a JSON Schema Validation",
			Description: "Removes the JSON schema of an operation (OBP-40027 when it has none). Answers true, as OBP.",
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanDeleteJSONSchemaValidation},
			ExampleResponse: true, Errors: append(auth, obperr.JSONSchemaValidationNotFound), Handle: a.deleteSchema,
		},
		{
			OperationID: "OBPv4.0.0-getJsonSchemaValidation", Verb: "GET", Path: schemaOne,
			Summary:     "Get a JSON Schema Validation",
			Description: "The JSON schema of an operation (OBP-40027 when it has none).",
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanGetJSONSchemaValidation},
			ExampleResponse: example, Errors: append(auth, obperr.JSONSchemaValidationNotFound), Handle: a.getSchema,
		},
		{
			OperationID: "OBPv4.0.0-getAllJsonSchemaValidations", Verb: "GET", Path: schemas,
			Summary:     "Get all JSON Schema Validations",
			Description: "Every JSON schema validation, by operation id.",
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanGetJSONSchemaValidation},
			ExampleResponse: schemaRulesJSON{JSONSchemaValidations: []schemaRuleJSON{example}}, Errors: auth, Handle: a.listSchemas,
		},
		{
			OperationID: "OBPv4.0.0-getAllJsonSchemaValidationsPublic", Verb: "GET", Path: schemasPub,
			Summary:     "Get all JSON Schema Validations - public",
			Description: "Every JSON schema validation, by operation id, to anyone: a client may check its bodies before sending them.",
			Tags:        tags, Auth: handlers.Anonymous,
			ExampleResponse: schemaRulesJSON{JSONSchemaValidations: []schemaRuleJSON{example}}, Handle: a.listSchemas,
		},
	}
}

func (a *area) createSchema(c *handlers.Call) error {
	r, err := a.rules.CreateSchema(c.Ctx, c.Param("OPERATION_ID"), c.Body())
	if err != nil {
		return err
	}
	return c.JSON(toSchemaRuleJSON(r))
}

func (a *area) updateSchema(c *handlers.Call) error {
	r, err := a.rules.UpdateSchema(c.Ctx, c.Param("OPERATION_ID"), c.Body())
	if err != nil {
		return err
	}
	return c.JSON(toSchemaRuleJSON(r))
}

func (a *area) deleteSchema(c *handlers.Call) error {
	if err := a.rules.DeleteSchema(c.Ctx, c.Param("OPERATION_ID")); err != nil {
		return err
	}
	return c.JSON(true)
}

func (a *area) getSchema(c *handlers.Call) error {
	r, err := a.rules.GetSchema(c.Ctx, c.Param("OPERATION_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toSchemaRuleJSON(r))
}

func (a *area) listSchemas(c *handlers.Call) error {
	rs, err := a.rules.ListSchemas(c.Ctx)
	if err != nil {
		return err
	}
	out := schemaRulesJSON{JSONSchemaValidations: make([]schemaRuleJSON, 0, len(rs))}
	for _, r := range rs {
		out.JSONSchemaValidations = append(out.JSONSchemaValidations, toSchemaRuleJSON(r))
	}
	return c.JSON(out)
}
