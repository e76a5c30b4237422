package obperr

// Operation rule errors (OBP-400xx): the JSON-schema and authentication-type validations an
// operator sets per operation id, and a request that breaks one.
var (
	JSONSchemaIllegal                    = &Code{"OBP-40026", 400, "Incorrect json-schema Format."}
	JSONSchemaValidationNotFound         = &Code{"OBP-40027", 400, "JSON Schema Validation not found, please specify valid query parameter."}
	OperationIDExists                    = &Code{"OBP-40029", 400, "OPERATION_ID already exists. Please specify different values for OPERATION_ID."}
	AuthenticationTypeNameIllegal        = &Code{"OBP-40030", 400, "AuthenticationType name not correct."}
	AuthenticationTypeValidationNotFound = &Code{"OBP-40032", 400, "AuthenticationTypeValidation not found, please specify valid query parameter."}
	AuthenticationTypeIllegal            = &Code{"OBP-40034", 400, "Current request authentication type is illegal."}
	InvalidOperationID                   = &Code{"OBP-40048", 400, "Invalid operation_id, please specify valid operation_id."}
)
