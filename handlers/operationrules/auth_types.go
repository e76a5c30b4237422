package operationrules

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/validation"
	"github.com/obp-go/obp/handlers"
)

const (
	authTypes    = "/obp/v4.0.0/management/authentication-type-validations"
	authTypeOne  = authTypes + "/{OPERATION_ID}"
	authTypesPub = "/obp/v4.0.0/endpoints/authentication-type-validations"
)

const authTypeRule = "The body is the JSON array of the authentication types a call of the operation may use, in OBP's names " +
	"(DirectLogin, OAuth1.0a, GatewayLogin, DAuth, OAuth2_OIDC, OAuth2_OIDC_FAPI, Anonymous), or Consent, ours, for a " +
	"call made with a Consent-JWT. This server takes DirectLogin and Consent-JWT calls. OPERATION_ID is an operation id " +
	"of this server (OBP-40048 otherwise). Once set, a call of the operation made otherwise is refused with 400 " +
	"OBP-40034 before it runs, in every server process within a second; as OBP, anonymous calls are not checked."

func (a *area) authTypeDocs() []handlers.ResourceDoc {
	auth := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles)
	body := handlers.ErrorsOf(obperr.InvalidOperationID, obperr.AuthenticationTypeNameIllegal, obperr.InvalidRequestPayload, obperr.InvalidJSONFormat)
	tags := []string{"Authentication-Type-Validation"}
	example := toAuthTypeRuleJSON(validation.AuthTypeRule{OperationID: "OBPv4.0.0-createBank", Allowed: exampleAuthTypes})
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv4.0.0-createAuthenticationTypeValidation", Verb: "POST", Path: authTypeOne,
			Summary:     "Create an Authentication Type Validation",
			Description: "Sets the authentication types an operation allows (OBP-40029 when it has a list). " + authTypeRule,
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanCreateAuthenticationTypeValidation},
			RequestSchema: "authentication_type_validation_post", ExampleRequest: exampleAuthTypes, ExampleResponse: example, SuccessStatus: 201,
			Errors: append(append(auth, body...), obperr.OperationIDExists), Handle: a.createAuthTypes,
		},
		{
			OperationID: "OBPv4.0.0-updateAuthenticationTypeValidation", Verb: "PUT", Path: authTypeOne,
			Summary:     "Update an Authentication Type Validation",
			Description: "Replaces the authentication types an operation allows (OBP-40032 when it has no list). " + authTypeRule,
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanUpdateAuthenticationTypeValidation},
			RequestSchema: "authentication_type_validation_post", ExampleRequest: exampleAuthTypes, ExampleResponse: example,
			Errors: append(append(auth, body...), obperr.AuthenticationTypeValidationNotFound), Handle: a.updateAuthTypes,
		},
		{
			OperationID: "OBPv4.0.0-deleteAuthenticationTypeValidation", Verb: "DELETE", Path: authTypeOne,
			Summary:     "Delete an Authentication Type Validation",
			Description: "Removes the authentication types an operation allows (OBP-40032 when it has no list). Answers true, as OBP.",
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanDeleteAuthenticationValidation},
			ExampleResponse: true, Errors: append(auth, obperr.AuthenticationTypeValidationNotFound), Handle: a.deleteAuthTypes,
		},
		{
			OperationID: "OBPv4.0.0-getAuthenticationTypeValidation", Verb: "GET", Path: authTypeOne,
			Summary:     "Get an Authentication Type Validation",
			Description: "The authentication types an operation allows (OBP-40032 when it has no list).",
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanGetAuthenticationTypeValidation},
			ExampleResponse: example, Errors: append(auth, obperr.AuthenticationTypeValidationNotFound), Handle: a.getAuthTypes,
		},
		{
			OperationID: "OBPv4.0.0-getAllAuthenticationTypeValidations", Verb: "GET", Path: authTypes,
			Summary:     "Get all Authentication Type Validations",
			Description: "Every authentication type validation, by operation id.",
			Tags:        tags, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanGetAuthenticationTypeValidation},
			ExampleResponse: authTypeRulesJSON{AuthenticationTypesValidations: []authTypeRuleJSON{example}}, Errors: auth, Handle: a.listAuthTypes,
		},
		{
			OperationID: "OBPv4.0.0-getAllAuthenticationTypeValidationsPublic", Verb: "GET", Path: authTypesPub,
			Summary:     "Get all Authentication Type Validations - public",
			Description: "Every authentication type validation, by operation id, to anyone.",
			Tags:        tags, Auth: handlers.Anonymous,
			ExampleResponse: authTypeRulesJSON{AuthenticationTypesValidations: []authTypeRuleJSON{example}}, Handle: a.listAuthTypes,
		},
	}
}

func (a *area) createAuthTypes(c *handlers.Call) error {
	var names []string
	if err := c.Bind(&names); err != nil {
		return err
	}
	r, err := a.rules.CreateAuthTypes(c.Ctx, c.Param("OPERATION_ID"), names)
	if err != nil {
		return err
	}
	return c.JSON(toAuthTypeRuleJSON(r))
}

func (a *area) updateAuthTypes(c *handlers.Call) error {
	var names []string
	if err := c.Bind(&names); err != nil {
		return err
	}
	r, err := a.rules.UpdateAuthTypes(c.Ctx, c.Param("OPERATION_ID"), names)
	if err != nil {
		return err
	}
	return c.JSON(toAuthTypeRuleJSON(r))
}

func (a *area) deleteAuthTypes(c *handlers.Call) error {
	if err := a.rules.DeleteAuthTypes(c.Ctx, c.Param("OPERATION_ID")); err != nil {
		return err
	}
	return c.JSON(true)
}

func (a *area) getAuthTypes(c *handlers.Call) error {
	r, err := a.rules.GetAuthTypes(c.Ctx, c.Param("OPERATION_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toAuthTypeRuleJSON(r))
}

func (a *area) listAuthTypes(c *handlers.Call) error {
	rs, err := a.rules.ListAuthTypes(c.Ctx)
	if err != nil {
		return err
	}
	out := authTypeRulesJSON{AuthenticationTypesValidations: make([]authTypeRuleJSON, 0, len(rs))}
	for _, r := range rs {
		out.AuthenticationTypesValidations = append(out.AuthenticationTypesValidations, toAuthTypeRuleJSON(r))
	}
	return c.JSON(out)
}
