package handlers

import (
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
)

func (s *Server) customerAttributeDocs() []ResourceDoc {
	return []ResourceDoc{
		{
			OperationID: "OBPv4.0.0-createCustomerAttribute",
			Verb:        "POST",
			Path:        "/obp/v5.1.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}/attribute",
			Summary:     "Create Customer Attribute",
			Description: "Adds a name/value attribute to a customer of the bank. `type` is one of STRING, INTEGER, DOUBLE " +
				"or DATE_WITH_DAY, and the value must fit it (INTEGER `42`, DOUBLE `4.2`, DATE_WITH_DAY `2024-01-31`).",
			Tags:            []string{"Customer"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanCreateCustomerAttributeAtOneBank},
			RequestSchema:   "customer_attribute_post",
			ExampleRequest:  customerAttributePostJSON{Name: exampleCustomerAttribute.Name, Type: string(exampleCustomerAttribute.Type), Value: exampleCustomerAttribute.Value},
			ExampleResponse: toCustomerAttributeJSON(exampleCustomerAttribute),
			SuccessStatus:   201,
			Errors: ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNotFoundByCustomerID, obperr.InvalidNumber, obperr.InvalidDateFormat),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "createOrUpdateCustomerAttribute"},
			Handle:           s.createCustomerAttribute,
		},
		{
			OperationID:     "OBPv4.0.0-getCustomerAttributes",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}/attributes",
			Summary:         "Get Customer Attributes",
			Description:     "The attributes of a customer of the bank, oldest first.",
			Tags:            []string{"Customer"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanGetCustomerAttributesAtOneBank},
			ExampleResponse: customerAttributesJSON{CustomerAttributes: []customerAttributeJSON{toCustomerAttributeJSON(exampleCustomerAttribute)}},
			Errors: ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNotFoundByCustomerID),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "getCustomerAttributes"},
			Handle: func(c *Call) error {
				as, err := s.deps.Customers.Attributes(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"))
				if err != nil {
					return err
				}
				return c.JSON(customerAttributesJSON{CustomerAttributes: toCustomerAttributesJSON(as)})
			},
		},
	}
}

func (s *Server) createCustomerAttribute(c *Call) error {
	var in customerAttributePostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	a, err := s.deps.Customers.AddAttribute(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"),
		customer.Attribute{Name: in.Name, Type: customer.AttributeType(in.Type), Value: in.Value})
	if err != nil {
		return err
	}
	return c.JSON(toCustomerAttributeJSON(a))
}
