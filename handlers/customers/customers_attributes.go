package customers

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

func (a *area) customerAttributeDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv4.0.0-createCustomerAttribute",
			Verb:        "POST",
			Path:        "/obp/v4.0.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}/attribute",
			Summary:     "Create Customer Attribute",
			Description: "Adds a name/value attribute to a customer of the bank. `type` is one of STRING, INTEGER, DOUBLE " +
				"or DATE_WITH_DAY, and the value must fit it (INTEGER `42`, DOUBLE `4.2`, DATE_WITH_DAY `2024-01-31`).",
			Tags:            []string{"Customer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanCreateCustomerAttributeAtOneBank},
			RequestSchema:   "customer_attribute_post",
			ExampleRequest:  customerAttributePostJSON{Name: exampleCustomerAttribute.Name, Type: string(exampleCustomerAttribute.Type), Value: exampleCustomerAttribute.Value},
			ExampleResponse: toCustomerAttributeJSON(exampleCustomerAttribute),
			SuccessStatus:   201,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNotFoundByCustomerID, obperr.InvalidNumber, obperr.InvalidDateFormat),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "createOrUpdateCustomerAttribute"},
			Handle:           a.createCustomerAttribute,
		},
		{
			OperationID:     "OBPv4.0.0-getCustomerAttributes",
			Verb:            "GET",
			Path:            "/obp/v4.0.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}/attributes",
			Summary:         "Get Customer Attributes",
			Description:     "The attributes of a customer of the bank, oldest first.",
			Tags:            []string{"Customer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetCustomerAttributesAtOneBank},
			ExampleResponse: customerAttributesJSON{CustomerAttributes: []customerAttributeJSON{toCustomerAttributeJSON(exampleCustomerAttribute)}},
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNotFoundByCustomerID),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "getCustomerAttributes"},
			Handle:           a.getCustomerAttributes,
		},
	}
}

func (a *area) createCustomerAttribute(c *handlers.Call) error {
	var in customerAttributePostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	attr, err := a.customers.AddAttribute(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"), in.toAttribute())
	if err != nil {
		return err
	}
	return c.JSON(toCustomerAttributeJSON(attr))
}

func (a *area) getCustomerAttributes(c *handlers.Call) error {
	as, err := a.customers.Attributes(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(customerAttributesJSON{CustomerAttributes: toCustomerAttributesJSON(as)})
}
